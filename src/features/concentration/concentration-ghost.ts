/** The pinned baseline on the concentration chart: its HHI sweep as a ghost series and its point. */
import { useMemo } from 'react';
import { mergeGhostRows, useBaselineScenario } from '../../hooks/use-baseline';
import { deriveConcentrationCurve } from '../../model/cost-curves';
import type { HhiSweepPoint } from '../../model/curves';
import { hhi } from '../../model/concentration';
import { scenarioSpendShares } from '../../model/shares';
import { VENDOR_IDS } from '../../model/vendors';

/** Rows with `baseline_hhi` merged in, and the baseline's own point (null without a baseline). */
export function useConcentrationGhost(points: readonly HhiSweepPoint[]) {
  const baseline = useBaselineScenario();
  return useMemo(() => {
    if (!baseline) return { rows: [...points], point: null };
    const shares = scenarioSpendShares(baseline);
    return {
      rows: mergeGhostRows(points, deriveConcentrationCurve(baseline), ['hhi']),
      point: { nvidiaShare: baseline.nvidiaShare, hhi: hhi(VENDOR_IDS.map((id) => shares[id])) },
    };
  }, [baseline, points]);
}
