/**
 * The validated reference data (sourced defaults, ranges, sources) for the panels that
 * show where numbers come from: the assumptions panel, the tornado and the Model view.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { ReferenceData } from '../data/reference-data';

const ReferenceDataContext = createContext<ReferenceData | null>(null);

export function ReferenceDataProvider({ data, children }: { data: ReferenceData; children: ReactNode }) {
  return <ReferenceDataContext.Provider value={data}>{children}</ReferenceDataContext.Provider>;
}

/** The reference data; throws outside <ReferenceDataProvider>. */
export function useReferenceData(): ReferenceData {
  const data = useContext(ReferenceDataContext);
  if (!data) throw new Error('useReferenceData must be used inside <ReferenceDataProvider>');
  return data;
}
