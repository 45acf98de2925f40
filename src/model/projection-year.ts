/**
 * One year of the projection: the mix's economics plus that year's energy, purchases,
 * vendor revenue and margin, Nvidia's exposure to the buyer and the investment released.
 */
import type { AcceleratorEconomics, SiteEconomics } from './cost';
import { hhi } from './concentration';
import { energyCostPerYear, gwToServe, tokensPerKwh, twhPerYear } from './energy';
import type { MixEconomics } from './mix-economics';
import type { VendorSideParams } from './parameters';
import type { BillSpread } from './predictability';
import { trillionPerDayFromTokensPerYear, type TokensPerYear, type UsdPerYear } from './units';
import {
  customerShareOfRevenue,
  financedShare,
  grossMarginPaid,
  investmentReleased,
  nvidiaDcRevenueInYear,
  yearlyPurchases,
} from './vendor-side';
import { VENDOR_IDS, perVendor, sumPerVendor, type PerVendor, type VendorId } from './vendors';

export interface ProjectionYear {
  readonly year: number;
  readonly yearsFromStart: number;
  /** Inference load, trillion tokens/day. */
  readonly loadTrillionPerDay: number;
  /** Compute budget, USD/year. */
  readonly budgetUsd: number;
  /** Spend shares bought this year (unavailable classes redistributed), fractions summing to 1. */
  readonly shares: PerVendor<number>;
  /** Classes in the plan that are not yet in volume this year. */
  readonly unavailable: readonly VendorId[];
  /** Hardware cost per million tokens per class (this year's hardware), USD. */
  readonly vendorCostPerMillionTokens: PerVendor<number>;
  readonly costPerMillionTokens: number;
  readonly designCostUsd: number;
  readonly inferenceBillUsd: number;
  /** Inference bill ÷ budget (may exceed 1). */
  readonly shareOfBudget: number;
  /** Budget left for training and research, USD/year (≥ 0). */
  readonly remainingBudgetUsd: number;
  readonly capacityTrillionPerDay: number;
  readonly capacityGapTrillionPerDay: number;
  readonly spendToCloseGapUsd: number;
  /** Vendor HHI of this year's shares, 0–10,000. */
  readonly hhi: number;
  /** Facility power per class and in total, GW. */
  readonly powerGw: PerVendor<number>;
  readonly totalPowerGw: number;
  /** Facility GW needed to serve this year's load with this year's mix. */
  readonly gwToServeLoad: number;
  readonly twhPerYear: number;
  readonly energyCostUsd: number;
  readonly tokensPerKwh: PerVendor<number>;
  /** All-in capex of the fleet the budget sustains, per class, USD. */
  readonly fleetCapexUsd: PerVendor<number>;
  /** Hardware bought this year per class (replacement + expansion), all-in USD. */
  readonly purchasesUsd: PerVendor<number>;
  /** Vendor revenue from the buyer per class (purchases × vendor content), USD. */
  readonly vendorRevenueUsd: PerVendor<number>;
  /** Gross margin paid to each vendor, USD. */
  readonly marginPaidUsd: PerVendor<number>;
  readonly nvidiaDcRevenueUsd: number;
  /** Buyer's Nvidia spend ÷ Nvidia data-center revenue. */
  readonly nvidiaRevenueShare: number;
  /** New Nvidia GW deployed this year. */
  readonly newNvidiaGw: number;
  readonly investmentReleasedUsd: number;
  readonly cumulativeInvestmentUsd: number;
  /** This year's investment ÷ the buyer's Nvidia spend this year. */
  readonly financedShare: number;
  /** Spread of this year's inference bill after (years from start + 1) years of price moves. */
  readonly spread: BillSpread;
}

export interface PreviousYear {
  /** Last year's fleet capex per class, USD. */
  readonly fleetCapexUsd: PerVendor<number>;
  readonly nvidiaGw: number;
  readonly cumulativeInvestmentUsd: number;
}

export interface YearInputs {
  readonly year: number;
  readonly yearsFromStart: number;
  readonly budget: UsdPerYear;
  readonly loadTokens: TokensPerYear;
  readonly shares: PerVendor<number>;
  readonly unavailable: readonly VendorId[];
  readonly chips: PerVendor<AcceleratorEconomics>;
  readonly site: SiteEconomics;
  readonly designCost: UsdPerYear;
  readonly mix: MixEconomics;
  /** Last year's fleet, or null in the start year (then last year = this year ÷ (1 + spend growth)). */
  readonly previous: PreviousYear | null;
  readonly spendGrowth: number;
  readonly vendorSide: VendorSideParams;
}

/** Builds a projection row (without its spread, which needs the correlation matrix). */
export function buildProjectionYear(input: YearInputs): Omit<ProjectionYear, 'spread'> {
  const { mix, chips, site, shares, vendorSide, budget } = input;
  const fleetCapexUsd = perVendor((id) => mix.fleet.accelerators[id] * chips[id].capexUsd);
  // In the start year, last year's fleet is taken as this year's scaled back by budget growth.
  const backfill = 1 / (1 + input.spendGrowth);
  const purchasesUsd = perVendor((id) =>
    yearlyPurchases(
      fleetCapexUsd[id],
      input.previous ? input.previous.fleetCapexUsd[id] : fleetCapexUsd[id] * backfill,
      chips[id].lifeYears,
    ),
  );
  const vendorRevenueUsd = perVendor((id) => purchasesUsd[id] * vendorSide.vendorContent);
  const powerGw = perVendor((id) => mix.fleet.powerGw[id]);
  const nvidiaDcRevenueUsd = nvidiaDcRevenueInYear(
    vendorSide.nvidiaDcRevenueUsd,
    vendorSide.nvidiaDcGrowth,
    input.year,
  );
  const lastNvidiaGw = input.previous ? input.previous.nvidiaGw : powerGw.nvidia * backfill;
  const newNvidiaGw = Math.max(0, powerGw.nvidia - lastNvidiaGw);
  const releasedSoFar = input.previous?.cumulativeInvestmentUsd ?? 0;
  const released = investmentReleased(
    vendorSide.investmentPerGwUsd,
    newNvidiaGw,
    vendorSide.investmentCapUsd,
    releasedSoFar,
  );
  const totalPowerGw = sumPerVendor(powerGw);
  return {
    year: input.year,
    yearsFromStart: input.yearsFromStart,
    loadTrillionPerDay: trillionPerDayFromTokensPerYear(input.loadTokens),
    budgetUsd: budget,
    shares,
    unavailable: input.unavailable,
    vendorCostPerMillionTokens: perVendor((id) => mix.costs[id]),
    costPerMillionTokens: mix.costPerMillionTokens,
    designCostUsd: input.designCost,
    inferenceBillUsd: mix.bill,
    shareOfBudget: mix.bill / budget,
    remainingBudgetUsd: Math.max(0, budget - mix.bill),
    capacityTrillionPerDay: trillionPerDayFromTokensPerYear(mix.capacityTokens),
    capacityGapTrillionPerDay: trillionPerDayFromTokensPerYear(mix.gap),
    spendToCloseGapUsd: mix.spendToCloseGap,
    hhi: hhi(VENDOR_IDS.map((id) => shares[id])),
    powerGw,
    totalPowerGw,
    gwToServeLoad: gwToServe(input.loadTokens, shares, mix.costs, chips, site),
    twhPerYear: twhPerYear(totalPowerGw),
    energyCostUsd: energyCostPerYear(totalPowerGw, site.electricityUsdPerKwh),
    tokensPerKwh: perVendor((id) => tokensPerKwh(chips[id], site)),
    fleetCapexUsd,
    purchasesUsd,
    vendorRevenueUsd,
    marginPaidUsd: perVendor((id) => grossMarginPaid(vendorRevenueUsd[id], vendorSide.margins[id])),
    nvidiaDcRevenueUsd,
    nvidiaRevenueShare: customerShareOfRevenue(vendorRevenueUsd.nvidia, nvidiaDcRevenueUsd),
    newNvidiaGw,
    investmentReleasedUsd: released,
    cumulativeInvestmentUsd: releasedSoFar + released,
    financedShare: financedShare(released, vendorRevenueUsd.nvidia),
  };
}
