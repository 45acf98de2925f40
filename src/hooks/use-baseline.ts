/**
 * The pinned baseline for charts and tiles. Panels compute a second set of rows from
 * the baseline scenario and merge them in as ghost series (see mergeGhostRows).
 */
import { useDeferredValue, useMemo } from 'react';
import { deriveOutputs, type ModelOutputs } from '../model/derive';
import type { Scenario } from '../model/scenario';
import { useScenarioStore } from '../store/context';
import { selectComparison } from '../store/selectors';
import { ghostKey } from '../ui/ghost';

/** The pinned baseline scenario, or null (deferred like the chart scenario). */
export function useBaselineScenario(): Scenario | null {
  return useDeferredValue(useScenarioStore(selectComparison));
}

/** Headline outputs of the pinned baseline, or null. */
export function useBaselineOutputs(): ModelOutputs | null {
  const baseline = useScenarioStore(selectComparison);
  return useMemo(() => (baseline ? deriveOutputs(baseline) : null), [baseline]);
}

/**
 * Adds the baseline's values to chart rows as `baseline_<key>` fields, row by row.
 * Both row sets come from the same grid (same x values, same order); with no
 * baseline the rows are returned unchanged.
 */
export function mergeGhostRows<Row extends object>(
  rows: readonly Row[],
  ghostRows: readonly Row[] | null,
  keys: readonly (keyof Row & string)[],
): Row[] {
  if (!ghostRows) return [...rows];
  return rows.map((row, i) => {
    const ghost = ghostRows[i];
    if (!ghost) return row;
    const extra: Record<string, unknown> = {};
    for (const key of keys) extra[ghostKey(key)] = ghost[key];
    return { ...row, ...extra };
  });
}
