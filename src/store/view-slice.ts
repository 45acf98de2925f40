/** The view slice: what a share link carries besides the inputs (preset, panel, language). */
import type { StateCreator } from 'zustand';
import { canonicalizeScenario } from '../model/precision';
import { sanitizeScenario } from '../model/scenario';
import { changes, recordChange } from './history';
import type { ScenarioState, ViewSlice, ViewState } from './types';

export const EMPTY_VIEW_STATE: ViewState = { preset: null, panel: null, lang: null };

export function createViewSlice(
  initial: Partial<ViewState> | undefined,
  now: () => number,
): StateCreator<ScenarioState, [], [], ViewSlice> {
  return (set) => {
    const setView = (patch: Partial<ViewState>) =>
      set((state) => ({
        view: { ...state.view, ...patch },
        change: { kind: 'view', seq: state.change.seq + 1 },
      }));
    return {
      view: { ...EMPTY_VIEW_STATE, ...initial },
      setPanel: (panel) => setView({ panel }),
      setLang: (lang) => setView({ lang }),
      loadScenario: (values, preset) =>
        set((state) => {
          const scenario = canonicalizeScenario(sanitizeScenario(values, state.defaults));
          const history = changes(state.scenario, scenario)
            ? recordChange(state, scenario, 'step', null, now())
            : { change: { kind: 'step' as const, seq: state.change.seq + 1 } };
          return {
            ...history,
            baseline: preset ? scenario : state.defaults,
            view: { ...state.view, preset },
          };
        }),
    };
  };
}
