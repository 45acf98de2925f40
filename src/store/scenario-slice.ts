/**
 * The scenario slice: the inputs the user controls and nothing derived from them.
 * Every write goes through the registry's limits, so the store never holds an
 * out-of-range value.
 */
import type { StateCreator } from 'zustand';
import { MIX_INPUT_IDS, specFor, type InputId, type MixInputId } from '../model/input-specs';
import { clampToSpec, rebalanceMix, sanitizeScenario, type Scenario } from '../model/scenario';

export interface ScenarioSlice {
  /** The current scenario (inputs only). */
  readonly scenario: Scenario;
  /** What "reset" returns to: the sourced defaults or the loaded preset. */
  readonly baseline: Scenario;
  /** Sets one input, clamped to its limits (mix inputs rebalance the others). */
  setInput: (id: InputId, value: number) => void;
  /** Returns one input to its baseline value. */
  resetInput: (id: InputId) => void;
  /** Returns every input to the baseline. */
  resetAll: () => void;
  /** Replaces the whole scenario (presets, share links), sanitized against the baseline. */
  replaceScenario: (next: Partial<Record<InputId, number>>) => void;
}

function isMixInput(id: InputId): id is MixInputId {
  return (MIX_INPUT_IDS as readonly string[]).includes(id);
}

function withInput(scenario: Scenario, id: InputId, value: number): Scenario {
  if (isMixInput(id)) return rebalanceMix(scenario, id, clampToSpec(specFor(id), value, scenario[id]));
  return { ...scenario, [id]: clampToSpec(specFor(id), value, scenario[id]) };
}

export function createScenarioSlice(initial: {
  scenario: Scenario;
  baseline: Scenario;
}): StateCreator<ScenarioSlice> {
  return (set) => ({
    scenario: sanitizeScenario(initial.scenario, initial.baseline),
    baseline: initial.baseline,
    setInput: (id, value) =>
      set((state) => {
        const next = withInput(state.scenario, id, value);
        return next[id] === state.scenario[id] ? state : { scenario: next };
      }),
    resetInput: (id) => set((state) => ({ scenario: withInput(state.scenario, id, state.baseline[id]) })),
    resetAll: () => set((state) => ({ scenario: state.baseline })),
    replaceScenario: (next) => set((state) => ({ scenario: sanitizeScenario(next, state.baseline) })),
  });
}
