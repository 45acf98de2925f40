import { deriveDiversification } from '../../model/derive-risk';
import { deriveProjection } from '../../model/projection';
import { scenarioWith } from '../../model/test-helpers';
import { curveRows, curveTop, fanRows, type CurveRow } from './predictability-rows';

describe(curveRows, () => {
  it('turns coefficients of variation into percentages over 0–100% Nvidia', () => {
    const rows = curveRows(deriveDiversification(scenarioWith({})).points);
    expect(rows[0]?.nvidiaSharePct).toBe(0);
    expect(rows.at(-1)?.nvidiaSharePct).toBe(100);
    // All Nvidia at 30% volatility: sd/mean = √(e^0.09 − 1) = 30.69%
    expect(rows.at(-1)?.asSourced).toBeCloseTo(30.69, 1);
  });
});

describe(curveTop, () => {
  const row = (asSourced: number, separate: number): CurveRow => ({ nvidiaSharePct: 0, asSourced, separate });
  it.each([
    { rows: [row(23, 20), row(30.69, 30.69)], dot: 27, top: 31 },
    { rows: [row(23, 20), row(30.2, 30.1)], dot: 27, top: 30.5 },
    { rows: [row(23, 20)], dot: 25.2, top: 25.5 },
    { rows: [row(23, 24)], dot: 22, top: 24 },
    { rows: [], dot: Number.NaN, top: 1 },
  ])('covers both curves and the dot, rounded up to half a point ($top)', ({ rows, dot, top }) => {
    expect(curveTop(rows, dot)).toBe(top);
  });

  it('does not move for float noise in the curve', () => {
    const rows = curveRows(deriveDiversification(scenarioWith({})).points);
    const noisy = rows.map((r) => ({ ...r, asSourced: r.asSourced * (1 + 1e-12) }));
    expect(curveTop(noisy, 27)).toBe(curveTop(rows, 27));
  });
});

describe(fanRows, () => {
  it('nests the P25–P75 band inside the P10–P90 band, with the median inside both', () => {
    for (const r of fanRows(deriveProjection(scenarioWith({})).years)) {
      expect(r.p10).toBeLessThanOrEqual(r.p25);
      expect(r.p25).toBeLessThanOrEqual(r.median);
      expect(r.median).toBeLessThanOrEqual(r.p75);
      expect(r.p75).toBeLessThanOrEqual(r.p90);
    }
  });
});
