/** Pure row shaping for the vendor's-side panel (the mirror view). */
import type { ProjectionYear } from '../../model/projection';

export interface MirrorRow {
  readonly year: number;
  /** Share of the buyer's spend going to Nvidia, percent. */
  readonly dependence: number;
  /** The buyer's Nvidia spend as a share of Nvidia's data-center revenue, percent. */
  readonly exposure: number;
  /** Share of the buyer's Nvidia spend financed by Nvidia's own investment, percent. */
  readonly financed: number;
}

/** One row per projection year: the buyer's dependence on Nvidia beside Nvidia's exposure to the buyer. */
export function mirrorRows(years: readonly ProjectionYear[]): MirrorRow[] {
  return years.map((y) => ({
    year: y.year,
    dependence: y.shares.nvidia * 100,
    exposure: y.nvidiaRevenueShare * 100,
    financed: y.financedShare * 100,
  }));
}

/**
 * The top of the chart's percent axis: the highest bar or line value rounded up to a
 * multiple of 25, and never below 50 (so the 10% line sits low and the axis rarely moves).
 */
export function mirrorTop(rows: readonly MirrorRow[]): number {
  let max = 0;
  for (const r of rows) {
    for (const v of [r.dependence, r.exposure, r.financed]) if (Number.isFinite(v)) max = Math.max(max, v);
  }
  return Math.max(50, Math.ceil(max / 25) * 25);
}
