/**
 * Stacking for live bars: Recharts stacks `<Bar stackId>` series itself, but live bars are
 * drawn one series at a time from the rows, so each row carries where each series starts.
 */
import { numberAt, type LiveRow } from './live-rows';

/** The row key holding where series `key` starts in its stack ("over" → "stackBase_over"). */
export function stackBaseKey(key: string): string {
  return `stackBase_${key}`;
}

/**
 * `rows` with, for each of `keys` in stacking order, the sum of the earlier keys' values
 * under `stackBaseKey(key)`: the first series starts at 0, the next on top of it, and so on.
 * Missing or non-finite values count as 0, as Recharts' stacking treats them.
 */
export function withStackBases<R extends LiveRow>(
  rows: readonly R[],
  keys: readonly string[],
): (R & Record<string, number>)[] {
  return rows.map((row) => {
    const bases: Record<string, number> = {};
    let sum = 0;
    for (const key of keys) {
      bases[stackBaseKey(key)] = sum;
      sum += numberAt(row, key) ?? 0;
    }
    return { ...row, ...bases };
  });
}
