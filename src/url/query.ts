/**
 * Splits a query string into parameters without ever throwing. A share link may be
 * hand-edited, truncated by a chat client or deliberately hostile, so every step has
 * a limit and every oddity becomes a note rather than an exception.
 */

/** Longest query string read; anything beyond is ignored (and reported). */
export const MAX_QUERY_LENGTH = 8_000;
/** Most parameters read; the rest are ignored (and reported). */
export const MAX_PARAMS = 300;
/** Longest parameter name considered; longer names are unknown by definition. */
export const MAX_KEY_LENGTH = 64;

export interface ParsedQuery {
  /** First value of each parameter, in order of first appearance. */
  readonly params: Map<string, string>;
  /** Parameters that appeared more than once (each listed once). */
  readonly duplicates: readonly string[];
  /** True when some percent-escape could not be decoded (the raw text was kept). */
  readonly malformed: boolean;
  /** True when the query was longer than MAX_QUERY_LENGTH or had more than MAX_PARAMS parameters. */
  readonly truncated: boolean;
}

function decodePart(part: string): { text: string; ok: boolean } {
  const spaced = part.replace(/\+/g, ' ');
  try {
    return { text: decodeURIComponent(spaced), ok: true };
  } catch {
    return { text: spaced, ok: false };
  }
}

/**
 * Parses `?a=1&b=2` (leading `?` optional; a `#fragment` is dropped). Empty segments
 * are skipped; a parameter without `=` has the empty string as its value. The first
 * occurrence of a repeated parameter wins.
 */
export function parseQuery(search: string): ParsedQuery {
  let text = String(search);
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);
  if (text.startsWith('?')) text = text.slice(1);
  let truncated = false;
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    truncated = true;
  }
  const params = new Map<string, string>();
  const duplicates = new Set<string>();
  let malformed = false;
  let count = 0;
  for (const segment of text.split('&')) {
    if (segment === '') continue;
    if (++count > MAX_PARAMS) {
      truncated = true;
      break;
    }
    const eq = segment.indexOf('=');
    const rawKey = eq >= 0 ? segment.slice(0, eq) : segment;
    const rawValue = eq >= 0 ? segment.slice(eq + 1) : '';
    const key = decodePart(rawKey.slice(0, MAX_KEY_LENGTH * 3));
    const value = decodePart(rawValue);
    if (!key.ok || !value.ok) malformed = true;
    const name = key.text.trim();
    if (name === '') continue;
    if (params.has(name)) duplicates.add(name);
    else params.set(name, value.text);
  }
  return { params, duplicates: [...duplicates], malformed, truncated };
}

/** Joins parameters into a query string (no leading `?`), escaping keys and values. */
export function formatQuery(params: Iterable<readonly [string, string]>): string {
  const parts: string[] = [];
  for (const [key, value] of params) {
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}
