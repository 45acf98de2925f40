/**
 * The rows behind the predictability and upstream panels, derived from a scenario at
 * its planned mix (no projection effects): the diversification curve over the Nvidia
 * share, and concentration and supply risk at the vendor, foundry and HBM layers.
 */
import { acceleratorCostPerMillionTokens, annualDesignCost, mixCostPerMillionTokens } from './cost';
import { allAcceleratorEconomics, siteEconomics } from './economics';
import { mixEconomics } from './mix-economics';
import { uncertaintyParams } from './parameters';
import {
  billSpreadFromFactors,
  correlationMatrix,
  covarianceFactors,
  type BillSpread,
} from './predictability';
import type { Scenario } from './scenario';
import { alternativesMix, scenarioSpendShares, spendShares } from './shares';
import { supplyRisk, type SupplyRisk } from './supply-risk';
import {
  tokensPerYear,
  tokensPerYearFromTrillionPerDay,
  trillionPerDayFromTokensPerYear,
  trillionTokensPerDay,
  usdPerYear,
} from './units';
import { upstreamConcentration, type UpstreamConcentration } from './upstream';
import { perVendor, sumPerVendor, type PerVendor } from './vendors';

export interface DiversificationPoint {
  /** Nvidia share of spend, percent. */
  readonly nvidiaSharePct: number;
  /** Coefficient of variation of the year-ahead bill with the sourced foundries (sd ÷ mean). */
  readonly cvAsSourced: number;
  /** The same if every class had a foundry of its own. */
  readonly cvSeparate: number;
}

export interface Diversification {
  readonly points: readonly DiversificationPoint[];
  /** The spread of the year-ahead bill at the scenario's own Nvidia share. */
  readonly current: BillSpread;
  readonly currentSeparate: BillSpread;
  /** The least spread on each curve: where diversifying further stops helping. */
  readonly lowest: DiversificationPoint;
  readonly lowestSeparate: DiversificationPoint;
}

/**
 * Spread of next year's hardware bill (what the buyer pays vendors for the load, T = 1
 * year of price moves) as the Nvidia share sweeps 0–100% in `stepPct` steps, alternatives
 * mix held; one curve with the sourced foundry shares, one as if each class had its own
 * foundry. The custom-silicon design cost is left out: it is not a vendor price, and
 * because any custom share carries all of it, including it would put a kink in the curve
 * at 100% Nvidia that says nothing about diversification.
 */
export function deriveDiversification(scenario: Scenario, stepPct = 2): Diversification {
  const site = siteEconomics(scenario);
  const chips = allAcceleratorEconomics(scenario);
  const costs = perVendor((id) => acceleratorCostPerMillionTokens(chips[id], site));
  const u = uncertaintyParams(scenario);
  const matrix = (mode: 'asSourced' | 'separateFoundries') =>
    covarianceFactors(
      u.volatility,
      correlationMatrix(u.correlation, u.foundryCommonMode, u.foundries, mode),
      1,
    );
  const sourced = matrix('asSourced');
  const separate = matrix('separateFoundries');
  const load = tokensPerYearFromTrillionPerDay(trillionTokensPerDay(scenario.load));
  const mix = alternativesMix(scenario);
  const spreadsAt = (shares: PerVendor<number>) => {
    const hardwareBill = (load / 1e6) * mixCostPerMillionTokens(shares, costs);
    const amounts = perVendor((id) => shares[id] * hardwareBill);
    return {
      asSourced: billSpreadFromFactors(amounts, 0, sourced),
      separate: billSpreadFromFactors(amounts, 0, separate),
    };
  };
  const points: DiversificationPoint[] = [];
  for (let pct = 0; pct <= 100 + 1e-9; pct += stepPct) {
    const s = spreadsAt(spendShares(pct / 100, mix));
    points.push({ nvidiaSharePct: pct, cvAsSourced: s.asSourced.cv, cvSeparate: s.separate.cv });
  }
  const current = spreadsAt(scenarioSpendShares(scenario));
  const [first] = points;
  if (!first) throw new Error('diversification step must be positive and at most 100');
  const minBy = (key: 'cvAsSourced' | 'cvSeparate') =>
    points.reduce((best, p) => (p[key] < best[key] - 1e-12 ? p : best), first);
  return {
    points,
    current: current.asSourced,
    currentSeparate: current.separate,
    lowest: minBy('cvAsSourced'),
    lowestSeparate: minBy('cvSeparate'),
  };
}

export const UPSTREAM_PLANS = ['allNvidia', 'currentMix', 'evenSplit'] as const;
export type UpstreamPlan = (typeof UPSTREAM_PLANS)[number];

export interface Upstream {
  /** Concentration at each layer for all-Nvidia, the current mix and an even five-way split. */
  readonly plans: Record<UpstreamPlan, UpstreamConcentration>;
  /** Supply risk of the fleet the budget buys at the current mix. */
  readonly risk: SupplyRisk;
  /** Capacity of that fleet, trillion tokens/day (to turn risk shares into tokens). */
  readonly capacityTrillionPerDay: number;
}

/** Upstream concentration for three plans and the current plan's supply risk. */
export function deriveUpstream(scenario: Scenario): Upstream {
  const u = uncertaintyParams(scenario);
  const planned = scenarioSpendShares(scenario);
  const site = siteEconomics(scenario);
  const chips = allAcceleratorEconomics(scenario);
  const design = annualDesignCost(scenario.customNre * 1e6, scenario.customCadence, planned.custom);
  const econ = mixEconomics({
    budget: usdPerYear(scenario.spend * 1e9),
    loadTokens: tokensPerYearFromTrillionPerDay(trillionTokensPerDay(scenario.load)),
    shares: planned,
    chips,
    site,
    designCost: design,
  });
  const total = sumPerVendor(econ.fleet.capacity);
  const capacityShares = perVendor((id) => (total > 0 ? econ.fleet.capacity[id] / total : planned[id]));
  const even = perVendor(() => 0.2);
  return {
    plans: {
      allNvidia: upstreamConcentration(spendShares(1, alternativesMix(scenario)), u.foundries, u.hbm),
      currentMix: upstreamConcentration(planned, u.foundries, u.hbm),
      evenSplit: upstreamConcentration(even, u.foundries, u.hbm),
    },
    risk: supplyRisk(capacityShares, u.foundries, {
      vendorProb: u.vendorDisruptionProb,
      vendorSize: u.vendorDisruptionSize,
      foundryProb: u.foundryDisruptionProb,
      foundrySize: u.foundryDisruptionSize,
    }),
    capacityTrillionPerDay: trillionPerDayFromTokensPerYear(tokensPerYear(total)),
  };
}
