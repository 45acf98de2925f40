/**
 * The rows behind the cost-curve and concentration panels, derived from a scenario.
 */
import { acceleratorCostPerMillionTokens } from './cost';
import {
  breakEvenLoad,
  cheaperAtEveryLoad,
  hhiSweep,
  logLoadGrid,
  strategy,
  strategyCostAtLoad,
  type HhiSweepPoint,
} from './curves';
import { allAcceleratorEconomics, siteEconomics } from './economics';
import { specFor } from './input-specs';
import type { Scenario } from './scenario';
import { alternativesMix, scenarioSpendShares, spendShares } from './shares';
import { trillionTokensPerDay } from './units';
import { perVendor } from './vendors';

export const COST_CURVE_STRATEGIES = ['allNvidia', 'currentMix', 'allAlternatives'] as const;
export type CostCurveStrategy = (typeof COST_CURVE_STRATEGIES)[number];

export interface CostCurveRow {
  /** Inference load, trillion tokens/day. */
  readonly load: number;
  readonly allNvidia: number;
  readonly currentMix: number;
  readonly allAlternatives: number;
}

export interface CostCurves {
  readonly rows: CostCurveRow[];
  /** Cost per million tokens of each strategy at the scenario's load, USD. */
  readonly atLoad: Record<CostCurveStrategy, number>;
  /** Load above which all-alternatives beats all-Nvidia, T tokens/day, or null. */
  readonly breakEvenAlternatives: number | null;
  /** All-alternatives is cheaper than all-Nvidia at every load (no break-even to reach). */
  readonly alternativesAlwaysCheaper: boolean;
  /** Load above which the current mix beats all-Nvidia, T tokens/day, or null. */
  readonly breakEvenCurrentMix: number | null;
}

/** Number of points on the cost curve: about one per 8 px on a laptop-width chart. */
export const COST_CURVE_POINTS = 81;

/** Cost per million tokens against load (log grid over the slider's range) for three strategies. */
export function deriveCostCurves(scenario: Scenario): CostCurves {
  const site = siteEconomics(scenario);
  const chips = allAcceleratorEconomics(scenario);
  const costs = perVendor((id) => acceleratorCostPerMillionTokens(chips[id], site));
  const nre = scenario.customNre * 1e6;
  const cadence = scenario.customCadence;
  const mix = alternativesMix(scenario);
  const strategies = {
    allNvidia: strategy(spendShares(1, mix), costs, nre, cadence),
    currentMix: strategy(scenarioSpendShares(scenario), costs, nre, cadence),
    allAlternatives: strategy(spendShares(0, mix), costs, nre, cadence),
  };
  const loadSpec = specFor('load');
  const rows = logLoadGrid(loadSpec.min, loadSpec.max, COST_CURVE_POINTS).map((load) => ({
    load,
    allNvidia: strategyCostAtLoad(strategies.allNvidia, load),
    currentMix: strategyCostAtLoad(strategies.currentMix, load),
    allAlternatives: strategyCostAtLoad(strategies.allAlternatives, load),
  }));
  const load = trillionTokensPerDay(scenario.load);
  return {
    rows,
    atLoad: {
      allNvidia: strategyCostAtLoad(strategies.allNvidia, load),
      currentMix: strategyCostAtLoad(strategies.currentMix, load),
      allAlternatives: strategyCostAtLoad(strategies.allAlternatives, load),
    },
    breakEvenAlternatives: breakEvenLoad(strategies.allAlternatives, strategies.allNvidia),
    alternativesAlwaysCheaper: cheaperAtEveryLoad(strategies.allAlternatives, strategies.allNvidia),
    breakEvenCurrentMix: breakEvenLoad(strategies.currentMix, strategies.allNvidia),
  };
}

/** HHI over the Nvidia-share sweep, alternatives mix held. */
export function deriveConcentrationCurve(scenario: Scenario): HhiSweepPoint[] {
  return hhiSweep(alternativesMix(scenario));
}
