import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixTotal } from '../../model/scenario';
import { loadTestReferenceData } from '../../testing/reference-data';
import { ease, interpolateScenario, runTween } from './tween';

const { defaults } = loadTestReferenceData();
const to = {
  ...defaults,
  spend: 200,
  nvidiaShare: 20,
  load: 500,
  'mix.amd': 10,
  'mix.custom': 80,
  'mix.hyperscaler': 5,
  'mix.specialist': 5,
};

describe(interpolateScenario, () => {
  it('starts at the old scenario and ends exactly at the new one', () => {
    expect(interpolateScenario(defaults, to, 0)).toEqual(defaults);
    expect(interpolateScenario(defaults, to, 1)).toBe(to);
  });
  it('stays between the ends, with the mix summing to 100%', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (t) => {
        const s = interpolateScenario(defaults, to, t);
        expect(s.spend).toBeGreaterThanOrEqual(Math.min(defaults.spend, to.spend) - 1e-9);
        expect(s.spend).toBeLessThanOrEqual(Math.max(defaults.spend, to.spend) + 1e-9);
        expect(mixTotal(s)).toBeCloseTo(100, 9);
      }),
    );
  });
});

describe(ease, () => {
  it.each([
    [0, 0],
    [0.5, 0.5],
    [1, 1],
    [2, 1],
  ])('ease(%d) = %d', (t, expected) => expect(ease(t)).toBeCloseTo(expected, 9));
});

describe(runTween, () => {
  it('writes frames until the duration has passed, then finishes', () => {
    let clock = 0;
    const queue: (() => void)[] = [];
    const frames: number[] = [];
    let finished = false;
    runTween(
      defaults,
      to,
      { now: () => clock, requestFrame: (cb) => queue.push(cb), cancelFrame: () => undefined },
      (s) => frames.push(s.spend),
      () => (finished = true),
      100,
      0,
    );
    while (queue.length > 0) {
      clock += 16;
      queue.shift()!();
    }
    expect(finished).toBe(true);
    expect(frames.length).toBeGreaterThan(4);
    expect(frames).toEqual([...frames].sort((a, b) => a - b));
  });
});
