import { cholesky, simulateBillSpread } from './monte-carlo';
import { billSpread, correlationMatrix, pairCorrelation } from './predictability';
import { mulberry32 } from './random';
import { foundrySplit } from './upstream';
import { perVendor } from './vendors';

const only = (nvidia: number, amd = 0) => ({ nvidia, amd, custom: 0, hyperscaler: 0, specialist: 0 });
const sigmas = perVendor(() => 0.3);
const uncorrelated = correlationMatrix(
  0,
  0,
  perVendor(() => foundrySplit(100, 0)),
);
const identical = correlationMatrix(
  1,
  0,
  perVendor(() => foundrySplit(100, 0)),
);

describe(pairCorrelation, () => {
  it('adds the foundry common mode to the market correlation', () => {
    // 0.5 + (1 − 0.5) × 0.5 × 1 = 0.75; with no shared foundry, 0.5
    expect(pairCorrelation(0.5, 0.5, 1)).toBe(0.75);
    expect(pairCorrelation(0.5, 0.5, 0)).toBe(0.5);
  });
});

describe(correlationMatrix, () => {
  it('drops the common mode when each class has its own foundry', () => {
    const all = perVendor(() => foundrySplit(100, 0));
    expect(correlationMatrix(0.5, 0.5, all)[0]?.[1]).toBe(0.75);
    expect(correlationMatrix(0.5, 0.5, all, 'separateFoundries')[0]?.[1]).toBe(0.5);
    expect(correlationMatrix(0.5, 0.5, all)[2]?.[2]).toBe(1);
  });
});

describe(billSpread, () => {
  it('matches a single lognormal for one vendor', () => {
    // Var = 100² × (e^0.09 − 1) = 10,000 × 0.0941743 = 941.743; sd = 30.688
    // s² = ln(1 + 0.0941743) = 0.09, s = 0.3; P50 = 100 e^−0.045 = 95.600
    // P90 = 100 e^(−0.045 + 1.28155 × 0.3) = 100 e^0.339466 = 140.42; P10 = 100 e^−0.429466 = 65.09
    const s = billSpread(only(100), 0, sigmas, uncorrelated, 1);
    expect(s.mean).toBe(100);
    expect(s.sd).toBeCloseTo(30.688, 3);
    expect(s.p50).toBeCloseTo(95.6, 2);
    expect(s.p90).toBeCloseTo(140.42, 2);
    expect(s.p10).toBeCloseTo(65.09, 2);
  });
  it('diversifies across uncorrelated vendors and not across perfectly correlated ones', () => {
    // 50/50, ρ = 0: Var = 2 × 50² × 0.0941743 = 470.87, sd = 21.70 (= 30.688 / √2)
    expect(billSpread(only(50, 50), 0, sigmas, uncorrelated, 1).sd).toBeCloseTo(21.7, 2);
    // ρ = 1: Var = (50 + 50)² × 0.0941743, sd = 30.688: no benefit
    expect(billSpread(only(50, 50), 0, sigmas, identical, 1).sd).toBeCloseTo(30.688, 3);
  });
  it('grows with the horizon (√T in log terms)', () => {
    // T = 4: Var = 100² (e^0.36 − 1) = 10,000 × 0.433329, sd = 65.83
    expect(billSpread(only(100), 0, sigmas, uncorrelated, 4).sd).toBeCloseTo(65.83, 2);
  });
  it('gives a fixed bill no spread', () => {
    const s = billSpread(only(0), 100, sigmas, uncorrelated, 1);
    expect([s.sd, s.p10, s.p90]).toEqual([0, 100, 100]);
  });
});

describe(cholesky, () => {
  it('factors a 2×2 correlation matrix', () => {
    // [[1, .5], [.5, 1]] = L Lᵀ with L = [[1, 0], [.5, √.75]]
    const l = cholesky([
      [1, 0.5],
      [0.5, 1],
    ]);
    expect(l[1]?.[0]).toBeCloseTo(0.5, 12);
    expect(l[1]?.[1]).toBeCloseTo(Math.sqrt(0.75), 12);
  });
});

describe(simulateBillSpread, () => {
  const corr = correlationMatrix(
    0.5,
    0.5,
    perVendor((id) => foundrySplit(id === 'specialist' ? 0 : 100, 0)),
  );
  const amounts = { nvidia: 50, amd: 10, custom: 20, hyperscaler: 15, specialist: 5 };
  const vols = { nvidia: 0.3, amd: 0.3, custom: 0.2, hyperscaler: 0.25, specialist: 0.4 };

  it('gives identical output for the same seed', () => {
    const a = simulateBillSpread(amounts, 10, vols, corr, 2, 2_000, mulberry32(42));
    const b = simulateBillSpread(amounts, 10, vols, corr, 2, 2_000, mulberry32(42));
    expect(a).toEqual(b);
  });
  it('agrees with the analytic spread within sampling error', () => {
    const simulated = simulateBillSpread(amounts, 10, vols, corr, 2, 40_000, mulberry32(7));
    const analytic = billSpread(amounts, 10, vols, corr, 2);
    expect(simulated.mean / analytic.mean).toBeCloseTo(1, 1);
    expect(Math.abs(simulated.sd / analytic.sd - 1)).toBeLessThan(0.03);
    expect(Math.abs(simulated.p10 / analytic.p10 - 1)).toBeLessThan(0.03);
    expect(Math.abs(simulated.p90 / analytic.p90 - 1)).toBeLessThan(0.03);
  });
});
