/**
 * Cost predictability: how much the yearly bill can move when vendor prices move.
 *
 * Each class's price multiplier is lognormal with mean 1 and log-volatility σᵥ√T after
 * T years; two classes' log moves have correlation ρᵢⱼ. The bill's mean and variance
 * are exact under that model (lognormal moments); its percentiles come from a lognormal
 * with the same mean and variance (Fenton–Wilkinson, 1960), which monte-carlo.ts checks.
 */
import { foundryOverlap, type FoundryShares } from './upstream';
import { VENDOR_IDS, type PerVendor } from './vendors';

/** Standard normal quantiles used for the fan (Φ⁻¹ of 0.10, 0.25, 0.75, 0.90). */
export const Z_10 = -1.2815515655446004;
export const Z_25 = -0.6744897501960817;

/**
 * Correlation of two classes' price moves, 0–1:
 * ρᵢⱼ = ρ + (1 − ρ) × c × overlapᵢⱼ, where ρ is the market-wide correlation, c the
 * share of a class's own risk that comes from its foundry, and overlapᵢⱼ the chance
 * both are made at the same foundry. One shared foundry pushes correlation toward 1:
 * the common-mode risk diversification across vendors cannot remove.
 * The matrix this builds is positive semi-definite (a sum of a constant matrix, a Gram
 * matrix and a non-negative diagonal).
 */
export function pairCorrelation(rho: number, commonMode: number, overlap: number): number {
  return rho + (1 - rho) * commonMode * overlap;
}

export type FoundryMode = 'asSourced' | 'separateFoundries';

/**
 * The 5×5 correlation matrix over VENDOR_IDS. `separateFoundries` pretends each class
 * had a foundry of its own (overlap 0 between classes): the benefit diversification
 * would bring if the supply chain were diversified too.
 */
export function correlationMatrix(
  rho: number,
  commonMode: number,
  foundries: PerVendor<FoundryShares>,
  mode: FoundryMode = 'asSourced',
): number[][] {
  return VENDOR_IDS.map((i) =>
    VENDOR_IDS.map((j) => {
      if (i === j) return 1;
      const overlap = mode === 'asSourced' ? foundryOverlap(foundries[i], foundries[j]) : 0;
      return pairCorrelation(rho, commonMode, overlap);
    }),
  );
}

export interface BillSpread {
  /** Expected bill, USD/year. */
  readonly mean: number;
  /** Standard deviation of the bill, USD/year. */
  readonly sd: number;
  /** sd / mean (0 when the mean is 0). */
  readonly cv: number;
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
}

/**
 * Spread of a bill made of a fixed part and per-class amounts exposed to price moves
 * over `years` years (≥ 0), USD/year:
 *   mean = fixed + Σ Bᵥ,   Var = Σᵢⱼ Bᵢ Bⱼ (exp(ρᵢⱼ σᵢ σⱼ T) − 1)
 * (the covariance of two mean-one lognormals). Percentiles from the lognormal with that
 * mean and variance: s² = ln(1 + Var/mean²), P_q = mean × exp(−s²/2 + z_q s).
 * `amounts` ≥ 0, `sigmas` ≥ 0, `corr` a correlation matrix over VENDOR_IDS.
 */
export function billSpread(
  amounts: PerVendor<number>,
  fixed: number,
  sigmas: PerVendor<number>,
  corr: readonly (readonly number[])[],
  years: number,
): BillSpread {
  return billSpreadFromFactors(amounts, fixed, covarianceFactors(sigmas, corr, years));
}

/**
 * The factors exp(ρᵢⱼ σᵢ σⱼ T) − 1 of the bill's covariance, over VENDOR_IDS. They do not
 * depend on the amounts, so a curve over many mixes computes them once.
 */
export function covarianceFactors(
  sigmas: PerVendor<number>,
  corr: readonly (readonly number[])[],
  years: number,
): number[][] {
  return VENDOR_IDS.map((i, a) =>
    VENDOR_IDS.map((j, b) => Math.expm1((corr[a]?.[b] ?? 0) * sigmas[i] * sigmas[j] * years)),
  );
}

/** billSpread with precomputed covariance factors (see covarianceFactors). */
export function billSpreadFromFactors(
  amounts: PerVendor<number>,
  fixed: number,
  factors: readonly (readonly number[])[],
): BillSpread {
  let variance = 0;
  let exposed = 0;
  for (let a = 0; a < VENDOR_IDS.length; a++) {
    const i = VENDOR_IDS[a];
    const row = factors[a];
    if (i === undefined || !row) continue;
    exposed += amounts[i];
    for (let b = 0; b < VENDOR_IDS.length; b++) {
      const j = VENDOR_IDS[b];
      if (j !== undefined) variance += amounts[i] * amounts[j] * (row[b] ?? 0);
    }
  }
  const mean = fixed + exposed;
  const sd = Math.sqrt(Math.max(0, variance));
  if (!(mean > 0)) return { mean: 0, sd: 0, cv: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0 };
  const s2 = Math.log1p((sd / mean) ** 2);
  const s = Math.sqrt(s2);
  const at = (z: number) => mean * Math.exp(-s2 / 2 + z * s);
  return {
    mean,
    sd,
    cv: sd / mean,
    p10: at(Z_10),
    p25: at(Z_25),
    p50: at(0),
    p75: at(-Z_25),
    p90: at(-Z_10),
  };
}
