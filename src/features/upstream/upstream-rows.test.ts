import { deriveUpstream } from '../../model/derive-risk';
import { scenarioWith } from '../../model/test-helpers';
import { layerRows } from './upstream-rows';

describe(layerRows, () => {
  it('gives each layer the HHI of each plan', () => {
    const rows = layerRows(deriveUpstream(scenarioWith({})));
    expect(rows.map((r) => r.layer)).toEqual(['vendor', 'foundry', 'hbm']);
    // All Nvidia: one vendor and (all TSMC) one foundry
    expect(rows[0]?.allNvidia).toBeCloseTo(10000, 6);
    expect(rows[1]?.allNvidia).toBeCloseTo(10000, 6);
    // Even split across five vendors: 5 × 20² = 2,000
    expect(rows[0]?.evenSplit).toBeCloseTo(2000, 6);
    // HBM does not move with the plan: 62² + 17² + 21² = 4,574
    expect(rows[2]?.currentMix).toBeCloseTo(4574, 6);
    expect(rows[2]?.evenSplit).toBeCloseTo(4574, 6);
  });
});
