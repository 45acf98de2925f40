/**
 * The scenario slice: the inputs the user controls and nothing derived from them.
 * Every write goes through the registry's limits and canonical precision, so the
 * store never holds an out-of-range value and a share link restores it exactly.
 * Every change is recorded for undo (see history.ts).
 */
import type { StateCreator } from 'zustand';
import { MIX_INPUT_IDS, specFor, type InputId, type MixInputId } from '../model/input-specs';
import { canonicalizeScenario } from '../model/precision';
import { clampToSpec, rebalanceMix, sanitizeScenario, type Scenario } from '../model/scenario';
import { changes, recordChange } from './history';
import type { ScenarioSlice, ScenarioState } from './types';

export type { ScenarioSlice } from './types';

function isMixInput(id: InputId): id is MixInputId {
  return (MIX_INPUT_IDS as readonly string[]).includes(id);
}

function withInput(scenario: Scenario, id: InputId, value: number): Scenario {
  const next = isMixInput(id)
    ? rebalanceMix(scenario, id, clampToSpec(specFor(id), value, scenario[id]))
    : { ...scenario, [id]: clampToSpec(specFor(id), value, scenario[id]) };
  return canonicalizeScenario(next);
}

export function createScenarioSlice(initial: {
  scenario: Scenario;
  baseline: Scenario;
  defaults?: Scenario;
  /** Clock for coalescing slider edits into one undo step. */
  now?: () => number;
}): StateCreator<ScenarioState, [], [], ScenarioSlice> {
  const now = initial.now ?? (() => Date.now());
  const baseline = canonicalizeScenario(sanitizeScenario(initial.baseline, initial.baseline));
  return (set) => {
    /** Applies `next` as a discrete, undoable step (no-op when nothing changes). */
    const step = (next: (state: ScenarioState) => Scenario) =>
      set((state) => {
        const scenario = next(state);
        return changes(state.scenario, scenario) ? recordChange(state, scenario, 'step', null, now()) : state;
      });
    return {
      scenario: canonicalizeScenario(sanitizeScenario(initial.scenario, baseline)),
      baseline,
      defaults: initial.defaults ? canonicalizeScenario(initial.defaults) : baseline,
      setInput: (id, value) =>
        set((state) => {
          const next = withInput(state.scenario, id, value);
          return changes(state.scenario, next) ? recordChange(state, next, 'edit', id, now()) : state;
        }),
      resetInput: (id) => step((state) => withInput(state.scenario, id, state.baseline[id])),
      resetAll: () => step((state) => state.baseline),
      replaceScenario: (next) =>
        step((state) => canonicalizeScenario(sanitizeScenario(next, state.baseline))),
    };
  };
}
