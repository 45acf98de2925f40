/** Selectors over the scenario store. Narrow ones keep unrelated panels from re-rendering. */
import type { InputId } from '../model/input-specs';
import type { ScenarioState } from './scenario-store';

export const selectScenario = (state: ScenarioState) => state.scenario;
export const selectBaseline = (state: ScenarioState) => state.baseline;
export const selectInput = (id: InputId) => (state: ScenarioState) => state.scenario[id];
export const selectSetInput = (state: ScenarioState) => state.setInput;
export const selectResetInput = (state: ScenarioState) => state.resetInput;
export const selectResetAll = (state: ScenarioState) => state.resetAll;

// History, comparison and view (share links).
export const selectUndo = (state: ScenarioState) => state.undo;
export const selectRedo = (state: ScenarioState) => state.redo;
export const selectCanUndo = (state: ScenarioState) => state.past.length > 0;
export const selectCanRedo = (state: ScenarioState) => state.future.length > 0;
export const selectComparison = (state: ScenarioState) => state.comparison;
export const selectPinComparison = (state: ScenarioState) => state.pinComparison;
export const selectSetComparison = (state: ScenarioState) => state.setComparison;
export const selectView = (state: ScenarioState) => state.view;
export const selectPanel = (state: ScenarioState) => state.view.panel;
export const selectSetPanel = (state: ScenarioState) => state.setPanel;
export const selectPresetSlug = (state: ScenarioState) => state.view.preset;
export const selectLoadScenario = (state: ScenarioState) => state.loadScenario;
export const selectReplaceScenario = (state: ScenarioState) => state.replaceScenario;
export const selectDefaults = (state: ScenarioState) => state.defaults;
