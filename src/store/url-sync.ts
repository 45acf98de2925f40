/**
 * Keeps the address bar and the store in step. While a slider moves, the URL follows
 * with a debounced `history.replaceState` (no history flood); a discrete action
 * (preset, reset, undo, redo, load) pushes an entry, so Back and Forward walk through
 * them; Back/Forward (popstate) restores the scenario the URL holds.
 */
import { encodeScenario, type DecodedLink } from '../url/codec';
import type { ScenarioState } from './types';
import type { ScenarioStore } from './scenario-store';

/** The debounce for slider edits, ms. */
export const URL_DEBOUNCE_MS = 300;

/** The slice of `window` URL sync uses (a fake in tests). */
export interface UrlSyncWindow {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: {
    pushState: (data: unknown, unused: string, url: string) => void;
    replaceState: (data: unknown, unused: string, url: string) => void;
  };
  addEventListener: (type: 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'popstate', listener: () => void) => void;
}

/** The share link's query string (no `?`) for the store's current state. */
export function linkFor(state: Pick<ScenarioState, 'scenario' | 'view' | 'comparison'>): string {
  return encodeScenario(state.scenario, { ...state.view, baseline: state.comparison });
}

/**
 * Starts syncing `store` with the URL: first rewrites the URL to the explicit form of
 * the current state, then follows the store. `decode` reads a URL's query (for
 * Back/Forward). Returns a function that stops syncing (flushing a pending write).
 */
export function startUrlSync(
  store: ScenarioStore,
  decode: (search: string) => DecodedLink,
  win: UrlSyncWindow,
  debounceMs = URL_DEBOUNCE_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The state a pending slider edit will write: encoded when the debounce fires, not on
  // every step of a drag (a step's own task carries as little as possible).
  let pending: ScenarioState | null = null;
  const current = () => win.location.search.replace(/^\?/, '');
  const write = (query: string, mode: 'push' | 'replace') => {
    if (query === current()) return;
    const url = `${win.location.pathname}?${query}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  const flush = () => {
    const state = pending;
    cancel();
    if (state !== null) write(linkFor(state), 'replace');
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.change.seq === previous.change.seq) return;
    switch (state.change.kind) {
      case 'edit':
        if (timer !== null) clearTimeout(timer);
        pending = state;
        timer = setTimeout(flush, debounceMs);
        return;
      case 'view':
        flush();
        write(linkFor(state), 'replace');
        return;
      case 'step':
        flush();
        write(linkFor(state), 'push');
        return;
      default:
        cancel(); // init or restore: the URL already shows this state
    }
  });

  const onPopState = () => {
    cancel();
    const decoded = decode(win.location.search);
    const { baseline, ...view } = decoded.view;
    store.getState().restoreScenario(decoded.scenario, view, baseline);
  };
  win.addEventListener('popstate', onPopState);
  write(linkFor(store.getState()), 'replace');

  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
