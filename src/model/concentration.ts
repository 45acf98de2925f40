/**
 * Supplier concentration: the Herfindahl–Hirschman index and the bands of the
 * 2023 US Merger Guidelines (DOJ/FTC, 18 Dec 2023, §2.1): below 1,000 unconcentrated,
 * 1,000–1,800 moderately concentrated, above 1,800 highly concentrated.
 */
import { hhiPoints, type Hhi } from './units';

export const HHI_MAX = 10_000;
export const HHI_MODERATE_FROM = 1_000;
export const HHI_HIGH_ABOVE = 1_800;

export type HhiBand = 'unconcentrated' | 'moderatelyConcentrated' | 'highlyConcentrated';

/**
 * HHI of a set of market shares, 0–10,000: Σ (shareᵢ × 100)².
 * `shares` are fractions (0–1) summing to 1; with n suppliers the result lies in
 * [10,000 / n, 10,000].
 */
export function hhi(shares: readonly number[]): Hhi {
  return hhiPoints(shares.reduce((sum, s) => sum + (s * 100) ** 2, 0));
}

/** The 2023 Merger Guidelines band of an HHI value. */
export function hhiBand(value: number): HhiBand {
  if (value > HHI_HIGH_ABOVE) return 'highlyConcentrated';
  if (value >= HHI_MODERATE_FROM) return 'moderatelyConcentrated';
  return 'unconcentrated';
}

/** The largest single share in a set of shares (fraction 0–1). */
export function largestShare(shares: readonly number[]): number {
  return shares.reduce((max, s) => Math.max(max, s), 0);
}
