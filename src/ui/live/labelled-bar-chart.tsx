/**
 * One labelled horizontal bar per category, on a live value axis: the chart the budget
 * panel's margins and the energy panel's tokens per kWh both draw (a bar per vendor class,
 * its value printed at its end).
 */
import { memo, useMemo } from 'react';
import { BarChart, DefaultZIndexes, ResponsiveContainer, XAxis, YAxis, ZIndexLayer } from 'recharts';
import { xAxisTitle } from '../axis-titles';
import { LiveBarLabels } from './live-bar-labels';
import { LiveBars } from './live-marks';
import type { LiveRow } from './live-rows';
import { LIVE_AXIS_DOMAIN, LIVE_AXIS_TICKS, liveValueTick } from './live-value-axis';

export interface LabelledBarChartProps {
  /** The categories (the chart's data: the category key only; values come live). */
  readonly grid: readonly Record<string, unknown>[];
  readonly categoryKey: string;
  readonly dataKey: string;
  readonly height: number;
  /** Width of the category axis, px. */
  readonly categoryWidth: number;
  readonly margin: { top: number; right: number; bottom: number; left: number };
  readonly axisTitle: string;
  readonly categoryLabel: (category: string) => string;
  readonly formatTick: (value: number) => string;
  readonly formatLabel: (value: number) => string;
  readonly fill: (row: LiveRow, index: number) => string;
  /** The bar's share of its band, 0–1. */
  readonly barSize: number;
}

/** The frame (axes) once per grid and language; bars, value labels and tick labels live. */
export const LabelledBarChart = memo(function LabelledBarChart({
  grid,
  categoryKey,
  dataKey,
  height,
  categoryWidth,
  margin,
  axisTitle,
  categoryLabel,
  formatTick,
  formatLabel,
  fill,
  barSize,
}: LabelledBarChartProps) {
  const tick = useMemo(() => liveValueTick(formatTick, { horizontal: true }), [formatTick]);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={grid} layout="vertical" margin={margin}>
        <XAxis
          type="number"
          ticks={LIVE_AXIS_TICKS}
          domain={LIVE_AXIS_DOMAIN}
          allowDataOverflow
          tick={tick}
          label={xAxisTitle(axisTitle)}
        />
        <YAxis
          type="category"
          dataKey={categoryKey}
          width={categoryWidth}
          // Every category named, even at presentation type sizes (Recharts would skip some).
          interval={0}
          tickFormatter={(v: string) => categoryLabel(v)}
        />
        <LiveBars
          categoryKey={categoryKey}
          dataKey={dataKey}
          orientation="horizontal"
          fill={fill}
          size={barSize}
        />
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <LiveBarLabels
            categoryKey={categoryKey}
            dataKey={dataKey}
            orientation="horizontal"
            fill={fill}
            className="bar-label"
            format={formatLabel}
          />
        </ZIndexLayer>
      </BarChart>
    </ResponsiveContainer>
  );
});
