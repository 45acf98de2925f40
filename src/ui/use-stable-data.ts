import { useState } from 'react';

/** Deep equality for plain data: numbers, strings, booleans, null, arrays and plain objects. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of ka) if (!(key in rb) || !sameData(ra[key], rb[key])) return false;
  return true;
}

/**
 * `value`, or the previous render's value when it holds the same data: a chart built with
 * `useMemo` on it is rebuilt only when what it shows has changed, not on every new array.
 */
export function useStableData<T>(value: T): T {
  const [stable, setStable] = useState(value);
  if (stable !== value && !sameData(stable, value)) {
    // React's pattern for state derived from props: re-runs this render with the new value.
    setStable(value);
    return value;
  }
  return stable;
}
