/**
 * The store factory. Every test and every side-by-side comparison gets its own
 * store from `createScenarioStore`, so nothing leaks between them.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../model/scenario';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';

export type ScenarioState = ScenarioSlice;
export type ScenarioStore = StoreApi<ScenarioState>;

export interface ScenarioStoreInit {
  /** The scenario to open with. */
  readonly scenario: Scenario;
  /** What reset returns to (sourced defaults or a preset). Defaults to `scenario`. */
  readonly baseline?: Scenario;
}

/** Creates an independent scenario store. */
export function createScenarioStore(init: ScenarioStoreInit): ScenarioStore {
  const baseline = init.baseline ?? init.scenario;
  return createStore<ScenarioState>()((...args) => ({
    ...createScenarioSlice({ scenario: init.scenario, baseline })(...args),
  }));
}
