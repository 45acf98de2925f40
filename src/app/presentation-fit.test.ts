import { describe, expect, it } from 'vitest';
import {
  shrinkToFit,
  SMALLEST_CHART_SCALE,
  SMALLEST_TEXT_SCALE,
  type PresentationScale,
} from './presentation-fit';

/** Every scale the fit passes through from `start` until it gives up. */
function walk(start: PresentationScale): PresentationScale[] {
  const seen = [start];
  for (let next = shrinkToFit(start); next; next = shrinkToFit(next)) seen.push(next);
  return seen;
}

describe(shrinkToFit, () => {
  it('shrinks the charts first, 0.05 at a time, keeping the type', () => {
    expect(shrinkToFit({ chart: 1.2, text: 1 })).toEqual({ chart: 1.15, text: 1 });
    expect(shrinkToFit({ chart: 0.95, text: 1 })).toEqual({ chart: 0.9, text: 1 });
  });

  it('then the type, once the charts are as small as they go', () => {
    expect(shrinkToFit({ chart: SMALLEST_CHART_SCALE, text: 1 })).toEqual({ chart: 0.9, text: 0.95 });
  });

  it('stops at the smallest chart and type: a step that still overflows scrolls', () => {
    expect(shrinkToFit({ chart: SMALLEST_CHART_SCALE, text: SMALLEST_TEXT_SCALE })).toBeNull();
  });

  it('walks from a 1080p start (charts 1.2x) to the floor in 13 steps, never below it', () => {
    const steps = walk({ chart: 1.2, text: 1 });
    // 1.2 → 0.9 is six chart steps; 1 → 0.7 is six type steps; plus the start.
    expect(steps).toHaveLength(13);
    expect(steps.at(-1)).toEqual({ chart: 0.9, text: 0.7 });
    for (const s of steps) {
      expect(s.chart).toBeGreaterThanOrEqual(SMALLEST_CHART_SCALE);
      expect(s.text).toBeGreaterThanOrEqual(SMALLEST_TEXT_SCALE);
    }
  });

  it('snaps to the floor rather than stepping past it from an odd start', () => {
    expect(shrinkToFit({ chart: 0.93, text: 1 })).toEqual({ chart: 0.9, text: 1 });
    expect(shrinkToFit({ chart: 0.9, text: 0.72 })).toEqual({ chart: 0.9, text: 0.7 });
  });
});
