import { deriveProjection } from '../../model/projection';
import { scenarioWith } from '../../model/test-helpers';
import { gwRows, kwhRows } from './energy-rows';

describe(gwRows, () => {
  it('lists the fleet, the load’s need and the four announced deals', () => {
    const year = deriveProjection(scenarioWith({})).selected;
    const rows = gwRows(year);
    expect(rows.map((r) => r.kind)).toEqual(['fleet', 'needed', 'nvidiaLoi', 'broadcom', 'amd', 'cerebras']);
    expect(rows[0]?.nvidia).toBeCloseTo(year.powerGw.nvidia, 12);
    expect(rows[2]?.nvidia).toBe(10);
    expect(rows[5]?.specialist).toBe(0.75);
  });
});

describe(kwhRows, () => {
  it('gives every class its tokens per kWh', () => {
    expect(kwhRows(deriveProjection(scenarioWith({})).selected)).toHaveLength(5);
  });
});
