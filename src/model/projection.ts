/**
 * The year-by-year projection: from the start year over the horizon, the load and the
 * budget grow, each class's new hardware gets cheaper per token, and a class enters the
 * mix only from its volume year. Each year is evaluated like the snapshot (mixEconomics)
 * and carries the energy, vendor's-side and predictability figures of that year.
 */
import { sharesInYear, unavailableClasses } from './availability';
import { annualDesignCost, type AcceleratorEconomics } from './cost';
import { allAcceleratorEconomics, siteEconomics } from './economics';
import { mixEconomics } from './mix-economics';
import { projectionParams, uncertaintyParams, vendorSideParams } from './parameters';
import { billSpread, correlationMatrix } from './predictability';
import type { Scenario } from './scenario';
import { scenarioSpendShares } from './shares';
import { tokensPerYear, tokensPerYearFromTrillionPerDay, trillionTokensPerDay, usdPerYear } from './units';
import { DISCLOSURE_THRESHOLD } from './vendor-side';
import { perVendor, type PerVendor } from './vendors';
import { buildProjectionYear, type ProjectionYear, type PreviousYear } from './projection-year';

export type { ProjectionYear } from './projection-year';

export interface Projection {
  /** One row per year, start year to start year + horizon. */
  readonly years: readonly ProjectionYear[];
  /** The row of the selected year (the year selector, clamped into the window). */
  readonly selected: ProjectionYear;
  /** Nvidia's investment released over the whole projection ÷ the buyer's Nvidia spend over it. */
  readonly cumulativeFinancedShare: number;
  /** First year the buyer passes 10% of Nvidia's data-center revenue, or null. */
  readonly firstYearAboveDisclosure: number | null;
}

/**
 * Chips of year t: the same price and power, throughput × (1 + r)^t, so cost per token
 * and energy per token of new hardware both fall by (1 + r)^t.
 */
export function chipsInYear(
  chips: PerVendor<AcceleratorEconomics>,
  pricePerf: PerVendor<number>,
  yearsFromStart: number,
): PerVendor<AcceleratorEconomics> {
  return perVendor((id) => ({
    ...chips[id],
    throughputTokensPerSecond: chips[id].throughputTokensPerSecond * (1 + pricePerf[id]) ** yearsFromStart,
  }));
}

/** Projects a scenario year by year (horizon + 1 rows). */
export function deriveProjection(scenario: Scenario): Projection {
  const params = projectionParams(scenario);
  const uncertainty = uncertaintyParams(scenario);
  const vendorSide = vendorSideParams(scenario);
  const site = siteEconomics(scenario);
  const baseChips = allAcceleratorEconomics(scenario);
  const planned = scenarioSpendShares(scenario);
  const designCost = annualDesignCost(scenario.customNre * 1e6, scenario.customCadence, planned.custom);
  const corr = correlationMatrix(
    uncertainty.correlation,
    uncertainty.foundryCommonMode,
    uncertainty.foundries,
  );
  const baseLoad = tokensPerYearFromTrillionPerDay(trillionTokensPerDay(scenario.load));

  const years: ProjectionYear[] = [];
  let previous: PreviousYear | null = null;
  for (let t = 0; t <= params.horizon; t++) {
    const year = params.startYear + t;
    const shares = sharesInYear(planned, params.volumeYears, year);
    const unavailable = unavailableClasses(planned, params.volumeYears, year);
    const chips = chipsInYear(baseChips, params.pricePerf, t);
    const budget = usdPerYear(scenario.spend * 1e9 * (1 + params.spendGrowth) ** t);
    const loadTokens = tokensPerYear(baseLoad * (1 + params.demandGrowth) ** t);
    const mix = mixEconomics({
      budget,
      loadTokens,
      shares,
      chips,
      site,
      designCost,
    });
    const row = buildProjectionYear({
      year,
      yearsFromStart: t,
      budget,
      loadTokens,
      shares,
      unavailable,
      chips,
      site,
      designCost,
      mix,
      previous,
      spendGrowth: params.spendGrowth,
      vendorSide,
    });
    const exposed = perVendor((id) => shares[id] * Math.max(0, mix.bill - designCost));
    years.push({ ...row, spread: billSpread(exposed, designCost, uncertainty.volatility, corr, t + 1) });
    previous = {
      fleetCapexUsd: row.fleetCapexUsd,
      nvidiaGw: row.powerGw.nvidia,
      cumulativeInvestmentUsd: row.cumulativeInvestmentUsd,
    };
  }

  const selected = years.find((y) => y.year === params.selectedYear) ?? years[0];
  if (!selected) throw new Error('projection has no years');
  const released = years.reduce((sum, y) => sum + y.investmentReleasedUsd, 0);
  const nvidiaSpend = years.reduce((sum, y) => sum + y.vendorRevenueUsd.nvidia, 0);
  return {
    years,
    selected,
    cumulativeFinancedShare: nvidiaSpend > 0 ? released / nvidiaSpend : 0,
    firstYearAboveDisclosure: years.find((y) => y.nvidiaRevenueShare >= DISCLOSURE_THRESHOLD)?.year ?? null,
  };
}
