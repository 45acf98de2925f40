/**
 * Curves the panels draw: HHI as the Nvidia share sweeps 0–100%, and cost per
 * million tokens against inference load for contrasting strategies.
 */
import { costPerMillionTokensAtVolume, mixCostPerMillionTokens, annualDesignCost } from './cost';
import { hhi } from './concentration';
import { spendShares } from './shares';
import {
  tokensPerYearFromTrillionPerDay,
  trillionPerDayFromTokensPerYear,
  tokensPerYear,
  trillionTokensPerDay,
  type TrillionTokensPerDay,
  type UsdPerMillionTokens,
  type UsdPerYear,
} from './units';
import { VENDOR_IDS, type AlternativeId, type PerVendor } from './vendors';

export interface HhiSweepPoint {
  /** Nvidia share of spend, percent. */
  readonly nvidiaSharePct: number;
  readonly hhi: number;
}

/** HHI at each whole-percent Nvidia share from 0 to 100, with the alternatives mix held. */
export function hhiSweep(mix: Readonly<Record<AlternativeId, number>>, stepPct = 1): HhiSweepPoint[] {
  const points: HhiSweepPoint[] = [];
  for (let pct = 0; pct <= 100 + 1e-9; pct += stepPct) {
    const shares = spendShares(pct / 100, mix);
    points.push({ nvidiaSharePct: pct, hhi: hhi(VENDOR_IDS.map((id) => shares[id])) });
  }
  return points;
}

/** `count` load values spaced evenly on a log axis between `min` and `max` (T tokens/day). */
export function logLoadGrid(min: number, max: number, count: number): TrillionTokensPerDay[] {
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  return Array.from({ length: count }, (_, i) =>
    trillionTokensPerDay(10 ** (lo + ((hi - lo) * i) / (count - 1))),
  );
}

export interface Strategy {
  /** Spend shares per vendor class, fractions summing to 1. */
  readonly shares: PerVendor<number>;
  /** Hardware cost per million tokens of the mix (excluding design cost). */
  readonly hardware: UsdPerMillionTokens;
  /** Yearly design cost the strategy carries (non-zero when it buys custom silicon), USD/year. */
  readonly designCost: UsdPerYear;
}

/** Builds a strategy from its spend shares and the per-class hardware costs. */
export function strategy(
  shares: PerVendor<number>,
  costs: PerVendor<UsdPerMillionTokens>,
  nreUsd: number,
  cadenceYears: number,
): Strategy {
  return {
    shares,
    hardware: mixCostPerMillionTokens(shares, costs),
    designCost: annualDesignCost(nreUsd, cadenceYears, shares.custom),
  };
}

/** A strategy's cost per million tokens at a load (T tokens/day), USD per 1M tokens. */
export function strategyCostAtLoad(s: Strategy, load: TrillionTokensPerDay): UsdPerMillionTokens {
  return costPerMillionTokensAtVolume(s.hardware, s.designCost, tokensPerYearFromTrillionPerDay(load));
}

/**
 * Whether a strategy that builds is cheaper than one that buys at every load: its hardware
 * costs less per token and it carries no more design cost to pay back (a mix with no
 * custom silicon), so there is no break-even to reach. `breakEvenLoad` is then null too,
 * which alone would not tell "always cheaper" from "never cheaper". Costs that differ only
 * by float rounding (a part in a billion) count as equal, not as cheaper.
 */
export function cheaperAtEveryLoad(build: Strategy, buy: Strategy): boolean {
  return build.designCost <= buy.designCost && buy.hardware > build.hardware * (1 + SAME_COST_TOLERANCE);
}

/** Relative difference below which two costs per token are the same cost. */
const SAME_COST_TOLERANCE = 1e-9;

/**
 * Break-even load between a strategy that carries a design cost and one that does
 * not, T tokens/day: the load at which hardware savings repay the design cost,
 * L* = extra design cost / (buy hardware cost − build hardware cost) per token. `null` when building never
 * wins (its hardware is not cheaper) or carries no design cost.
 */
export function breakEvenLoad(build: Strategy, buy: Strategy): TrillionTokensPerDay | null {
  const extraDesign = build.designCost - buy.designCost;
  const savingPerMillion = buy.hardware - build.hardware;
  if (extraDesign <= 0 || !(savingPerMillion > 0) || !Number.isFinite(savingPerMillion)) return null;
  const tokens = (extraDesign / savingPerMillion) * 1e6;
  return trillionPerDayFromTokensPerYear(tokensPerYear(tokens));
}
