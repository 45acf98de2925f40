/**
 * Saved scenarios in localStorage. Each is kept as its share link (the public,
 * versioned format), so a scenario saved today still opens after the model changes.
 * Storage may be disabled, full or hold junk: nothing here throws.
 */
import { z } from 'zod';

export const SAVED_KEY = 'compute-scenarios.saved.v1';
const MAX_SAVED = 200;

const savedSchema = z.object({
  id: z.string().max(64),
  name: z.string().max(200),
  savedAt: z.string().max(64),
  /** The share link's query (no `?`). */
  query: z.string().max(16_000),
});
export type SavedScenario = z.infer<typeof savedSchema>;
const savedListSchema = z.array(savedSchema).max(MAX_SAVED);

export type StorageProblem = 'unavailable' | 'full' | 'corrupt';

/** The browser's localStorage, or null when it is disabled or throws on access. */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/** The saved scenarios, newest first; a problem instead when storage is missing or holds junk. */
export function readSaved(storage: Storage | null): {
  items: SavedScenario[];
  problem: StorageProblem | null;
} {
  if (!storage) return { items: [], problem: 'unavailable' };
  let text: string | null;
  try {
    text = storage.getItem(SAVED_KEY);
  } catch {
    return { items: [], problem: 'unavailable' };
  }
  if (text === null) return { items: [], problem: null };
  try {
    const parsed = savedListSchema.safeParse(JSON.parse(text));
    return parsed.success ? { items: parsed.data, problem: null } : { items: [], problem: 'corrupt' };
  } catch {
    return { items: [], problem: 'corrupt' };
  }
}

/** Writes the list; reports a full or unavailable storage instead of throwing. */
export function writeSaved(storage: Storage | null, items: readonly SavedScenario[]): StorageProblem | null {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(SAVED_KEY, JSON.stringify(items.slice(0, MAX_SAVED)));
    return null;
  } catch (error) {
    // DOMException is not an Error subclass everywhere, so read its name structurally.
    const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
  }
}

/** A new saved entry (an id unique enough for one browser's list). */
export function newSaved(
  name: string,
  query: string,
  now: Date,
  existing: readonly SavedScenario[],
): SavedScenario {
  let id = `s${now.getTime().toString(36)}`;
  while (existing.some((item) => item.id === id)) id += 'x';
  return { id, name: name.trim().slice(0, 200), savedAt: now.toISOString(), query };
}
