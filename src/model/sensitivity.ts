/**
 * Sensitivity: move each assumption across its sourced range (low–high in
 * assumptions.json) with every other input held, and rank the assumptions by how far
 * they move an output (the tornado). One-at-a-time sensitivity: interactions between
 * assumptions are not shown.
 */
import { hhi } from './concentration';
import {
  acceleratorCostPerMillionTokens,
  annualDesignCost,
  costPerMillionTokensAtVolume,
  mixCostPerMillionTokens,
} from './cost';
import { acceleratorEconomics, siteEconomics } from './economics';
import { INPUT_SPECS, MIX_INPUT_IDS, specFor, type InputId, type MixInputId } from './input-specs';
import { clampToSpec, rebalanceMix, type Scenario } from './scenario';
import { scenarioSpendShares } from './shares';
import { tokensPerYearFromTrillionPerDay, trillionTokensPerDay } from './units';
import { VENDOR_IDS, perVendor } from './vendors';

export interface InputRange {
  readonly low: number;
  readonly high: number;
}

export const SENSITIVITY_METRICS = ['costPerMillionTokens', 'hhi'] as const;
export type SensitivityMetric = (typeof SENSITIVITY_METRICS)[number];

/** Inputs the tornado never moves: view settings, not assumptions. */
export const NOT_ASSUMPTIONS: readonly InputId[] = ['year'];

/**
 * The snapshot's blended cost per million tokens at the scenario's load, USD (design
 * cost included). The same number as deriveOutputs().costPerMillionTokens, computed
 * without the fleet so the tornado can call it a few hundred times per frame.
 */
export function blendedCostPerMillionTokens(scenario: Scenario): number {
  const site = siteEconomics(scenario);
  const shares = scenarioSpendShares(scenario);
  const costs = perVendor((id) => acceleratorCostPerMillionTokens(acceleratorEconomics(scenario, id), site));
  const design = annualDesignCost(scenario.customNre * 1e6, scenario.customCadence, shares.custom);
  const load = tokensPerYearFromTrillionPerDay(trillionTokensPerDay(scenario.load));
  return costPerMillionTokensAtVolume(mixCostPerMillionTokens(shares, costs), design, load);
}

/** HHI of the scenario's vendor spend shares, 0–10,000. */
export function vendorHhi(scenario: Scenario): number {
  const shares = scenarioSpendShares(scenario);
  return hhi(VENDOR_IDS.map((id) => shares[id]));
}

const METRICS: Record<SensitivityMetric, (scenario: Scenario) => number> = {
  costPerMillionTokens: blendedCostPerMillionTokens,
  hhi: vendorHhi,
};

function isMixInput(id: InputId): id is MixInputId {
  return (MIX_INPUT_IDS as readonly InputId[]).includes(id);
}

/** The scenario with one input set (clamped; a mix input rebalances the other alternatives). */
export function withInput(scenario: Scenario, id: InputId, value: number): Scenario {
  const clamped = clampToSpec(specFor(id), value, scenario[id]);
  if (isMixInput(id)) return rebalanceMix(scenario, id, clamped);
  return { ...scenario, [id]: clamped };
}

export interface TornadoBar {
  readonly id: InputId;
  /** The input values tried (the sourced range, clamped to the input's limits). */
  readonly low: number;
  readonly high: number;
  /** The metric with the input at its low and at its high value. */
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow|: the bar's length, what the ranking uses. */
  readonly swing: number;
}

export interface Tornado {
  readonly metric: SensitivityMetric;
  /** The metric at the scenario as it stands. */
  readonly base: number;
  /** Assumptions that move the metric, largest swing first. */
  readonly bars: readonly TornadoBar[];
}

/**
 * The tornado for `metric`: each input with a sourced range (low < high) is set to its
 * low and its high value in turn; bars with no effect are dropped; the rest are sorted
 * by swing, largest first.
 */
export function tornado(
  scenario: Scenario,
  ranges: Partial<Record<InputId, InputRange>>,
  metric: SensitivityMetric,
): Tornado {
  const evaluate = METRICS[metric];
  // One working copy, changed and restored input by input (a fresh copy per evaluation
  // would dominate the cost); mix inputs go through rebalanceMix, which copies.
  const work: Record<InputId, number> = { ...scenario };
  const at = (id: InputId, value: number) => {
    if (isMixInput(id)) return evaluate(withInput(scenario, id, value));
    work[id] = value;
    const result = evaluate(work);
    work[id] = scenario[id];
    return result;
  };
  const bars: TornadoBar[] = [];
  for (const spec of INPUT_SPECS) {
    const range = ranges[spec.id];
    if (!range || !(range.high > range.low) || NOT_ASSUMPTIONS.includes(spec.id)) continue;
    const low = clampToSpec(spec, range.low, spec.min);
    const high = clampToSpec(spec, range.high, spec.max);
    const atLow = at(spec.id, low);
    const atHigh = at(spec.id, high);
    const swing = Math.abs(atHigh - atLow);
    if (swing > 1e-9 * Math.max(1, Math.abs(atLow)))
      bars.push({ id: spec.id, low, high, atLow, atHigh, swing });
  }
  bars.sort((a, b) => b.swing - a.swing);
  return { metric, base: evaluate(scenario), bars };
}
