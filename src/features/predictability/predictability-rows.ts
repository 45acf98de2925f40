/** Pure row shaping for the predictability panel: the diversification curve and the fan. */
import type { DiversificationPoint } from '../../model/derive-risk';
import type { ProjectionYear } from '../../model/projection';

export interface CurveRow {
  readonly nvidiaSharePct: number;
  /** Standard deviation as a percentage of the expected bill. */
  readonly asSourced: number;
  readonly separate: number;
}

/** The diversification curve in percent. */
export function curveRows(points: readonly DiversificationPoint[]): CurveRow[] {
  return points.map((p) => ({
    nvidiaSharePct: p.nvidiaSharePct,
    asSourced: p.cvAsSourced * 100,
    separate: p.cvSeparate * 100,
  }));
}

/**
 * The top of the curve chart's axis, percent: the highest point of either curve or of the
 * current scenario's dot, rounded up to half a point. Recharts rounds it on to its own
 * nice ticks (as it did for the 'auto' domain); the rounding here keeps the chart's frame
 * the same object while float noise or a small move of the dot changes nothing visible.
 */
export function curveTop(rows: readonly CurveRow[], currentPct: number): number {
  let top = Number.isFinite(currentPct) ? currentPct : 0;
  for (const r of rows) top = Math.max(top, r.asSourced, r.separate);
  return top > 0 ? Math.ceil(top * 2 - 1e-9) / 2 : 1;
}

export interface FanRow {
  readonly year: number;
  /** Percentiles of the bill, USD/year: the P10–P90 and P25–P75 bands and the median. */
  readonly p10: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly p90: number;
}

/** The fan: the bill's percentiles per projection year. */
export function fanRows(years: readonly ProjectionYear[]): FanRow[] {
  return years.map((y) => ({
    year: y.year,
    p10: y.spread.p10,
    p25: y.spread.p25,
    median: y.spread.p50,
    p75: y.spread.p75,
    p90: y.spread.p90,
  }));
}
