import { deriveDiversification } from '../../model/derive-risk';
import { deriveProjection } from '../../model/projection';
import { scenarioWith } from '../../model/test-helpers';
import { curveRows, fanRows } from './predictability-rows';

describe(curveRows, () => {
  it('turns coefficients of variation into percentages over 0–100% Nvidia', () => {
    const rows = curveRows(deriveDiversification(scenarioWith({})).points);
    expect(rows[0]?.nvidiaSharePct).toBe(0);
    expect(rows.at(-1)?.nvidiaSharePct).toBe(100);
    // All Nvidia at 30% volatility: sd/mean = √(e^0.09 − 1) = 30.69%
    expect(rows.at(-1)?.asSourced).toBeCloseTo(30.69, 1);
  });
});

describe(fanRows, () => {
  it('nests the P25–P75 band inside the P10–P90 band', () => {
    for (const r of fanRows(deriveProjection(scenarioWith({})).years)) {
      expect(r.band90[0]).toBeLessThanOrEqual(r.band50[0]);
      expect(r.band50[1]).toBeLessThanOrEqual(r.band90[1]);
      expect(r.median).toBeGreaterThanOrEqual(r.band50[0]);
    }
  });
});
