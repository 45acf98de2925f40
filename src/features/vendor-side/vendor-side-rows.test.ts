import { deriveProjection } from '../../model/projection';
import { scenarioWith } from '../../model/test-helpers';
import { mirrorRows, mirrorTop, type MirrorRow } from './vendor-side-rows';

describe(mirrorRows, () => {
  it('puts the buyer’s dependence beside Nvidia’s exposure, in percent', () => {
    const years = deriveProjection(scenarioWith({})).years;
    const rows = mirrorRows(years);
    expect(rows).toHaveLength(years.length);
    expect(rows[2]?.dependence).toBeCloseTo(70, 9);
    expect(rows[2]?.exposure).toBeCloseTo(years[2]!.nvidiaRevenueShare * 100, 9);
    expect(rows[2]?.financed).toBeCloseTo(years[2]!.financedShare * 100, 9);
  });
});

describe(mirrorTop, () => {
  const row = (dependence: number, exposure = 0, financed = 0): MirrorRow => ({
    year: 2026,
    dependence,
    exposure,
    financed,
  });
  it.each([
    { rows: [row(10, 5, 3)], top: 50 },
    { rows: [row(70, 16, 20)], top: 75 },
    { rows: [row(75)], top: 75 },
    { rows: [row(40), row(20, 76)], top: 100 },
    { rows: [row(30, 10, 101)], top: 125 },
    { rows: [], top: 50 },
  ])('rounds the highest value up to a multiple of 25, at least 50 ($top)', ({ rows, top }) => {
    expect(mirrorTop(rows)).toBe(top);
  });
});
