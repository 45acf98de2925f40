/**
 * Grouped bars from the live rows (see live-rows.tsx): what several `<Bar>`s side by side
 * (or overlapping, with a negative `barGap`) draw, placed with Recharts' own bar layout
 * (bar-slots.ts) on the chart's band scale, in Recharts' bar z-layer so reference areas,
 * grid and tooltip cursor stay behind them and reference lines and axes in front.
 */
import { memo } from 'react';
import { DefaultZIndexes, ZIndexLayer } from 'recharts';
import { BarPath } from './bar-path';
import { barSlots, type BarSlot, type BarSlotOptions } from './bar-slots';
import { fieldAt, numberAt, type LiveRow, useBarScales } from './live-rows';

/** One series of the group: one bar per row. */
export interface LiveBarSeries {
  readonly dataKey: string;
  readonly fill: string;
  readonly fillOpacity?: number;
  /** The path's `name` attribute, as `<Bar name>` sets it. */
  readonly name?: string;
}

export interface LiveBarGroupProps extends BarSlotOptions {
  /** The rows' category key (the category axis' dataKey). */
  readonly categoryKey: string;
  /** `vertical` bars stand on a category x axis; `horizontal` bars extend along x from a category y axis. */
  readonly orientation: 'vertical' | 'horizontal';
  /** Drawn in this order, the last on top (as `<Bar>`s in the chart's children). */
  readonly series: readonly LiveBarSeries[];
  /** The value bars start from; Recharts uses 0 when the value axis' domain spans it. */
  readonly baseValue?: number;
  /** Called with the bar's live row and its index in the rows, as `<Bar onClick>`. */
  readonly onBarClick?: (row: LiveRow, index: number) => void;
  readonly cursor?: string;
  readonly xAxisId?: string | number;
  readonly yAxisId?: string | number;
}

type Scale = (value: unknown, options?: { position?: 'start' | 'middle' | 'end' }) => number | undefined;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The rectangle Recharts' `computeBarRectangles` gives a bar (width/height may be negative). */
function barRect(
  orientation: 'vertical' | 'horizontal',
  band: Scale,
  value: Scale,
  category: unknown,
  slot: BarSlot,
  base: number,
  v: number,
): Rect | undefined {
  const start = band(category, { position: 'start' });
  const from = value(base);
  const to = value(v);
  if (start === undefined || from === undefined || to === undefined) return undefined;
  if (![start, from, to].every(Number.isFinite)) return undefined;
  const rect =
    orientation === 'vertical'
      ? { x: start + slot.offset, y: to, width: slot.size, height: from - to }
      : { x: from, y: start + slot.offset, width: to - from, height: slot.size };
  // Recharts drops zero-size bars rather than drawing an empty path.
  return rect.width === 0 || rect.height === 0 ? undefined : rect;
}

/** Side-by-side (or overlapping) bars for each row, one `recharts-bar` layer per series. */
export const LiveBarGroup = memo(function LiveBarGroup({
  categoryKey,
  orientation,
  series,
  baseValue = 0,
  onBarClick,
  cursor,
  xAxisId,
  yAxisId,
  barGap,
  barCategoryGap,
  barSize,
  maxBarSize,
}: LiveBarGroupProps) {
  const scales = useBarScales(orientation, { xAxisId, yAxisId });
  if (!scales) return null;
  const { rows, band, value } = scales;
  const first = rows[0];
  const bandStart =
    first === undefined ? undefined : band(fieldAt(first, categoryKey), { position: 'start' });
  const bandEnd = first === undefined ? undefined : band(fieldAt(first, categoryKey), { position: 'end' });
  if (bandStart === undefined || bandEnd === undefined) return null;
  const slots = barSlots(Math.abs(bandEnd - bandStart), series.length, {
    barGap,
    barCategoryGap,
    barSize,
    maxBarSize,
  });
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      {series.map((s, i) => {
        const slot = slots[i];
        if (!slot) return null;
        return (
          <g key={s.dataKey} className="recharts-layer recharts-bar live-bars" data-series={s.dataKey}>
            <g className="recharts-layer recharts-bar-rectangles">
              {rows.map((row, index) => {
                const category = fieldAt(row, categoryKey);
                const v = numberAt(row, s.dataKey);
                if (v === undefined) return null;
                const rect = barRect(orientation, band, value, category, slot, baseValue, v);
                if (!rect) return null;
                return (
                  <g key={String(category ?? index)} className="recharts-layer recharts-bar-rectangle">
                    <BarPath
                      {...rect}
                      name={s.name}
                      fill={s.fill}
                      fillOpacity={s.fillOpacity}
                      cursor={cursor}
                      onClick={onBarClick ? () => onBarClick(row, index) : undefined}
                    />
                  </g>
                );
              })}
            </g>
          </g>
        );
      })}
    </ZIndexLayer>
  );
});
