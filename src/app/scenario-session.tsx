/**
 * A dashboard session: reads the link it was opened with (after the reference data
 * and presets load), builds the store from it, keeps the URL in sync and reports
 * anything the link needed repaired.
 */
import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildPresets, presetsQuery, type Preset } from '../data/presets';
import type { ReferenceData } from '../data/reference-data';
import { useI18n } from '../i18n/i18n';
import { canonicalizeScenario } from '../model/precision';
import { sanitizeScenario } from '../model/scenario';
import { ScenarioStoreProvider } from '../store/context';
import { createScenarioStore } from '../store/scenario-store';
import { startUrlSync } from '../store/url-sync';
import { decodeScenario } from '../url/codec';
import { Dashboard } from './dashboard';
import { EmbedView } from './embed-view';
import { preloadable } from './preloadable';
import { usePresentationMode } from './presentation-mode';
import { PANEL_IDS, presetMap, SessionProvider, type Session, type SessionNotice } from './session-context';
import { useViewPreferences } from './view-preferences';
import './share.css';
import './dialogs.css';
import './compare.css';

/** Presentation mode is its own chunk: most sessions never present. */
const presentationView = preloadable(() => import('./presentation-view').then((m) => m.PresentationView));
const PresentationView = presentationView.Component;

/** Fetches the presentation view's chunk ahead of need (tests, or a hover on Present). */
export const preloadPresentationView = presentationView.preload;

function usePresets(data: ReferenceData): { presets: Preset[]; failed: boolean; pending: boolean } {
  const query = useQuery(presetsQuery());
  return useMemo(() => {
    if (query.isPending) return { presets: [], failed: false, pending: true };
    if (!query.data) return { presets: [], failed: true, pending: false };
    try {
      return { presets: buildPresets(query.data, data), failed: false, pending: false };
    } catch {
      return { presets: [], failed: true, pending: false };
    }
  }, [query.isPending, query.data, data]);
}

/**
 * Waits for the presets (a failure is not fatal: links without presets still open).
 * With `embed` (`?embed=<panel>`), shows that one panel for the linked scenario.
 */
export function ScenarioSession({ data, embed = null }: { data: ReferenceData; embed?: string | null }) {
  const { t } = useI18n();
  const { presets, failed, pending } = usePresets(data);
  if (pending) {
    return (
      <main className="gate" aria-busy="true">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  return <SessionRoot data={data} presets={presets} presetsFailed={failed} embed={embed} />;
}

function SessionRoot({
  data,
  presets,
  presetsFailed,
  embed,
}: {
  data: ReferenceData;
  presets: Preset[];
  presetsFailed: boolean;
  /** The embedded panel: a read-only view, so the URL is left exactly as given. */
  embed: string | null;
}) {
  const { t } = useI18n();
  const decode = useCallback(
    (search: string) =>
      decodeScenario(search, { defaults: data.defaults, presets: presetMap(presets), panels: PANEL_IDS }),
    [data.defaults, presets],
  );
  const [initial] = useState(() => decode(window.location.search));
  const [store] = useState(() => {
    const preset = presets.find((p) => p.slug === initial.view.preset);
    const { baseline, ...view } = initial.view;
    return createScenarioStore({
      scenario: initial.scenario,
      baseline: preset ? canonicalizeScenario(sanitizeScenario(preset.values, data.defaults)) : data.defaults,
      defaults: data.defaults,
      comparison: baseline,
      view,
    });
  });
  const [notice, setNotice] = useState<SessionNotice | null>(() =>
    initial.repairs.length > 0 ? { source: 'link', repairs: initial.repairs } : null,
  );

  const presentation = usePresentationMode(store, decode, embed !== null);
  // Fetch presentation mode's chunk once the first screen is up, so `P` opens it at once.
  useEffect(() => {
    if (embed !== null) return undefined;
    const timer = setTimeout(() => void preloadPresentationView(), 2000);
    return () => clearTimeout(timer);
  }, [embed]);
  // While presenting, the URL names the deck and step instead (presentation-mode.ts).
  const syncUrl = embed === null && !presentation.active;
  useEffect(() => (syncUrl ? startUrlSync(store, decode, window) : undefined), [store, decode, syncUrl]);
  useLanguageSync(store);

  const session = useMemo<Session>(
    () => ({ presets, presetsFailed, sources: data.sources, decode, notice, setNotice }),
    [presets, presetsFailed, data.sources, decode, notice],
  );
  return (
    <ScenarioStoreProvider store={store}>
      <SessionProvider value={session}>
        {embed !== null ? (
          <EmbedView data={data} panelId={embed} />
        ) : presentation.active ? (
          presentation.deck ? (
            <Suspense
              fallback={
                <main className="gate" aria-busy="true">
                  <p role="status">{t('present.loading')}</p>
                </main>
              }
            >
              <PresentationView
                data={data}
                deck={presentation.deck}
                index={presentation.index}
                scene={presentation.scene}
                go={presentation.go}
                exit={presentation.exit}
                openPresenter={presentation.openPresenter}
              />
            </Suspense>
          ) : (
            <main className="gate" aria-busy={presentation.loading}>
              <p role="status">{presentation.error ?? t('present.loading')}</p>
            </main>
          )
        ) : (
          <Dashboard data={data} onPresent={presentation.enter} />
        )}
      </SessionProvider>
    </ScenarioStoreProvider>
  );
}

/**
 * The language picker and the link's `lang` agree: a language the user picks is
 * written to the link; Back/Forward to a link with another language switches to it.
 * A language that only came from the browser's preference is not written.
 */
function useLanguageSync(store: ReturnType<typeof createScenarioStore>) {
  const { locale, setLocale } = useViewPreferences();
  const first = useRef(locale);
  useEffect(() => {
    const { view, setLang } = store.getState();
    if (view.lang !== locale && (view.lang !== null || locale !== first.current)) setLang(locale);
  }, [locale, store]);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const lang = state.view.lang;
        if (state.change.kind === 'restore' && lang && lang !== previous.view.lang) setLocale(lang);
      }),
    [store, setLocale],
  );
}
