/** The pinned baseline on the cost-curve chart: its three strategy curves as ghosts and its point. */
import { useMemo } from 'react';
import { mergeGhostRows, useBaselineScenario } from '../../hooks/use-baseline';
import { COST_CURVE_STRATEGIES, deriveCostCurves, type CostCurveRow } from '../../model/cost-curves';

/** Rows with `baseline_<strategy>` merged in, and the baseline's point (null without a baseline). */
export function useCostCurvesGhost(rows: readonly CostCurveRow[]) {
  const baseline = useBaselineScenario();
  return useMemo(() => {
    if (!baseline) return { rows: [...rows], point: null };
    const curves = deriveCostCurves(baseline);
    return {
      rows: mergeGhostRows(rows, curves.rows, COST_CURVE_STRATEGIES),
      point: { load: baseline.load, cost: curves.atLoad.currentMix },
    };
  }, [baseline, rows]);
}
