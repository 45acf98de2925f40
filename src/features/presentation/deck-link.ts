/**
 * Decks as text: a JSON file (export/import) and a `?deck=` link parameter
 * (base64url of the same JSON). Reading never throws; it returns the deck or a
 * plain reason, because files and links come from outside.
 */
import { describeIssues } from '../../data/schema';
import { deckSchema, type Deck } from '../../data/decks';

/** Longest link (whole URL) we offer to share; longer ones break in mail and chat tools. */
export const MAX_DECK_LINK = 6000;

export type DeckRead =
  { readonly ok: true; readonly deck: Deck } | { readonly ok: false; readonly error: string };

/** Validates parsed JSON as a deck. */
export function readDeck(json: unknown): DeckRead {
  const parsed = deckSchema.safeParse(json);
  return parsed.success
    ? { ok: true, deck: parsed.data }
    : { ok: false, error: describeIssues(parsed.error) };
}

/** Parses deck file text. */
export function parseDeckJson(text: string): DeckRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  return readDeck(json);
}

/** The deck as a JSON file's text. */
export function deckToJson(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The `deck` parameter's value for a deck (compact JSON, base64url). */
export function encodeDeckParam(deck: Deck): string {
  return toBase64Url(JSON.stringify(deck));
}

/** Reads a `deck` parameter; a damaged or invalid one gives a reason, never a throw. */
export function decodeDeckParam(param: string): DeckRead {
  if (param.length > MAX_DECK_LINK * 2) return { ok: false, error: 'the deck link is too long' };
  const text = fromBase64Url(param);
  return text === null ? { ok: false, error: 'the deck link is damaged' } : parseDeckJson(text);
}

/**
 * A link that presents `deck` from step `step`, or null when it would be longer than
 * MAX_DECK_LINK (offer the JSON file instead). `base` is the app's address.
 */
export function deckLink(base: string, deck: Deck, step = 0): string | null {
  const url = new URL(base);
  url.search = `present=${step}&deck=${encodeDeckParam(deck)}`;
  url.hash = '';
  const href = url.toString();
  return href.length <= MAX_DECK_LINK ? href : null;
}
