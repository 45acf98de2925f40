/** Round axis ticks for a linear axis starting at 0. */

const STEPS = [1, 2, 2.5, 5, 10];

/**
 * Ticks 0, step, 2·step … covering `max` with at most `count` intervals, where step is a
 * 1-2-2.5-5 multiple of a power of ten ($0, $50B, $100B … rather than $55B, $110B).
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}
