import { tornadoAxis } from './tornado-axis';
import type { TornadoRow } from './tornado-rows';

const row = (lowDelta: number, highDelta: number): TornadoRow => ({
  id: 'utilization',
  lowDelta,
  highDelta,
  low: 20,
  high: 60,
});

describe(tornadoAxis, () => {
  it.each([
    // The dashboard's default cost tornado: −$0.07 … +$1.02 → −$0.35 … +$1.05 in steps of $0.35.
    { rows: [row(-0.07, 1.02), row(0.3, -0.1)], domain: [-0.35, 1.05], ticks: [-0.35, 0, 0.35, 0.7, 1.05] },
    // All deltas on one side: the axis still starts at 0.
    { rows: [row(120, 4300)], domain: [0, 6000], ticks: [0, 1500, 3000, 4500, 6000] },
    { rows: [row(-2, -8)], domain: [-8, 0], ticks: [-8, -6, -4, -2, 0] },
  ])('covers the deltas with nice ticks ($domain)', ({ rows, domain, ticks }) => {
    const axis = tornadoAxis(rows);
    expect(axis.domain[0]).toBeCloseTo(domain[0] ?? NaN, 9);
    expect(axis.domain[1]).toBeCloseTo(domain[1] ?? NaN, 9);
    expect(axis.ticks.map((t) => Number(t.toPrecision(12)))).toEqual(ticks);
  });

  it('holds still while the bars move within a tick step', () => {
    expect(tornadoAxis([row(-0.07, 1.02)])).toEqual(tornadoAxis([row(-0.09, 0.98)]));
  });

  it('ignores non-finite deltas', () => {
    expect(tornadoAxis([row(Number.NaN, 3)]).domain[0]).toBe(0);
  });
});
