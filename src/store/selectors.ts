/** Selectors over the scenario store. Narrow ones keep unrelated panels from re-rendering. */
import type { InputId } from '../model/input-specs';
import type { ScenarioState } from './scenario-store';

export const selectScenario = (state: ScenarioState) => state.scenario;
export const selectBaseline = (state: ScenarioState) => state.baseline;
export const selectInput = (id: InputId) => (state: ScenarioState) => state.scenario[id];
export const selectSetInput = (state: ScenarioState) => state.setInput;
export const selectResetInput = (state: ScenarioState) => state.resetInput;
export const selectResetAll = (state: ScenarioState) => state.resetAll;
