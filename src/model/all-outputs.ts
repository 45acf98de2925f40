/**
 * Everything the dashboard shows for one scenario, in one call: what the benchmark
 * (all-outputs.bench.ts) times and the property tests walk. Panels call the pieces
 * separately through memoized hooks; this is their sum.
 */
import { deriveConcentrationCurve, deriveCostCurves } from './cost-curves';
import { deriveOutputs } from './derive';
import { deriveDiversification, deriveUpstream } from './derive-risk';
import type { InputId } from './input-specs';
import { deriveProjection } from './projection';
import type { Scenario } from './scenario';
import { tornado, type InputRange } from './sensitivity';

/** All outputs of a scenario; `ranges` are the sourced low/high of each assumption (for the tornado). */
export function deriveAllOutputs(scenario: Scenario, ranges: Partial<Record<InputId, InputRange>>) {
  return {
    outputs: deriveOutputs(scenario),
    costCurves: deriveCostCurves(scenario),
    concentrationCurve: deriveConcentrationCurve(scenario),
    projection: deriveProjection(scenario),
    diversification: deriveDiversification(scenario),
    upstream: deriveUpstream(scenario),
    tornadoCost: tornado(scenario, ranges, 'costPerMillionTokens'),
    tornadoHhi: tornado(scenario, ranges, 'hhi'),
  };
}

export type AllOutputs = ReturnType<typeof deriveAllOutputs>;
