/**
 * Maps a value to a slider position and back. Log-scale inputs get positions that
 * are even in log space (40 per decade, anchored at the minimum), so each keyboard
 * step is a ~6% change and round decades are reachable.
 */
export interface SliderScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly scale: 'linear' | 'log';
}

export const LOG_STEPS_PER_DECADE = 40;

/** Number of slider positions (the range input's max; min is 0). */
export function positionCount(spec: SliderScale): number {
  if (spec.scale === 'log') return Math.ceil(Math.log10(spec.max / spec.min) * LOG_STEPS_PER_DECADE - 1e-9);
  return Math.round((spec.max - spec.min) / spec.step);
}

/** Slider position (0…positionCount) for a value. */
export function toPosition(spec: SliderScale, value: number): number {
  const count = positionCount(spec);
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  if (spec.scale === 'log')
    return Math.min(count, Math.round(Math.log10(clamped / spec.min) * LOG_STEPS_PER_DECADE));
  return Math.round(((clamped - spec.min) / (spec.max - spec.min)) * count);
}

/** Value for a slider position, rounded to a tidy precision. */
export function fromPosition(spec: SliderScale, position: number): number {
  const count = positionCount(spec);
  const p = Math.min(count, Math.max(0, position));
  if (spec.scale === 'log') {
    // Positions sit on exact fractions of a decade, so 1, 10, 100 are reachable.
    return Math.min(spec.max, roundSignificant(spec.min * 10 ** (p / LOG_STEPS_PER_DECADE), 3));
  }
  const t = p / count;
  const value = spec.min + t * (spec.max - spec.min);
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)));
  return Number(value.toFixed(decimals));
}

/** Rounds to `digits` significant figures. */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}
