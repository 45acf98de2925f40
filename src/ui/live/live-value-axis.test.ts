import { labelledQuarters, liveAxisTop, LIVE_AXIS_TICKS } from './live-value-axis';

describe('liveAxisTop', () => {
  it.each([
    [211e9, 240e9], // step 60B: 0, 60, 120, 180, 240
    [200e9, 200e9], // exactly four steps of 50
    [52.7, 60],
    [9.5, 10],
    [0.31, 0.32],
    [1, 1],
    [7, 8],
    [0, 1],
    [Number.NaN, 1],
  ])('covers %s with four nice steps up to %s', (max, top) => {
    expect(liveAxisTop(max)).toBeCloseTo(top, 10);
  });
  it('always covers the data, and fills at least 60% of the axis', () => {
    for (let max = 0.01; max < 1e13; max *= 1.37) {
      const top = liveAxisTop(max);
      expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-9));
      expect(max / top).toBeGreaterThan(0.6);
    }
  });
});

describe(labelledQuarters, () => {
  // A 6-character label ("10 Mln", "$60B ") needs 6 × 7.5 + 8 = 53 px of spacing.
  it.each([
    [400, 6, LIVE_AXIS_TICKS], // 100 px a quarter: every label
    [212, 6, LIVE_AXIS_TICKS], // 53 px a quarter: just enough
    [150, 6, [0, 0.5, 1]], // 37.5 px a quarter, 75 px a half: the halves (the tablet's Italian tokens per kWh)
    [90, 6, [0, 1]], // 45 px a half: only the ends
    [Number.NaN, 6, LIVE_AXIS_TICKS], // no width reported: leave the ticks alone
  ])('an axis %s px wide with %s-character labels labels %j', (width, chars, ticks) => {
    expect(labelledQuarters(width, chars)).toEqual(ticks);
  });
  it('never drops the ends, and labels fewer quarters as the axis narrows', () => {
    let previous = Infinity;
    for (let width = 600; width > 20; width -= 7) {
      const shown = labelledQuarters(width, 7);
      expect(shown).toEqual(expect.arrayContaining([0, 1]));
      expect(shown.length).toBeLessThanOrEqual(previous);
      previous = shown.length;
    }
  });
});
