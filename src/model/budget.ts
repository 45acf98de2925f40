/**
 * What a yearly compute budget buys: the fleet per vendor class, its power and
 * capacity, and how the chosen inference load fits in it.
 *
 * The budget is a yearly cost (depreciation + energy + operations), not yearly capex.
 * The custom-silicon design cost comes off the top; the rest buys hardware in the
 * proportions of the spend shares.
 */
import {
  annualizedCostPerAccelerator,
  tokensPerYearPerAccelerator,
  type AcceleratorEconomics,
  type SiteEconomics,
} from './cost';
import {
  gigawatts,
  tokensPerYear,
  usdPerYear,
  type Gigawatts,
  type TokensPerYear,
  type UsdPerYear,
} from './units';
import { VENDOR_IDS, perVendor, type PerVendor } from './vendors';

export interface Fleet {
  /** Accelerators per vendor class (count; fractional for smoothness). */
  readonly accelerators: PerVendor<number>;
  /** Facility power per vendor class, GW (IT power × PUE). */
  readonly powerGw: PerVendor<Gigawatts>;
  /** Inference capacity per vendor class, tokens per year of the scenario's workload. */
  readonly capacity: PerVendor<TokensPerYear>;
  /** Capital cost of the whole fleet, USD. */
  readonly capexUsd: number;
  /** The hardware budget left after the design cost, USD/year (≥ 0). */
  readonly hardwareBudget: UsdPerYear;
}

/**
 * The fleet a yearly budget buys, per vendor class:
 * acceleratorsᵢ = shareᵢ × (budget − design cost) / annualized costᵢ.
 */
export function fleetForBudget(
  budget: UsdPerYear,
  designCost: UsdPerYear,
  shares: PerVendor<number>,
  chips: PerVendor<AcceleratorEconomics>,
  site: SiteEconomics,
): Fleet {
  const hardwareBudget = usdPerYear(Math.max(0, budget - designCost));
  const accelerators = perVendor(
    (id) => (shares[id] * hardwareBudget) / annualizedCostPerAccelerator(chips[id], site),
  );
  const powerGw = perVendor((id) => gigawatts((accelerators[id] * chips[id].powerKw * site.pue) / 1e6));
  const capacity = perVendor((id) =>
    tokensPerYear(accelerators[id] * tokensPerYearPerAccelerator(chips[id], site)),
  );
  const capexUsd = VENDOR_IDS.reduce((sum, id) => sum + accelerators[id] * chips[id].capexUsd, 0);
  return { accelerators, powerGw, capacity, capexUsd, hardwareBudget };
}

/**
 * Yearly cost of serving an inference load with a fleet sized to it, USD/year:
 * design cost + load × hardware cost per token.
 */
export function inferenceBill(
  loadTokens: TokensPerYear,
  hardwareUsdPerMillionTokens: number,
  designCost: UsdPerYear,
): UsdPerYear {
  return usdPerYear(designCost + (loadTokens / 1e6) * hardwareUsdPerMillionTokens);
}

/** Load the budget cannot serve, tokens/year (0 when the budget covers the load). */
export function capacityGap(loadTokens: TokensPerYear, capacityTokens: TokensPerYear): TokensPerYear {
  return tokensPerYear(Math.max(0, loadTokens - capacityTokens));
}

/** Extra yearly spend needed to serve a capacity gap at the mix's hardware cost, USD/year. */
export function spendToCloseGap(gapTokens: TokensPerYear, hardwareUsdPerMillionTokens: number): UsdPerYear {
  return usdPerYear((gapTokens / 1e6) * hardwareUsdPerMillionTokens);
}
