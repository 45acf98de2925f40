import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createScenarioStore,
  type ScenarioState,
  type ScenarioStore,
  type ScenarioStoreInit,
} from './scenario-store';

const ScenarioStoreContext = createContext<ScenarioStore | null>(null);

/** Provides a scenario store created once from `init` (or an existing `store`). */
export function ScenarioStoreProvider({
  init,
  store,
  children,
}: {
  init?: ScenarioStoreInit;
  store?: ScenarioStore;
  children: ReactNode;
}) {
  const [value] = useState<ScenarioStore>(() => {
    if (store) return store;
    if (!init) throw new Error('ScenarioStoreProvider needs `init` or `store`');
    return createScenarioStore(init);
  });
  return <ScenarioStoreContext.Provider value={value}>{children}</ScenarioStoreContext.Provider>;
}

/** The store itself, for actions outside render (URL sync, keyboard shortcuts). */
export function useScenarioStoreApi(): ScenarioStore {
  const store = useContext(ScenarioStoreContext);
  if (!store) throw new Error('useScenarioStore must be used inside <ScenarioStoreProvider>');
  return store;
}

/** Selects from the scenario store; select narrowly. */
export function useScenarioStore<T>(selector: (state: ScenarioState) => T): T {
  return useStore(useScenarioStoreApi(), selector);
}
