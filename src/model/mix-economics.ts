/**
 * The core evaluation shared by the snapshot (deriveOutputs) and every projection year:
 * given a budget, a load, spend shares and the accelerators' economics, what does the
 * load cost and what does the budget buy.
 */
import { capacityGap, fleetForBudget, inferenceBill, spendToCloseGap, type Fleet } from './budget';
import {
  acceleratorCostPerMillionTokens,
  costPerMillionTokensAtVolume,
  mixCostPerMillionTokens,
  type AcceleratorEconomics,
  type SiteEconomics,
} from './cost';
import { tokensPerYear, type TokensPerYear, type UsdPerMillionTokens, type UsdPerYear } from './units';
import { perVendor, sumPerVendor, type PerVendor } from './vendors';

export interface MixInputs {
  /** Yearly compute budget, USD/year (> 0). */
  readonly budget: UsdPerYear;
  /** Inference load, tokens/year. */
  readonly loadTokens: TokensPerYear;
  /** Spend shares per vendor class, fractions summing to 1. */
  readonly shares: PerVendor<number>;
  readonly chips: PerVendor<AcceleratorEconomics>;
  readonly site: SiteEconomics;
  /** Yearly custom-silicon design cost, USD/year. */
  readonly designCost: UsdPerYear;
}

export interface MixEconomics {
  /** Hardware cost per million tokens per class, USD. */
  readonly costs: PerVendor<UsdPerMillionTokens>;
  /** Hardware cost per million tokens of the mix (harmonic, share-weighted), USD. */
  readonly hardware: UsdPerMillionTokens;
  /** Cost per million tokens at the load, design cost included, USD. */
  readonly costPerMillionTokens: UsdPerMillionTokens;
  readonly fleet: Fleet;
  /** Capacity the budget buys, tokens/year. */
  readonly capacityTokens: TokensPerYear;
  /** Yearly cost of serving the load, USD/year (may exceed the budget). */
  readonly bill: UsdPerYear;
  /** Load the budget cannot serve, tokens/year. */
  readonly gap: TokensPerYear;
  /** Extra yearly spend that would serve the gap, USD/year (= bill − budget when positive). */
  readonly spendToCloseGap: UsdPerYear;
}

/** Evaluates a mix: per-class and blended cost, the fleet the budget buys, the bill and the gap. */
export function mixEconomics(input: MixInputs): MixEconomics {
  const { budget, loadTokens, shares, chips, site, designCost } = input;
  const costs = perVendor((id) => acceleratorCostPerMillionTokens(chips[id], site));
  const hardware = mixCostPerMillionTokens(shares, costs);
  const fleet = fleetForBudget(budget, designCost, shares, chips, site);
  const capacityTokens = tokensPerYear(sumPerVendor(fleet.capacity));
  const gap = capacityGap(loadTokens, capacityTokens);
  return {
    costs,
    hardware,
    costPerMillionTokens: costPerMillionTokensAtVolume(hardware, designCost, loadTokens),
    fleet,
    capacityTokens,
    bill: inferenceBill(loadTokens, hardware, designCost),
    gap,
    spendToCloseGap: spendToCloseGap(gap, hardware),
  };
}
