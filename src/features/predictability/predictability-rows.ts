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

export interface FanRow {
  readonly year: number;
  /** [P10, P90] and [P25, P75] bands, USD/year (range areas). */
  readonly band90: readonly [number, number];
  readonly band50: readonly [number, number];
  readonly median: number;
}

/** The fan: the bill's percentile bands per projection year. */
export function fanRows(years: readonly ProjectionYear[]): FanRow[] {
  return years.map((y) => ({
    year: y.year,
    band90: [y.spread.p10, y.spread.p90],
    band50: [y.spread.p25, y.spread.p75],
    median: y.spread.p50,
  }));
}
