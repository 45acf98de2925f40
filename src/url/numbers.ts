/** Numbers in share links: written compactly at canonical precision, read strictly. */
import type { InputSpec } from '../model/input-specs';
import { quantizeInput } from '../model/precision';

/** Longest numeric value read from a link; longer values are rejected unread. */
export const MAX_NUMBER_LENGTH = 32;

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A value as written in a link: canonical precision, shortest form ("58", "0.08", "53.3"). */
export function formatUrlNumber(spec: Pick<InputSpec, 'step' | 'scale'>, value: number): string {
  return String(quantizeInput(spec, value));
}

/**
 * Reads a plain decimal number ("58", "-3", "0.5", ".5", "1e3"). Anything else (hex,
 * "Infinity", "NaN", units, commas, empty) is null. Huge exponents may give ±Infinity,
 * which callers treat as out of range.
 */
export function parseUrlNumber(raw: string): number | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_NUMBER_LENGTH || !DECIMAL.test(text)) return null;
  const value = Number(text);
  return Number.isNaN(value) ? null : value;
}
