/** Pure axis helpers for the cost-curve panel. */
import type { CostCurveRow } from '../../model/cost-curves';

export const LOAD_TICKS = [0.1, 1, 10, 100, 1000, 10000];
const STEPS = [1, 2, 5];

/** Tick values at 1-2-5 steps per decade within [min, max]. */
export function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let exp = Math.floor(Math.log10(min)); exp <= Math.ceil(Math.log10(max)); exp++) {
    for (const m of STEPS) {
      const v = Number((m * 10 ** exp).toPrecision(3));
      if (v >= min * 0.999 && v <= max * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

/** The largest 1-2-5 value ≤ x. */
export function niceFloor(x: number): number {
  const exp = Math.floor(Math.log10(x));
  const m = [...STEPS].reverse().find((s) => s * 10 ** exp <= x * 1.000001) ?? 1;
  return Number((m * 10 ** exp).toPrecision(3));
}

/** The smallest 1-2-5 value ≥ x. */
export function niceCeil(x: number): number {
  const exp = Math.floor(Math.log10(x));
  const m = STEPS.find((s) => s * 10 ** exp >= x * 0.999999);
  return Number(((m ?? 10) * 10 ** exp).toPrecision(3));
}

/**
 * The cost axis range, USD per million tokens (log scale). The top is capped at 20×
 * the cheapest point so a design cost spread over a tiny load does not flatten the
 * interesting region; curves that leave the chart are clipped.
 */
export function costDomain(rows: readonly CostCurveRow[]): [number, number] {
  let lo = Infinity;
  let hi = 0;
  for (const r of rows) {
    for (const v of [r.allNvidia, r.currentMix, r.allAlternatives]) {
      if (Number.isFinite(v) && v > 0) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (!Number.isFinite(lo)) return [0.01, 1];
  const bottom = niceFloor(lo * 0.95);
  return [bottom, niceCeil(Math.max(bottom * 2, Math.min(hi * 1.05, lo * 20)))];
}

/**
 * Where the break-even line's label sits: on the line's right, where the curves have
 * already fallen to the foot of the chart (on its left they climb to the top-left corner
 * and, on a phone, ran through the label), unless the line is too far right for the words.
 * The x axis spans 0.1–10,000 T tokens/day: 100 is 60% of the way along it.
 */
export function breakEvenLabelPosition(load: number): 'insideTopLeft' | 'insideTopRight' {
  return load <= 100 ? 'insideTopLeft' : 'insideTopRight';
}
