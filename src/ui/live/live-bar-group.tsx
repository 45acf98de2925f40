/**
 * Grouped bars from the live rows: several series side by side in each category's band,
 * placed the way Recharts places unstacked `<Bar>`s without a barSize (a category gap on
 * both sides of the group, a fixed gap between its bars), so a converted chart keeps
 * its look.
 */
import { memo } from 'react';
import { Rectangle, useXAxisScale, useYAxisScale } from 'recharts';
import { fieldAt, numberAt, useLive } from './live-rows';

export interface LiveBarGroupSeries {
  readonly dataKey: string;
  readonly fill: string;
}

export interface LiveBarGroupProps {
  /** The rows' category key (the x axis' dataKey). */
  readonly categoryKey: string;
  readonly series: readonly LiveBarGroupSeries[];
  /** Gap on each side of the group, as a fraction of the band (Recharts' barCategoryGap, 10%). */
  readonly categoryGap?: number;
  /** Gap between the bars of a group, px (Recharts' barGap, 4). */
  readonly barGap?: number;
  readonly yAxisId?: string | number;
}

export interface BarSlot {
  /** Offset of the bar from the band's start, px. */
  readonly offset: number;
  readonly size: number;
}

/**
 * Where `count` bars sit in a band `bandSize` px wide: Recharts' getBarPositions for bars
 * without a barSize (sizes over 1 px are rounded, as Recharts does).
 */
export function barSlots(bandSize: number, count: number, categoryGap = 0.1, barGap = 4): BarSlot[] {
  if (count < 1 || !(bandSize > 0)) return [];
  const offset = bandSize * categoryGap;
  const gap = bandSize - 2 * offset - (count - 1) * barGap <= 0 ? 0 : barGap;
  let size = (bandSize - 2 * offset - (count - 1) * gap) / count;
  if (size > 1) size = Math.round(size);
  return Array.from({ length: count }, (_, i) => ({ offset: offset + (size + gap) * i, size }));
}

/** Vertical bars of each series, side by side, on a category x axis: what grouped `<Bar>`s draw. */
export const LiveBarGroup = memo(function LiveBarGroup({
  categoryKey,
  series,
  categoryGap = 0.1,
  barGap = 4,
  yAxisId,
}: LiveBarGroupProps) {
  const { rows } = useLive();
  const x = useXAxisScale();
  const y = useYAxisScale(yAxisId);
  if (!x || !y) return null;
  const base = y(0);
  if (base === undefined || !Number.isFinite(base)) return null;
  return (
    <>
      {series.map((s, i) => (
        <g key={s.dataKey} className="recharts-layer recharts-bar live-bars" data-series={s.dataKey}>
          {rows.map((row, index) => {
            const category = fieldAt(row, categoryKey);
            const value = numberAt(row, s.dataKey);
            const start = x(category, { position: 'start' });
            const end = x(category, { position: 'end' });
            if (value === undefined || start === undefined || end === undefined) return null;
            const slot = barSlots(end - start, series.length, categoryGap, barGap)[i];
            const top = y(value);
            if (!slot || top === undefined || !Number.isFinite(top)) return null;
            return (
              <g key={String(category ?? index)} className="recharts-bar-rectangle">
                <Rectangle
                  x={start + slot.offset}
                  y={Math.min(top, base)}
                  width={slot.size}
                  height={Math.abs(base - top)}
                  fill={s.fill}
                />
              </g>
            );
          })}
        </g>
      ))}
    </>
  );
});
