import { deriveProjection } from '../../model/projection';
import { scenarioWith } from '../../model/test-helpers';
import { mirrorRows } from './vendor-side-rows';

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
