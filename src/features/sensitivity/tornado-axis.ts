/** The tornado's value axis, fixed from the rows so the chart's frame can hold still while they move. */
import { getNiceTickValues } from 'recharts';
import type { TornadoRow } from './tornado-rows';

export interface TornadoAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/**
 * The domain and ticks Recharts gives a number axis with its default domain `[0, 'auto']`
 * (five "nice" ticks, the domain widened to them) over the rows' low and high deltas,
 * always spanning 0 so every bar starts at the axis' zero. Being nice values, they change
 * only when a bar crosses a tick step, not on every slider step.
 */
export function tornadoAxis(rows: readonly TornadoRow[]): TornadoAxis {
  let min = 0;
  let max = 0;
  for (const row of rows) {
    for (const v of [row.lowDelta, row.highDelta]) {
      if (!Number.isFinite(v)) continue;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  const ticks = getNiceTickValues([min, max], 5, true, 'adaptive');
  const first = ticks[0] ?? min;
  const last = ticks[ticks.length - 1] ?? max;
  return { domain: [Math.min(min, first), Math.max(max, last)], ticks };
}
