import { createContext, useContext } from 'react';
import type { ExportFrame } from './svg-export';

export interface ExportLabels {
  readonly menu: string;
  readonly png: string;
  readonly svg: string;
  readonly csv: string;
  readonly failed: string;
}

export interface ExportMeta {
  /** Builds the caption, sources line and link for the current scenario at export time. */
  readonly frame: (title: string) => ExportFrame;
  readonly labels: ExportLabels;
}

const ExportMetaContext = createContext<ExportMeta | null>(null);

export const ExportMetaProvider = ExportMetaContext.Provider;

/** Export metadata, or null where exports are not offered (tests, embeds without a provider). */
export function useExportMeta(): ExportMeta | null {
  return useContext(ExportMetaContext);
}
