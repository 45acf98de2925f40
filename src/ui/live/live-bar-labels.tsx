/**
 * Value labels at the end of live bars: what `<Bar label={{ position: 'right' }}>` (horizontal
 * bars) or `position: 'top'` (vertical bars) draws, placed with the chart's own scales.
 */
import { memo } from 'react';
import { Text } from 'recharts';
import { fieldAt, numberAt, type LiveRow, useBarScales } from './live-rows';

export interface LiveBarLabelsProps {
  /** The rows' category key (the category axis' dataKey). */
  readonly categoryKey: string;
  readonly dataKey: string;
  /** As in `LiveBars`: `horizontal` bars extend along x from a category y axis. */
  readonly orientation: 'vertical' | 'horizontal';
  readonly format: (value: number) => string;
  /** The value the bar starts from (a stacked bar's base); 0 when absent. */
  readonly baseKey?: string;
  readonly fill?: string | ((row: LiveRow, index: number) => string);
  readonly className?: string;
  /** Gap between the bar's end and its label, px (Recharts' label offset). */
  readonly offset?: number;
  readonly xAxisId?: string | number;
  readonly yAxisId?: string | number;
}

/** One label per live row, just past the end of its bar. */
export const LiveBarLabels = memo(function LiveBarLabels({
  categoryKey,
  dataKey,
  orientation,
  format,
  baseKey,
  fill,
  className,
  offset = 5,
  xAxisId,
  yAxisId,
}: LiveBarLabelsProps) {
  const scales = useBarScales(orientation, { xAxisId, yAxisId });
  if (!scales) return null;
  const { rows, band, value } = scales;
  return (
    <g className="recharts-layer recharts-label-list live-bar-labels">
      {rows.map((row, index) => {
        const category = fieldAt(row, categoryKey);
        const v = numberAt(row, dataKey);
        if (v === undefined) return null;
        const base = baseKey ? (numberAt(row, baseKey) ?? 0) : 0;
        const middle = band(category, { position: 'middle' });
        const from = value(base);
        const to = value(base + v);
        if (middle === undefined || from === undefined || to === undefined) return null;
        if (![middle, from, to].every(Number.isFinite)) return null;
        const shared = {
          fill: typeof fill === 'function' ? fill(row, index) : fill,
          className,
          children: format(v),
        };
        const key = String(category ?? index);
        return orientation === 'vertical' ? (
          <Text
            key={key}
            x={middle}
            y={Math.min(from, to) - offset}
            textAnchor="middle"
            verticalAnchor="end"
            {...shared}
          />
        ) : (
          <Text
            key={key}
            x={Math.max(from, to) + offset}
            y={middle}
            textAnchor="start"
            verticalAnchor="middle"
            {...shared}
          />
        );
      })}
    </g>
  );
});
