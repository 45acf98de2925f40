/**
 * Unit economics of one accelerator and of a spend mix.
 * Method: total cost of ownership per year (capital recovered over the life at the
 * cost of capital, plus energy, plus operations), divided by the tokens the
 * accelerator serves in a year.
 */
import {
  HOURS_PER_YEAR,
  SECONDS_PER_YEAR,
  tokensPerYear,
  usdPerMillionTokens,
  usdPerYear,
  type TokensPerYear,
  type UsdPerMillionTokens,
  type UsdPerYear,
} from './units';
import { VENDOR_IDS, type PerVendor } from './vendors';

export interface AcceleratorEconomics {
  /** All-in capital cost per accelerator (chip, its share of system, network and facility), USD. */
  readonly capexUsd: number;
  /** All-in IT power per accelerator (chip plus host, network share), kW, before PUE. */
  readonly powerKw: number;
  /** Peak inference throughput on the reference workload (MLPerf Llama 2 70B, server), tokens/s. */
  readonly throughputTokensPerSecond: number;
  /** Depreciation life, years (> 0). */
  readonly lifeYears: number;
}

export interface SiteEconomics {
  /** Electricity price, USD per kWh. */
  readonly electricityUsdPerKwh: number;
  /** Power usage effectiveness, facility power / IT power (≥ 1). */
  readonly pue: number;
  /** Operations (staff, maintenance, spares, network) per year, as a fraction of capex. */
  readonly operationsShareOfCapex: number;
  /** Fraction of benchmark throughput realized over a year, 0–1. */
  readonly utilization: number;
  /** Compute per served token relative to the reference workload (1 = Llama 2 70B; > 1 = heavier models). */
  readonly workloadIntensity: number;
  /** Yearly cost of capital, fraction (0.08 = 8%); 0 gives straight-line depreciation. */
  readonly costOfCapital: number;
}

/**
 * Capital recovery factor, 1/year: the level yearly payment that repays one dollar of
 * capex over `lifeYears` at interest `rate` — r / (1 − (1 + r)^−n), the standard annuity
 * formula (any engineering-economics text). At r = 0 it is 1/n (straight-line
 * depreciation, no residual value). Valid for r ≥ 0 and n > 0; increasing in r,
 * decreasing in n.
 */
export function capitalRecoveryFactor(rate: number, lifeYears: number): number {
  if (rate <= 1e-9) return 1 / lifeYears;
  return rate / (1 - (1 + rate) ** -lifeYears);
}

/**
 * Energy cost of one accelerator for a year of continuous operation, USD/year.
 * = power (kW) × PUE × 8,760 h × price (USD/kWh). Inference fleets run around the
 * clock; idle power is not modelled separately.
 */
export function annualEnergyCost(powerKw: number, site: SiteEconomics): UsdPerYear {
  return usdPerYear(powerKw * site.pue * HOURS_PER_YEAR * site.electricityUsdPerKwh);
}

/**
 * Annualized cost of owning one accelerator, USD/year, ≥ 0:
 * capex × CRF(cost of capital, life) + energy + operations share × capex.
 * No residual value at the end of the life (see docs/MODEL.md, "what a critic would attack").
 */
export function annualizedCostPerAccelerator(chip: AcceleratorEconomics, site: SiteEconomics): UsdPerYear {
  const depreciation = chip.capexUsd * capitalRecoveryFactor(site.costOfCapital, chip.lifeYears);
  const operations = chip.capexUsd * site.operationsShareOfCapex;
  return usdPerYear(depreciation + annualEnergyCost(chip.powerKw, site) + operations);
}

/**
 * Tokens one accelerator serves in a year of the scenario's workload, tokens/year:
 * throughput × utilization ÷ workload intensity × seconds per year.
 */
export function tokensPerYearPerAccelerator(chip: AcceleratorEconomics, site: SiteEconomics): TokensPerYear {
  return tokensPerYear(
    (chip.throughputTokensPerSecond * site.utilization * SECONDS_PER_YEAR) / site.workloadIntensity,
  );
}

/** Cost per million tokens from a yearly cost and yearly token volume, USD per 1M tokens. */
export function costPerMillionTokens(cost: UsdPerYear, tokens: TokensPerYear): UsdPerMillionTokens {
  return usdPerMillionTokens(tokens > 0 ? (cost / tokens) * 1e6 : Number.POSITIVE_INFINITY);
}

/** Hardware cost per million tokens for one accelerator class, excluding design (NRE) cost. */
export function acceleratorCostPerMillionTokens(
  chip: AcceleratorEconomics,
  site: SiteEconomics,
): UsdPerMillionTokens {
  return costPerMillionTokens(
    annualizedCostPerAccelerator(chip, site),
    tokensPerYearPerAccelerator(chip, site),
  );
}

/**
 * Hardware cost per million tokens of a spend mix, USD per 1M tokens.
 * A dollar split by `shares` buys Σ shareᵢ / costᵢ million tokens, so the blended
 * cost is the share-weighted harmonic mean: 1 / Σ (shareᵢ / costᵢ).
 * `shares` are fractions summing to 1.
 */
export function mixCostPerMillionTokens(
  shares: PerVendor<number>,
  costs: PerVendor<UsdPerMillionTokens>,
): UsdPerMillionTokens {
  let millionTokensPerDollar = 0;
  for (const id of VENDOR_IDS) {
    if (shares[id] > 0) millionTokensPerDollar += shares[id] / costs[id];
  }
  return usdPerMillionTokens(
    millionTokensPerDollar > 0 ? 1 / millionTokensPerDollar : Number.POSITIVE_INFINITY,
  );
}

/**
 * Yearly design cost of a custom-silicon programme, USD/year: NRE per generation
 * spread over the generation cadence. Paid in full whenever the custom share is
 * above zero (a chip cannot be half designed).
 */
export function annualDesignCost(nreUsd: number, cadenceYears: number, customShare: number): UsdPerYear {
  return usdPerYear(customShare > 0 ? nreUsd / cadenceYears : 0);
}

/**
 * Cost per million tokens of serving `tokens` a year with a fleet sized to that load,
 * USD per 1M tokens: hardware cost of the mix plus the design cost spread over the volume.
 * Falls as volume grows; this is the cost curve.
 */
export function costPerMillionTokensAtVolume(
  hardware: UsdPerMillionTokens,
  designCost: UsdPerYear,
  tokens: TokensPerYear,
): UsdPerMillionTokens {
  return usdPerMillionTokens(hardware + (tokens > 0 ? (designCost / tokens) * 1e6 : 0));
}
