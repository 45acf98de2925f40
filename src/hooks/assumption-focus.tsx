/**
 * Opening an assumption from elsewhere on the page (a tornado bar opens its control in the
 * assumptions panel). UI state shared by two features, so it lives here rather than in
 * either; it is not a scenario input, so it stays out of the store.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { InputId } from '../model/input-specs';

/** A request to open and focus an assumption; `seq` changes on every request, so repeats work. */
export interface FocusRequest {
  readonly id: InputId;
  readonly seq: number;
}

interface AssumptionFocus {
  readonly focus: FocusRequest | null;
  readonly openAssumption: ((id: InputId) => void) | null;
}

const AssumptionFocusContext = createContext<AssumptionFocus>({ focus: null, openAssumption: null });

/** Holds the latest focus request for the dashboard. */
export function AssumptionFocusProvider({ children }: { children: ReactNode }) {
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const openAssumption = useCallback(
    (id: InputId) => setFocus((current) => ({ id, seq: (current?.seq ?? 0) + 1 })),
    [],
  );
  const value = useMemo(() => ({ focus, openAssumption }), [focus, openAssumption]);
  return <AssumptionFocusContext.Provider value={value}>{children}</AssumptionFocusContext.Provider>;
}

/** Opens an assumption in the assumptions panel; null where there is no panel (an embed). */
export function useOpenAssumption(): ((id: InputId) => void) | null {
  return useContext(AssumptionFocusContext).openAssumption;
}

/** The latest request to open an assumption. */
export function useAssumptionFocus(): FocusRequest | null {
  return useContext(AssumptionFocusContext).focus;
}
