/**
 * What the dashboard's share features need beyond the store: the presets, a link
 * decoder bound to the reference data, and the notice that reports repairs.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Preset } from '../data/presets';
import type { ReferenceData } from '../data/reference-data';
import { useScenarioStoreApi } from '../store/context';
import { decodeScenario, type DecodedLink } from '../url/codec';
import type { Repair } from '../url/repairs';

/** Panels a link can open (`panel=`). */
export const PANEL_IDS = ['presets', 'saved', 'compare'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export function isPanelId(panel: string | null): panel is PanelId {
  return (PANEL_IDS as readonly (string | null)[]).includes(panel);
}

export interface SessionNotice {
  /** What was repaired: a link that was opened, or a file that was imported. */
  readonly source: 'link' | 'import';
  readonly repairs: readonly Repair[];
}

export interface Session {
  readonly presets: readonly Preset[];
  readonly presetsFailed: boolean;
  readonly sources: ReferenceData['sources'];
  readonly decode: (search: string) => DecodedLink;
  readonly notice: SessionNotice | null;
  readonly setNotice: (notice: SessionNotice | null) => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ value, children }: { value: Session; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session, or a minimal one (no presets, no notices) when rendered outside a session. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  const store = useScenarioStoreApi();
  const fallback = useMemo<Session>(
    () => ({
      presets: [],
      presetsFailed: false,
      sources: {},
      decode: (search) => decodeScenario(search, { defaults: store.getState().defaults }),
      notice: null,
      setNotice: () => undefined,
    }),
    [store],
  );
  return session ?? fallback;
}

/** The expanded scenario values of a preset (its values over the defaults). */
export function presetMap(presets: readonly Preset[]) {
  return new Map(presets.map((p) => [p.slug, p.values]));
}
