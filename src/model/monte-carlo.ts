/**
 * A seeded Monte Carlo of the yearly bill under correlated lognormal price moves, used
 * to check the analytic spread in predictability.ts (not on screen: the analytic formula
 * is what the panels draw, because it is exact in mean and variance and ~1,000× faster).
 */
import { standardNormal, type Random } from './random';
import { VENDOR_IDS, type PerVendor } from './vendors';

/** Lower-triangular Cholesky factor L of a symmetric positive semi-definite matrix (A = L Lᵀ). */
export function cholesky(matrix: readonly (readonly number[])[]): number[][] {
  const n = matrix.length;
  const lower = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i]?.[j] ?? 0;
      for (let k = 0; k < j; k++) sum -= (lower[i]?.[k] ?? 0) * (lower[j]?.[k] ?? 0);
      const row = lower[i];
      if (!row) continue;
      if (i === j) row[j] = Math.sqrt(Math.max(0, sum));
      else {
        const diagonal = lower[j]?.[j] ?? 0;
        row[j] = diagonal > 1e-12 ? sum / diagonal : 0;
      }
    }
  }
  return lower;
}

export interface SimulatedSpread {
  readonly mean: number;
  readonly sd: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** The empirical q-quantile of sorted values (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/**
 * Simulates `draws` yearly bills: fixed + Σ Bᵥ exp(σᵥ√T Zᵥ − σᵥ²T/2) with Z ~ N(0, corr),
 * drawn from `random` (seeded: same seed, same result). Returns the sample mean, sd and
 * percentiles, USD/year.
 */
export function simulateBillSpread(
  amounts: PerVendor<number>,
  fixed: number,
  sigmas: PerVendor<number>,
  corr: readonly (readonly number[])[],
  years: number,
  draws: number,
  random: Random,
): SimulatedSpread {
  const lower = cholesky(corr);
  const n = VENDOR_IDS.length;
  const bills: number[] = [];
  const independent = new Array<number>(n).fill(0);
  let sum = 0;
  let sumSquares = 0;
  for (let d = 0; d < draws; d++) {
    for (let k = 0; k < n; k++) independent[k] = standardNormal(random);
    let bill = fixed;
    VENDOR_IDS.forEach((id, i) => {
      let z = 0;
      for (let k = 0; k <= i; k++) z += (lower[i]?.[k] ?? 0) * (independent[k] ?? 0);
      const s = sigmas[id] * Math.sqrt(years);
      bill += amounts[id] * Math.exp(s * z - (s * s) / 2);
    });
    bills.push(bill);
    sum += bill;
    sumSquares += bill * bill;
  }
  const mean = sum / draws;
  bills.sort((a, b) => a - b);
  return {
    mean,
    sd: Math.sqrt(Math.max(0, sumSquares / draws - mean * mean)),
    p10: quantile(bills, 0.1),
    p50: quantile(bills, 0.5),
    p90: quantile(bills, 0.9),
  };
}
