/**
 * Reads the projection, uncertainty, upstream and vendor's-side parameters out of a
 * scenario (display units → model units: percent → fraction, USD billions → USD).
 */
import { vendorInputId } from './input-specs';
import type { Scenario } from './scenario';
import { foundrySplit, hbmSplit, type FoundryShares, type HbmShares } from './upstream';
import { perVendor, type PerVendor } from './vendors';

export interface ProjectionParams {
  readonly startYear: number;
  /** Years after the start year that are projected (the projection has horizon + 1 rows). */
  readonly horizon: number;
  /** The year the by-year panels show, clamped into [startYear, startYear + horizon]. */
  readonly selectedYear: number;
  /** Yearly growth of the inference load, fraction. */
  readonly demandGrowth: number;
  /** Yearly growth of the compute budget, fraction. */
  readonly spendGrowth: number;
  /** Yearly fall in cost per token of each class's new hardware, fraction. */
  readonly pricePerf: PerVendor<number>;
  /** First year each class is available in volume. */
  readonly volumeYears: PerVendor<number>;
}

/** Projection parameters of a scenario. */
export function projectionParams(scenario: Scenario): ProjectionParams {
  const startYear = Math.round(scenario.startYear);
  const horizon = Math.max(0, Math.round(scenario.horizon));
  return {
    startYear,
    horizon,
    selectedYear: Math.min(startYear + horizon, Math.max(startYear, Math.round(scenario.year))),
    demandGrowth: scenario.demandGrowth / 100,
    spendGrowth: scenario.spendGrowth / 100,
    pricePerf: perVendor((id) => scenario[vendorInputId('pricePerf', id)] / 100),
    volumeYears: perVendor((id) => scenario[vendorInputId('volumeYear', id)]),
  };
}

export interface UncertaintyParams {
  /** Yearly price volatility (σ of the log price change) per class. */
  readonly volatility: PerVendor<number>;
  /** Correlation of price moves between any two classes, 0–1. */
  readonly correlation: number;
  /** Share of a class's own price risk that comes from its foundry, 0–1. */
  readonly foundryCommonMode: number;
  readonly foundries: PerVendor<FoundryShares>;
  readonly hbm: HbmShares;
  /** Yearly probability that one vendor class is disrupted, and the share of its capacity lost. */
  readonly vendorDisruptionProb: number;
  readonly vendorDisruptionSize: number;
  /** Yearly probability that one foundry is disrupted, and the share of its output lost. */
  readonly foundryDisruptionProb: number;
  readonly foundryDisruptionSize: number;
}

/** Uncertainty and upstream-supply parameters of a scenario. */
export function uncertaintyParams(scenario: Scenario): UncertaintyParams {
  return {
    volatility: perVendor((id) => scenario[vendorInputId('volatility', id)] / 100),
    correlation: scenario.correlation / 100,
    foundryCommonMode: scenario.foundryCommonMode / 100,
    foundries: perVendor((id) =>
      foundrySplit(scenario[vendorInputId('tsmc', id)], scenario[vendorInputId('samsung', id)]),
    ),
    hbm: hbmSplit(scenario['hbm.skhynix'], scenario['hbm.samsung']),
    vendorDisruptionProb: scenario.vendorDisruptionProb / 100,
    vendorDisruptionSize: scenario.vendorDisruptionSize / 100,
    foundryDisruptionProb: scenario.foundryDisruptionProb / 100,
    foundryDisruptionSize: scenario.foundryDisruptionSize / 100,
  };
}

export interface VendorSideParams {
  /** Nvidia data-center revenue in FY2026 (≈ calendar 2025), USD. */
  readonly nvidiaDcRevenueUsd: number;
  /** Yearly growth of Nvidia's data-center revenue after FY2026, fraction. */
  readonly nvidiaDcGrowth: number;
  /** Share of all-in capex that is the vendor's revenue, fraction. */
  readonly vendorContent: number;
  /** Nvidia's investment in the buyer: cap, USD, and amount released per GW deployed, USD/GW. */
  readonly investmentCapUsd: number;
  readonly investmentPerGwUsd: number;
  /** Vendor gross margin per class, fraction. */
  readonly margins: PerVendor<number>;
}

/** Vendor's-side parameters of a scenario. */
export function vendorSideParams(scenario: Scenario): VendorSideParams {
  return {
    nvidiaDcRevenueUsd: scenario.nvidiaDcRevenue * 1e9,
    nvidiaDcGrowth: scenario.nvidiaDcGrowth / 100,
    vendorContent: scenario.vendorContent / 100,
    investmentCapUsd: scenario.nvidiaInvestment * 1e9,
    investmentPerGwUsd: scenario.investmentPerGw * 1e9,
    margins: perVendor((id) => scenario[vendorInputId('margin', id)] / 100),
  };
}
