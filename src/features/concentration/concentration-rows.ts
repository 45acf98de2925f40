/** Pure row shaping for the concentration panel. */
import type { HhiSweepPoint } from '../../model/curves';
import { HHI_HIGH_ABOVE, HHI_MAX, HHI_MODERATE_FROM } from '../../model/concentration';

export interface BandArea {
  readonly band: 'unconcentrated' | 'moderatelyConcentrated' | 'highlyConcentrated';
  readonly from: number;
  readonly to: number;
}

/** The three 2023 Merger Guidelines bands as y-ranges. */
export const HHI_BAND_AREAS: readonly BandArea[] = [
  { band: 'unconcentrated', from: 0, to: HHI_MODERATE_FROM },
  { band: 'moderatelyConcentrated', from: HHI_MODERATE_FROM, to: HHI_HIGH_ABOVE },
  { band: 'highlyConcentrated', from: HHI_HIGH_ABOVE, to: HHI_MAX },
];

/** Every `every`-th sweep point, for the data table (0, 10, … 100%). */
export function concentrationTableRows(points: readonly HhiSweepPoint[], every = 10): HhiSweepPoint[] {
  return points.filter((p) => Math.round(p.nvidiaSharePct) % every === 0);
}
