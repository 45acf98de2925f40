/**
 * How a presentation step shrinks to fit the screen: the charts first (from as large as
 * the projector allows down to `SMALLEST_CHART_SCALE` of their laptop height), then the
 * type (down to `SMALLEST_TEXT_SCALE`), a 0.05 step at a time. A step that fits at a
 * larger size keeps it; one that does not fit even at the smallest scrolls.
 */

/** A step's scales: chart heights and type, as multiples of their design sizes. */
export interface PresentationScale {
  readonly chart: number;
  readonly text: number;
}

/**
 * The smallest the fit may make the charts: 0.9 of their laptop height. At 0.8 the
 * concentration chart's band labels overlapped and axes lost ticks.
 */
export const SMALLEST_CHART_SCALE = 0.9;

/**
 * The smallest the fit may make the type: 0.7 of its projector size (body 24 → 17 px,
 * chart ticks 18 → 12.6 px), enough for a 1366×768 projector or an Italian summary that
 * runs a line longer. Below that, text would not read from the back of a room.
 */
export const SMALLEST_TEXT_SCALE = 0.7;

const STEP = 0.05;
const down = (value: number, floor: number) => Math.max(floor, Math.round((value - STEP) * 100) / 100);

/** The next smaller scale for a step that overflows, or null when it is already the smallest. */
export function shrinkToFit(scale: PresentationScale): PresentationScale | null {
  if (scale.chart > SMALLEST_CHART_SCALE) return { ...scale, chart: down(scale.chart, SMALLEST_CHART_SCALE) };
  if (scale.text > SMALLEST_TEXT_SCALE) return { ...scale, text: down(scale.text, SMALLEST_TEXT_SCALE) };
  return null;
}
