import { tornadoRows } from './tornado-rows';

describe(tornadoRows, () => {
  it('turns bars into deltas from the scenario and keeps the top ones', () => {
    const rows = tornadoRows(
      {
        metric: 'costPerMillionTokens',
        base: 0.4,
        bars: [
          { id: 'utilization', low: 20, high: 60, atLow: 0.7, atHigh: 0.25, swing: 0.45 },
          { id: 'pue', low: 1.1, high: 1.58, atLow: 0.39, atHigh: 0.42, swing: 0.03 },
        ],
      },
      1,
    );
    // 0.7 − 0.4 = +0.3; 0.25 − 0.4 = −0.15
    expect(rows).toEqual([
      {
        id: 'utilization',
        low: 20,
        high: 60,
        lowDelta: expect.closeTo(0.3, 12),
        highDelta: expect.closeTo(-0.15, 12),
      },
    ]);
  });
});
