/**
 * Glue between the store and the model: derived outputs are computed from the
 * scenario with useMemo, never stored. Charts read a deferred scenario so the
 * slider thumb stays responsive while curves recompute.
 */
import { useDeferredValue, useMemo } from 'react';
import { deriveConcentrationCurve, deriveCostCurves } from '../model/cost-curves';
import { deriveOutputs } from '../model/derive';
import type { Scenario } from '../model/scenario';
import { useScenarioStore } from '../store/context';
import { selectScenario } from '../store/selectors';

/** The current scenario. */
export function useScenario(): Scenario {
  return useScenarioStore(selectScenario);
}

/** Headline outputs of the current scenario. */
export function useModelOutputs() {
  const scenario = useScenario();
  return useMemo(() => deriveOutputs(scenario), [scenario]);
}

/** The scenario for charts: deferred, so a slider drag is never held back by a redraw. */
export function useChartScenario(): Scenario {
  return useDeferredValue(useScenario());
}

/** Rows for the cost-curve panel. */
export function useCostCurves(scenario: Scenario) {
  return useMemo(() => deriveCostCurves(scenario), [scenario]);
}

/** Rows for the concentration panel (101 points; cheap enough to recompute with the scenario). */
export function useConcentrationCurve(scenario: Scenario) {
  return useMemo(() => deriveConcentrationCurve(scenario), [scenario]);
}
