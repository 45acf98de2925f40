/**
 * Presentation mode's state: which deck, which step, and everything that follows from
 * it — the URL (`?present=<n>&deck=…`, replaceState), the presenter window's channel,
 * full screen. A step is just a scenario query string, opened through the share-link
 * decoder (CONVENTIONS example 9).
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { deckQuery, type Deck } from '../data/decks';
import { clampStep, toDeck } from '../features/presentation/deck';
import {
  decodeDeckParam,
  deckLink,
  encodeDeckParam,
  MAX_DECK_LINK,
} from '../features/presentation/deck-link';
import { openChannel, type PresentationChannel } from '../features/presentation/channel';
import type { StepScene } from '../features/presentation/use-step-tween';
import { getWorkingDeck } from '../features/presentation/working-deck';
import type { Scenario } from '../model/scenario';
import type { ScenarioStore } from '../store/scenario-store';
import type { DecodedLink } from '../url/codec';
import { useI18n } from '../i18n/i18n';

interface Request {
  /** The deck to show; null waits for the shipped default deck. */
  readonly deck: Deck | null;
  readonly index: number;
  /** Why a linked deck was not used, if it was not. */
  readonly error: string | null;
}

/** What the page was opened with: `?present=<n>` (and maybe `&deck=`), or nothing. */
export function requestFromUrl(search: string): Request | null {
  const params = new URLSearchParams(search);
  const present = params.get('present');
  if (present === null || params.has('presenter')) return null;
  const index = Number.parseInt(present, 10);
  const param = params.get('deck');
  const read = param === null ? null : decodeDeckParam(param);
  const working = getWorkingDeck();
  const fallback = working.length > 0 ? toDeck(working) : null;
  return {
    deck: read?.ok ? read.deck : fallback,
    index: Number.isFinite(index) ? index : 0,
    error: read && !read.ok ? read.error : null,
  };
}

/** The presenter window's address: the same app with `?presenter=1` and the deck when it fits. */
export function presenterHref(href: string, deck: Deck, index: number): string {
  const url = new URL(href);
  const param = encodeDeckParam(deck);
  url.search = `presenter=1&present=${index}${param.length < MAX_DECK_LINK ? `&deck=${param}` : ''}`;
  url.hash = '';
  return url.toString();
}

function requestFullscreen() {
  const root = document.documentElement;
  if (typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined); // refused (iframe, no gesture, policy): stay in the page
}

function leaveFullscreen() {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => undefined);
  }
}

export interface PresentationMode {
  readonly deck: Deck | null;
  readonly index: number;
  readonly active: boolean;
  readonly loading: boolean;
  readonly error: string | null;
  readonly scene: StepScene | null;
  readonly enter: () => void;
  readonly exit: () => void;
  readonly go: (index: number) => void;
  readonly openPresenter: () => void;
}

export function usePresentationMode(
  store: ScenarioStore,
  decode: (search: string) => DecodedLink,
  embedded: boolean,
): PresentationMode {
  const [request, setRequest] = useState<Request | null>(() =>
    embedded ? null : requestFromUrl(window.location.search),
  );
  const { locale } = useI18n();
  // The shipped deck in the page's language; switching language mid-talk keeps the
  // current deck on screen until the translated one arrives.
  const fallback = useQuery({
    ...deckQuery(undefined, locale),
    enabled: request !== null && request.deck === null,
    placeholderData: (previous) => previous,
  });
  const deck = request ? (request.deck ?? fallback.data ?? null) : null;
  const index = deck ? clampStep(deck.steps.length, request?.index ?? 0) : 0;
  const before = useRef<{ scenario: Scenario; preset: string | null; comparison: Scenario | null } | null>(
    null,
  );
  const channel = useRef<PresentationChannel | null>(null);

  const go = useCallback(
    (next: number) => setRequest((r) => (r ? { ...r, index: Math.max(0, next) } : r)),
    [],
  );

  const enter = useCallback(() => {
    const state = store.getState();
    before.current = { scenario: state.scenario, preset: state.view.preset, comparison: state.comparison };
    const working = getWorkingDeck();
    setRequest({ deck: working.length > 0 ? toDeck(working) : null, index: 0, error: null });
    requestFullscreen();
  }, [store]);

  const exit = useCallback(() => {
    channel.current?.post({ type: 'ended' });
    setRequest(null);
    leaveFullscreen();
    const saved = before.current;
    before.current = null;
    if (saved) store.getState().showFrame(saved.scenario, { preset: saved.preset }, saved.comparison);
    // Leave the presentation's parameters behind; URL sync then writes the scenario link.
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  }, [store]);

  // The step is in the URL, so a reload (or a shared address) opens the same step.
  useEffect(() => {
    if (!deck) return;
    const link = deckLink(window.location.href, deck, index);
    const url = link ?? `${window.location.pathname}?present=${index}`;
    window.history.replaceState(null, '', url);
  }, [deck, index]);

  // The presenter window: announce each step; answer its hello; follow its prev/next.
  useEffect(() => {
    if (!deck) return;
    const opened = openChannel((message) => {
      if (message.type === 'hello') opened.post({ type: 'state', index, deck });
      if (message.type === 'go') go(clampStep(deck.steps.length, message.index));
    });
    channel.current = opened;
    opened.post({ type: 'state', index, deck });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [deck, index, go]);

  // Esc in full screen is taken by the browser to leave full screen: treat that as leaving.
  useEffect(() => {
    if (!request) return;
    let wasFull = Boolean(document.fullscreenElement);
    const onChange = () => {
      if (wasFull && !document.fullscreenElement) exit();
      wasFull = Boolean(document.fullscreenElement);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [request, exit]);

  const query = deck?.steps[index]?.query ?? null;
  const scene = useMemo<StepScene | null>(() => {
    if (query === null) return null;
    const decoded = decode(query);
    return { scenario: decoded.scenario, preset: decoded.view.preset, baseline: decoded.view.baseline };
  }, [query, decode]);

  const openPresenter = useCallback(() => {
    if (!deck) return;
    window.open(
      presenterHref(window.location.href, deck, index),
      'compute-scenarios-presenter',
      'popup,width=1100,height=760',
    );
  }, [deck, index]);

  return {
    deck,
    index,
    active: request !== null,
    loading: request !== null && deck === null && fallback.isPending,
    error: request?.error ?? (request && !deck && fallback.isError ? fallback.error.message : null),
    scene,
    enter,
    exit,
    go,
    openPresenter,
  };
}
