/**
 * deriveOutputs: everything the KPI tiles and panels show, computed from a scenario.
 * Pure and cheap (a few hundred floating-point operations), so it runs on every
 * slider step.
 */
import { hhi, hhiBand, largestShare, type HhiBand } from './concentration';
import { annualDesignCost, annualizedCostPerAccelerator, tokensPerYearPerAccelerator } from './cost';
import { allAcceleratorEconomics, siteEconomics } from './economics';
import { mixEconomics } from './mix-economics';
import type { Scenario } from './scenario';
import { scenarioSpendShares } from './shares';
import {
  tokensPerYearFromTrillionPerDay,
  trillionPerDayFromTokensPerYear,
  trillionTokensPerDay,
  usdPerYear,
} from './units';
import { VENDOR_IDS, perVendor, sumPerVendor, type PerVendor } from './vendors';

export interface VendorOutputs {
  /** Share of spend, fraction 0–1. */
  readonly share: number;
  /** Annualized cost of one accelerator, USD/year. */
  readonly annualCostPerAccelerator: number;
  /** Hardware cost per million tokens, USD. */
  readonly costPerMillionTokens: number;
  /** Accelerators the budget buys. */
  readonly accelerators: number;
  /** Facility power, GW. */
  readonly powerGw: number;
  /** Capacity, trillion tokens/day. */
  readonly capacityTrillionPerDay: number;
  /** Tokens one accelerator serves per year of the scenario's workload. */
  readonly tokensPerYearPerAccelerator: number;
}

export interface ModelOutputs {
  readonly vendors: PerVendor<VendorOutputs>;
  /** Yearly custom-silicon design cost, USD/year (0 with no custom share). */
  readonly designCostUsdPerYear: number;
  /** Hardware cost per million tokens of the mix, USD. */
  readonly hardwareCostPerMillionTokens: number;
  /** Blended cost per million tokens at the chosen load, design cost included, USD. */
  readonly costPerMillionTokens: number;
  /** Yearly cost of serving the chosen load, USD/year. */
  readonly inferenceBillUsdPerYear: number;
  /** Inference bill as a fraction of the budget (may exceed 1). */
  readonly inferenceShareOfBudget: number;
  /** Budget left for training and research after inference, USD/year (≥ 0). */
  readonly remainingBudgetUsdPerYear: number;
  /** Capacity the budget buys, trillion tokens/day. */
  readonly capacityTrillionPerDay: number;
  /** Load the budget cannot serve, trillion tokens/day. */
  readonly capacityGapTrillionPerDay: number;
  /** Extra yearly spend needed to serve the gap, USD/year. */
  readonly spendToCloseGapUsdPerYear: number;
  /** Facility power of the fleet the budget buys, GW. */
  readonly fleetPowerGw: number;
  /** Capital cost of that fleet, USD. */
  readonly fleetCapexUsd: number;
  /** Vendor concentration of spend, 0–10,000. */
  readonly hhi: number;
  readonly hhiBand: HhiBand;
  /** Largest single vendor class's share of spend, fraction 0–1. */
  readonly largestShare: number;
  /** True when the design cost alone uses up the budget. */
  readonly designCostExceedsBudget: boolean;
}

/** Computes the headline outputs of a scenario. */
export function deriveOutputs(scenario: Scenario): ModelOutputs {
  const site = siteEconomics(scenario);
  const chips = allAcceleratorEconomics(scenario);
  const shares = scenarioSpendShares(scenario);
  const budget = usdPerYear(scenario.spend * 1e9);
  const loadTokens = tokensPerYearFromTrillionPerDay(trillionTokensPerDay(scenario.load));

  const designCost = annualDesignCost(scenario.customNre * 1e6, scenario.customCadence, shares.custom);
  const mix = mixEconomics({ budget, loadTokens, shares, chips, site, designCost });
  const { costs, hardware, fleet, capacityTokens, bill, gap } = mix;
  const shareList = VENDOR_IDS.map((id) => shares[id]);
  const concentration = hhi(shareList);

  return {
    vendors: perVendor((id) => ({
      share: shares[id],
      annualCostPerAccelerator: annualizedCostPerAccelerator(chips[id], site),
      costPerMillionTokens: costs[id],
      accelerators: fleet.accelerators[id],
      powerGw: fleet.powerGw[id],
      capacityTrillionPerDay: trillionPerDayFromTokensPerYear(fleet.capacity[id]),
      tokensPerYearPerAccelerator: tokensPerYearPerAccelerator(chips[id], site),
    })),
    designCostUsdPerYear: designCost,
    hardwareCostPerMillionTokens: hardware,
    costPerMillionTokens: mix.costPerMillionTokens,
    inferenceBillUsdPerYear: bill,
    inferenceShareOfBudget: bill / budget,
    remainingBudgetUsdPerYear: Math.max(0, budget - bill),
    capacityTrillionPerDay: trillionPerDayFromTokensPerYear(capacityTokens),
    capacityGapTrillionPerDay: trillionPerDayFromTokensPerYear(gap),
    spendToCloseGapUsdPerYear: mix.spendToCloseGap,
    fleetPowerGw: sumPerVendor(fleet.powerGw),
    fleetCapexUsd: fleet.capexUsd,
    hhi: concentration,
    hhiBand: hhiBand(concentration),
    largestShare: largestShare(shareList),
    designCostExceedsBudget: designCost >= budget,
  };
}
