/** The comparison slice: a pinned scenario the charts show as ghosts and the tiles as deltas. */
import type { StateCreator } from 'zustand';
import { canonicalizeScenario } from '../model/precision';
import type { Scenario } from '../model/scenario';
import type { ComparisonSlice, ScenarioState } from './types';

export function createComparisonSlice(
  initial: Scenario | null,
): StateCreator<ScenarioState, [], [], ComparisonSlice> {
  return (set) => ({
    comparison: initial ? canonicalizeScenario(initial) : null,
    pinComparison: () =>
      set((state) => ({
        comparison: state.scenario,
        change: { kind: 'view', seq: state.change.seq + 1 },
      })),
    setComparison: (scenario) =>
      set((state) => ({
        comparison: scenario ? canonicalizeScenario(scenario) : null,
        change: { kind: 'view', seq: state.change.seq + 1 },
      })),
  });
}
