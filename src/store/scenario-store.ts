/**
 * The store factory. Every test and every side-by-side comparison gets its own
 * store from `createScenarioStore`, so nothing leaks between them. The store is
 * composed of slices: scenario (inputs), history (undo/redo), comparison (the
 * pinned baseline) and view (what a share link carries besides the inputs).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../model/scenario';
import { createComparisonSlice } from './comparison-slice';
import { createHistorySlice } from './history-slice';
import { createScenarioSlice } from './scenario-slice';
import type { ScenarioState, ViewState } from './types';
import { createViewSlice } from './view-slice';

export type { ScenarioState } from './types';
export type ScenarioStore = StoreApi<ScenarioState>;

export interface ScenarioStoreInit {
  /** The scenario to open with. */
  readonly scenario: Scenario;
  /** What reset returns to (sourced defaults or a preset). Defaults to `scenario`. */
  readonly baseline?: Scenario;
  /** The sourced defaults; reset returns here after a non-preset scenario loads. Defaults to `baseline`. */
  readonly defaults?: Scenario;
  /** A pinned comparison scenario. */
  readonly comparison?: Scenario | null;
  readonly view?: Partial<ViewState>;
  /** Clock for coalescing slider edits into one undo step (tests pass a fake). */
  readonly now?: () => number;
}

/** Creates an independent scenario store. */
export function createScenarioStore(init: ScenarioStoreInit): ScenarioStore {
  const baseline = init.baseline ?? init.scenario;
  const now = init.now ?? (() => Date.now());
  return createStore<ScenarioState>()((...args) => ({
    ...createScenarioSlice({ scenario: init.scenario, baseline, defaults: init.defaults, now })(...args),
    ...createHistorySlice(now)(...args),
    ...createComparisonSlice(init.comparison ?? null)(...args),
    ...createViewSlice(init.view, now)(...args),
  }));
}
