import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTestReferenceData } from '../testing/reference-data';
import { decodeScenario } from '../url/codec';
import { createScenarioStore } from './scenario-store';
import { linkFor, startUrlSync, URL_DEBOUNCE_MS, type UrlSyncWindow } from './url-sync';

const { defaults } = loadTestReferenceData();
const presets = new Map([
  ['loi-as-announced', { nvidiaShare: 100 }],
  ['inference-boom', { load: 450 }],
]);
const decode = (search: string) => decodeScenario(search, { defaults, presets });

/** A window whose history is a list of entries with a cursor, like a browser tab's. */
function fakeWindow(search = '') {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/app/', hash: '', search };
  const go = (url: string) => (location.search = url.slice(url.indexOf('?')));
  const win: UrlSyncWindow = {
    location,
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(index + 1, Infinity, url);
        index++;
        go(url);
      },
      replaceState: (_d, _u, url) => {
        entries[index] = url;
        go(url);
      },
    },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
  };
  const travel = (delta: number) => {
    index += delta;
    go(entries[index] ?? '');
    for (const l of listeners) l();
  };
  return { win, entries, back: () => travel(-1), forward: () => travel(1), listeners };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe(startUrlSync, () => {
  it('rewrites the opening URL to the explicit link without adding an entry', () => {
    const { win, entries } = fakeWindow('?spend=120');
    const store = createScenarioStore({ scenario: { ...defaults, spend: 120 }, defaults });
    startUrlSync(store, decode, win);
    expect(entries).toHaveLength(1);
    expect(win.location.search).toBe(`?${linkFor(store.getState())}`);
    expect(win.location.search).toContain('spend=120&nvidia=70&');
  });

  it('follows a slider drag with one debounced replace, not an entry per step', () => {
    const { win, entries } = fakeWindow();
    const store = createScenarioStore({ scenario: defaults, defaults });
    startUrlSync(store, decode, win);
    const before = win.location.search;
    for (const v of [71, 72, 73, 74]) {
      store.getState().setInput('nvidiaShare', v);
      vi.advanceTimersByTime(100);
    }
    expect(win.location.search).toBe(before);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(win.location.search).toContain('nvidia=74');
    expect(entries).toHaveLength(1);
  });

  it('pushes an entry per discrete action, and Back/Forward restore them', () => {
    const { win, entries, back, forward } = fakeWindow();
    const store = createScenarioStore({ scenario: defaults, defaults });
    startUrlSync(store, decode, win);
    store.getState().setInput('spend', 200); // pending drag, flushed before the push
    store.getState().loadScenario({ nvidiaShare: 100 }, 'loi-as-announced');
    store.getState().loadScenario({ load: 450 }, 'inference-boom');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toContain('spend=200');
    expect(entries[2]).toContain('preset=inference-boom');
    back();
    expect(store.getState().scenario.nvidiaShare).toBe(100);
    expect(store.getState().view.preset).toBe('loi-as-announced');
    back();
    expect(store.getState().scenario).toMatchObject({ spend: 200, nvidiaShare: 70 });
    expect(store.getState().view.preset).toBeNull();
    forward();
    expect(store.getState().scenario.nvidiaShare).toBe(100);
    expect(entries).toHaveLength(3); // restoring never writes
  });

  it('pushes undo and redo, replaces view changes, and carries the baseline', () => {
    const { win, entries } = fakeWindow();
    const store = createScenarioStore({ scenario: defaults, defaults });
    startUrlSync(store, decode, win);
    store.getState().resetInput('spend');
    store.getState().setInput('load', 10);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    store.getState().undo();
    expect(entries).toHaveLength(2);
    store.getState().setPanel('presets');
    store.getState().pinComparison();
    expect(entries).toHaveLength(2);
    expect(win.location.search).toMatch(/panel=presets&base=1$/);
  });

  it('stops cleanly, flushing a pending write', () => {
    const { win, listeners } = fakeWindow();
    const store = createScenarioStore({ scenario: defaults, defaults });
    const stop = startUrlSync(store, decode, win);
    store.getState().setInput('spend', 99);
    stop();
    expect(win.location.search).toContain('spend=99');
    expect(listeners.size).toBe(0);
  });
});
