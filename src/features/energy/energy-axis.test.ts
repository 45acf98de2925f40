import { deriveProjection } from '../../model/projection';
import { scenarioWith } from '../../model/test-helpers';
import { autoTicks, gwMax, kwhMax } from './energy-axis';
import { gwRows, kwhRows } from './energy-rows';

describe(autoTicks, () => {
  // The ticks the charts showed with Recharts' own auto domain before the axes were fixed.
  it.each([
    { max: 8.98, ticks: [0, 3, 6, 9, 12] },
    { max: 10, ticks: [0, 3, 6, 9, 12] },
    { max: 19.2, ticks: [0, 5, 10, 15, 20] },
    { max: 9.73e6, ticks: [0, 2.5e6, 5e6, 7.5e6, 10e6] },
    { max: 16.5e6, ticks: [0, 4.5e6, 9e6, 13.5e6, 18e6] },
  ])('covers $max with nice ticks', ({ max, ticks }) => {
    expect(autoTicks(max)).toEqual(ticks);
  });
  it('stays the same for nearby maxima, so the frame is not rebuilt on every step', () => {
    expect(autoTicks(10.5)).toEqual(autoTicks(11.5));
  });
  it('gives an axis even with nothing to show', () => {
    expect(autoTicks(0).length).toBeGreaterThan(0);
    expect(autoTicks(Number.NaN)).toEqual(autoTicks(0));
  });
});

describe(gwMax, () => {
  it('is the longest stacked bar, at least the largest deal', () => {
    const year = deriveProjection(scenarioWith({})).selected;
    const rows = gwRows(year);
    expect(gwMax(rows)).toBeGreaterThanOrEqual(10);
    expect(gwMax(rows)).toBeGreaterThanOrEqual(year.totalPowerGw - 1e-9);
    expect(gwMax(rows)).toBeGreaterThanOrEqual(year.gwToServeLoad);
    expect(kwhMax(kwhRows(year))).toBe(Math.max(...Object.values(year.tokensPerKwh)));
  });
});
