/** The history slice: undo and redo over the scenario (inputs only), and Back/Forward restores. */
import type { StateCreator } from 'zustand';
import { canonicalizeScenario } from '../model/precision';
import { changes, recordChange, redoChange, undoChange } from './history';
import type { HistorySlice, ScenarioState } from './types';

export function createHistorySlice(now: () => number): StateCreator<ScenarioState, [], [], HistorySlice> {
  return (set) => ({
    past: [],
    future: [],
    lastEdit: null,
    change: { kind: 'init', seq: 0 },
    undo: () => set((state) => undoChange(state) ?? state),
    redo: () => set((state) => redoChange(state) ?? state),
    restoreScenario: (scenario, view, comparison) =>
      set((state) => {
        const next = canonicalizeScenario(scenario);
        const history = changes(state.scenario, next)
          ? recordChange(state, next, 'restore', null, now())
          : { change: { kind: 'restore' as const, seq: state.change.seq + 1 } };
        return {
          ...history,
          view: { ...state.view, ...view },
          comparison: comparison === undefined ? state.comparison : comparison,
        };
      }),
    showFrame: (scenario, view, comparison) =>
      set((state) => ({
        scenario: canonicalizeScenario(scenario),
        lastEdit: null,
        change: { kind: 'frame', seq: state.change.seq + 1 },
        view: view ? { ...state.view, ...view } : state.view,
        comparison: comparison === undefined ? state.comparison : comparison,
      })),
  });
}
