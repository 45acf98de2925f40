/**
 * The working deck: the steps the user is collecting, kept in localStorage so they
 * survive a reload. Storage can fail (private mode, quota, blocked): the deck then
 * lives for the session only.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { deckStepSchema, MAX_STEPS, type DeckStep } from '../../data/decks';

export const DECK_STORAGE_KEY = 'compute-scenarios:deck';
const storedSchema = z.array(deckStepSchema).max(MAX_STEPS);

let steps: readonly DeckStep[] | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function load(): readonly DeckStep[] {
  try {
    const text = storage()?.getItem(DECK_STORAGE_KEY);
    if (!text) return [];
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The working deck's steps (read from storage once). */
export function getWorkingDeck(): readonly DeckStep[] {
  steps ??= load();
  return steps;
}

/** Replaces the working deck; returns false when it could not be saved (kept in memory). */
export function setWorkingDeck(next: readonly DeckStep[]): boolean {
  steps = next;
  let saved = true;
  try {
    const store = storage();
    if (!store) saved = false;
    else if (next.length === 0) store.removeItem(DECK_STORAGE_KEY);
    else store.setItem(DECK_STORAGE_KEY, JSON.stringify(next));
  } catch {
    saved = false;
  }
  for (const listener of listeners) listener();
  return saved;
}

/** Forgets the cached deck (tests; another tab's change). */
export function reloadWorkingDeck(): void {
  steps = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The working deck, re-rendering when it changes. */
export function useWorkingDeck(): readonly DeckStep[] {
  return useSyncExternalStore(subscribe, getWorkingDeck, getWorkingDeck);
}
