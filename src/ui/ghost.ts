/**
 * How a pinned baseline looks on every chart: a faded, dashed ghost of the same
 * colour, never louder than the current scenario.
 */
export const GHOST_OPACITY = 0.45;
export const GHOST_DASH = '5 4';

/** Props for a Recharts <Line> drawn as a baseline ghost. */
export const GHOST_LINE = {
  strokeDasharray: GHOST_DASH,
  strokeOpacity: GHOST_OPACITY,
  strokeWidth: 2,
  dot: false,
  activeDot: false,
  isAnimationActive: false,
} as const;

/** The data key of a row's baseline value ("hhi" → "baseline_hhi"). */
export function ghostKey(key: string): string {
  return `baseline_${key}`;
}
