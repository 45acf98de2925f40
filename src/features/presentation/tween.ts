/** The animated step change: every numeric input moves from the old scenario to the new. */
import { INPUT_SPECS } from '../../model/input-specs';
import type { Scenario } from '../../model/scenario';

/** How long a step change animates, ms. */
export const TWEEN_MS = 600;
/**
 * The shortest time between written frames, ms. The charts render a deferred scenario
 * (useChartScenario); a new frame every 16 ms would interrupt each chart render before
 * it commits, so the charts would jump to the end. ~20 frames a second gives them room to commit (on a slow machine they may still only show the end).
 */
export const FRAME_MS = 50;

/** Ease in and out (cubic), t in [0, 1]. */
export function ease(t: number): number {
  const x = Math.max(0, Math.min(1, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/**
 * The scenario a fraction `t` of the way from `from` to `to`: linear inputs linearly,
 * log-scale inputs geometrically (so a 10× change moves evenly on its log axis). At
 * t = 1 it is exactly `to`; mixes stay summing to 100% because each is a linear blend.
 */
export function interpolateScenario(from: Scenario, to: Scenario, t: number): Scenario {
  if (t >= 1) return to;
  const out: Record<string, number> = { ...from };
  for (const spec of INPUT_SPECS) {
    const a = from[spec.id];
    const b = to[spec.id];
    out[spec.id] = spec.scale === 'log' && a > 0 && b > 0 ? a * (b / a) ** t : a + (b - a) * t;
  }
  return { ...to, ...out };
}

export interface TweenHost {
  readonly now: () => number;
  readonly requestFrame: (callback: () => void) => number;
  readonly cancelFrame: (handle: number) => void;
}

/**
 * Runs a tween, calling `frame` with each intermediate scenario and `done` at the end.
 * Returns a cancel function (a new step cancels the running one).
 */
export function runTween(
  from: Scenario,
  to: Scenario,
  host: TweenHost,
  frame: (scenario: Scenario) => void,
  done: () => void,
  duration = TWEEN_MS,
  minFrameMs = FRAME_MS,
): () => void {
  const start = host.now();
  let handle = 0;
  let last = -Infinity;
  const tick = () => {
    const now = host.now();
    const t = (now - start) / duration;
    if (t >= 1) {
      done();
      return;
    }
    if (now - last >= minFrameMs) {
      last = now;
      frame(interpolateScenario(from, to, ease(t)));
    }
    handle = host.requestFrame(tick);
  };
  handle = host.requestFrame(tick);
  return () => host.cancelFrame(handle);
}
