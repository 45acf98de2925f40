/**
 * Glue between the store and the model: derived outputs are computed from the
 * scenario with useMemo, never stored. Charts and readouts (KPI tiles, the scenario's
 * name) read the scenario through the chart queue, so a slider's own frame carries only
 * the slider, and everything derived from it redraws together just after.
 */
import { useEffect, useMemo, useState } from 'react';
import { deriveConcentrationCurve, deriveCostCurves } from '../model/cost-curves';
import { deriveOutputs } from '../model/derive';
import { deriveDiversification, deriveUpstream, type Diversification } from '../model/derive-risk';
import { INPUT_IDS, type InputId } from '../model/input-specs';
import { deriveProjection, type Projection } from '../model/projection';
import type { Scenario } from '../model/scenario';
import { tornado, type InputRange, type SensitivityMetric, type Tornado } from '../model/sensitivity';
import { validationCases, type ValidationCase } from '../model/validation';
import { useScenarioStore, useScenarioStoreApi } from '../store/context';
import { queueChartUpdate } from './chart-queue';
import { useStableData } from '../ui/use-stable-data';
import { useReferenceData } from './reference-data';
import { selectScenario } from '../store/selectors';

/** The current scenario. */
export function useScenario(): Scenario {
  return useScenarioStore(selectScenario);
}

/** Headline outputs of `scenario`. */
export function useModelOutputs(scenario: Scenario) {
  return useMemo(() => deriveOutputs(scenario), [scenario]);
}

/**
 * The scenario for a chart or a readout (`panel` names it for the queue). It does not
 * re-render the component on each store update (that would put every chart and tile in
 * the slider's urgent render); the component subscribes to the store and redraws through
 * the chart queue, just after the slider has painted, with the other charts and readouts
 * on screen in one commit.
 */
export function useChartScenario(panel: string): Scenario {
  const store = useScenarioStoreApi();
  const [shown, setShown] = useState(() => store.getState().scenario);
  useEffect(() => {
    const key = {};
    let cancel = (): void => undefined;
    const sync = (scenario: Scenario) => {
      cancel();
      cancel = queueChartUpdate(key, () => setShown(scenario), panel);
    };
    // Catch up with anything that changed between render and subscription.
    if (store.getState().scenario !== shown) sync(store.getState().scenario);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.scenario !== previous.scenario) sync(state.scenario);
    });
    return () => {
      unsubscribe();
      cancel();
    };
  }, [store, shown, panel]);
  return shown;
}

/** Rows for the cost-curve panel. */
export function useCostCurves(scenario: Scenario) {
  return useMemo(() => deriveCostCurves(scenario), [scenario]);
}

/** Rows for the concentration panel (101 points; cheap enough to recompute with the scenario). */
export function useConcentrationCurve(scenario: Scenario) {
  return useMemo(() => deriveConcentrationCurve(scenario), [scenario]);
}

// ---- Model panels: projection, predictability, upstream, sensitivity, validation ----

/**
 * The projection is read by four panels (budget, vendor's side, energy, the fan); scenarios
 * are immutable store values, so one computation per scenario object is shared by all.
 */
const projectionCache = new WeakMap<Scenario, Projection>();

function projectionOf(scenario: Scenario): Projection {
  let projection = projectionCache.get(scenario);
  if (!projection) {
    projection = deriveProjection(scenario);
    projectionCache.set(scenario, projection);
  }
  return projection;
}

/** The year-by-year projection of a (deferred) chart scenario. */
export function useProjection(scenario: Scenario): Projection {
  return useMemo(() => projectionOf(scenario), [scenario]);
}

/**
 * The diversification curve (spread of next year's bill against the Nvidia share). The
 * curve does not depend on the load (its spreads are relative to the bill) or on the Nvidia
 * share (it sweeps it), so it is recomputed only when another input changes; a step of
 * those two sliders recomputes just the scenario's own point (a two-point sweep).
 */
export function useDiversification(scenario: Scenario): Diversification {
  const curveScenario = useStableData({ ...scenario, load: 1, nvidiaShare: 0 });
  const curve = useMemo(() => deriveDiversification(curveScenario), [curveScenario]);
  return useMemo(() => {
    const here = deriveDiversification(scenario, 100);
    return { ...curve, current: here.current, currentSeparate: here.currentSeparate };
  }, [curve, scenario]);
}

/** Concentration at the vendor, foundry and HBM layers, and supply risk. */
export function useUpstream(scenario: Scenario) {
  return useMemo(() => deriveUpstream(scenario), [scenario]);
}

/** The sourced range of every input, from the reference data. */
export function useInputRanges(): Partial<Record<InputId, InputRange>> {
  const { assumptions } = useReferenceData();
  return useMemo(() => {
    const ranges: Partial<Record<InputId, InputRange>> = {};
    for (const id of INPUT_IDS) ranges[id] = { low: assumptions[id].low, high: assumptions[id].high };
    return ranges;
  }, [assumptions]);
}

/** The tornado for a metric over the sourced ranges. */
export function useTornado(scenario: Scenario, metric: SensitivityMetric): Tornado {
  const ranges = useInputRanges();
  return useMemo(() => tornado(scenario, ranges, metric), [scenario, ranges, metric]);
}

/** The validation cases at the sourced defaults (they do not move with the sliders). */
export function useValidationCases(): ValidationCase[] {
  const { defaults } = useReferenceData();
  return useMemo(() => validationCases(defaults), [defaults]);
}
