import { liveAxisTop } from './live-value-axis';

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
