/**
 * Marks drawn from the live rows (see live-rows.tsx) with the chart's own scales:
 * Recharts' `Curve`, `Dot` and `Rectangle` shapes placed by `useXAxisScale` /
 * `useYAxisScale`. Each renders nothing until the chart has measured its plot area, and
 * draws in the Recharts z-index layer of the series it stands for (lines above bars above
 * areas, all above reference areas and the grid).
 */
import { memo, useId } from 'react';
import {
  Bar,
  Curve,
  DefaultZIndexes,
  Line,
  Rectangle,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
  type BandPosition,
  type CurveType,
} from 'recharts';
import { BarPath } from './bar-path';
import { fieldAt, numberAt, overTop, useLive, type LiveRow, useBarScales } from './live-rows';

interface StrokeProps {
  readonly stroke: string;
  readonly strokeWidth?: number;
  readonly strokeDasharray?: string;
  readonly strokeOpacity?: number;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

type Scale = (value: unknown) => number | undefined;

/** Pixel points of `rows[xKey], rows[yKey]`, skipping rows without a value or off the scale. */
function pixelPoints(rows: readonly LiveRow[], xKey: string, yKey: string, x: Scale, y: Scale): Point[] {
  const points: Point[] = [];
  for (const row of rows) {
    const xv = numberAt(row, xKey);
    const yv = numberAt(row, yKey);
    if (xv === undefined || yv === undefined) continue;
    const px = x(xv);
    const py = y(yv);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) continue;
    points.push({ x: px, y: py });
  }
  return points;
}

/** The x scale at `position` within a category's band (a band scale alone gives its start). */
function inBand(
  scale: (value: unknown, options?: { position?: BandPosition }) => number | undefined,
  position: BandPosition | undefined,
): Scale {
  return position ? (value) => scale(value, { position }) : scale;
}

/** Clips its marks to the plot area (values outside a fixed domain would spill over the axes). */
function PlotClip({ children }: { children: React.ReactNode }) {
  const area = usePlotArea();
  const id = useId();
  if (!area) return null;
  return (
    <g clipPath={`url(#${CSS.escape(id)})`}>
      <clipPath id={id}>
        <rect x={area.x} y={area.y} width={area.width} height={area.height} />
      </clipPath>
      {children}
    </g>
  );
}

export interface LiveLineProps extends StrokeProps {
  /** The rows' x key (the chart's XAxis dataKey). */
  readonly xKey: string;
  /** The series' key in the rows. */
  readonly dataKey: string;
  readonly type?: CurveType;
  readonly yAxisId?: string | number;
  /** Shown as the path's accessible-to-tests name (data-series). */
  readonly name?: string;
  /** On a category (band) x axis, where in the band the points sit; Recharts' own Line uses 'middle'. */
  readonly xPosition?: BandPosition;
}

/** A line through the live rows: what Recharts' `<Line dot={false}>` draws, from live data. */
export const LiveLine = memo(function LiveLine({
  xKey,
  dataKey,
  type = 'monotone',
  yAxisId,
  name,
  xPosition,
  ...stroke
}: LiveLineProps) {
  const { rows, valueTop } = useLive();
  const x = useXAxisScale();
  const y = useYAxisScale(yAxisId);
  if (!x || !y) return null;
  const points = pixelPoints(rows, xKey, dataKey, inBand(x, xPosition), overTop(y, valueTop));
  if (points.length < 2) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <PlotClip>
        <g className="recharts-layer recharts-line live-line" data-series={name ?? dataKey}>
          <Curve type={type} points={points} fill="none" className="recharts-line-curve" {...stroke} />
        </g>
      </PlotClip>
    </ZIndexLayer>
  );
});

export interface LiveDotProps extends StrokeProps {
  /** Keys of the marker's x and y in the live values. */
  readonly xValue: string;
  readonly yValue: string;
  readonly r: number;
  readonly fill: string;
  readonly yAxisId?: string | number;
  /** Clamp y into this domain (a marker at the edge rather than off the chart). */
  readonly clampY?: readonly [number, number];
}

/** A marker at a live (x, y): what `<ReferenceDot>` draws. */
export const LiveDot = memo(function LiveDot({
  xValue,
  yValue,
  r,
  fill,
  yAxisId,
  clampY,
  ...stroke
}: LiveDotProps) {
  const { values, valueTop } = useLive();
  const x = useXAxisScale();
  const yAxisScale = useYAxisScale(yAxisId);
  const y = yAxisScale && overTop(yAxisScale, valueTop);
  const xv = values?.[xValue];
  let yv = values?.[yValue];
  if (!x || !y || typeof xv !== 'number' || typeof yv !== 'number' || !Number.isFinite(yv)) return null;
  if (clampY) yv = Math.min(clampY[1], Math.max(clampY[0], yv));
  const cx = x(xv);
  const cy = y(yv);
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="recharts-layer recharts-reference-dot live-dot">
        <circle cx={cx} cy={cy} r={r} fill={fill} {...stroke} />
      </g>
    </ZIndexLayer>
  );
});

export interface LiveVerticalLineProps extends StrokeProps {
  /** Key of the line's x in the live values. */
  readonly xValue: string;
  /** On a category (band) x axis, where in the band the line sits; Recharts' ReferenceLine uses 'middle'. */
  readonly xPosition?: BandPosition;
}

/** A vertical line at a live x: what `<ReferenceLine x>` draws. */
export const LiveVerticalLine = memo(function LiveVerticalLine({
  xValue,
  xPosition,
  ...stroke
}: LiveVerticalLineProps) {
  const { values } = useLive();
  const x = useXAxisScale();
  const area = usePlotArea();
  const xv = values?.[xValue];
  if (!x || !area || typeof xv !== 'number') return null;
  const px = inBand(x, xPosition)(xv);
  if (px === undefined || !Number.isFinite(px) || px < area.x || px > area.x + area.width) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="recharts-layer recharts-reference-line live-reference-line">
        <line x1={px} x2={px} y1={area.y} y2={area.y + area.height} {...stroke} />
      </g>
    </ZIndexLayer>
  );
});

export interface LiveBandProps {
  readonly xKey: string;
  /** Keys of the band's lower and upper edges in the rows. */
  readonly lowKey: string;
  readonly highKey: string;
  readonly fill: string;
  readonly fillOpacity?: number;
  readonly type?: CurveType;
  readonly yAxisId?: string | number;
}

/** A filled band between two series: what a range `<Area>` draws. */
export const LiveBand = memo(function LiveBand({
  xKey,
  lowKey,
  highKey,
  fill,
  fillOpacity,
  type = 'monotone',
  yAxisId,
}: LiveBandProps) {
  const { rows, valueTop } = useLive();
  const x = useXAxisScale();
  const yAxisScale = useYAxisScale(yAxisId);
  if (!x || !yAxisScale) return null;
  const y = overTop(yAxisScale, valueTop);
  const upper = pixelPoints(rows, xKey, highKey, x, y);
  const lower = pixelPoints(rows, xKey, lowKey, x, y);
  if (upper.length < 2 || upper.length !== lower.length) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.area}>
      <PlotClip>
        <g className="recharts-layer recharts-area live-band">
          <Curve
            type={type}
            points={upper}
            baseLine={lower}
            fill={fill}
            fillOpacity={fillOpacity}
            stroke="none"
            className="recharts-area-area"
          />
        </g>
      </PlotClip>
    </ZIndexLayer>
  );
});

export interface LiveBarsProps {
  /** The rows' category key (the category axis' dataKey). */
  readonly categoryKey: string;
  readonly dataKey: string;
  /** `vertical` bars stand on a category x axis; `horizontal` bars extend along x from a category y axis. */
  readonly orientation: 'vertical' | 'horizontal';
  /** The value the bar starts from (0, or the base of a stacked or tornado bar). */
  readonly baseKey?: string;
  readonly fill: string | ((row: LiveRow, index: number) => string);
  readonly fillOpacity?: number;
  /** The bar's share of its band, 0–1. */
  readonly size?: number;
  readonly radius?: number;
  readonly xAxisId?: string | number;
  readonly yAxisId?: string | number;
  /** A per-row fill opacity (e.g. the selected year solid, the others faded); overrides `fillOpacity`. */
  readonly fillOpacityOf?: (row: LiveRow, index: number) => number;
}

/** Bars from the live rows: what `<Bar>` draws, with the category axis' band scale. */
export const LiveBars = memo(function LiveBars({
  categoryKey,
  dataKey,
  orientation,
  baseKey,
  fill,
  fillOpacity,
  size = 0.7,
  radius = 0,
  xAxisId,
  yAxisId,
  fillOpacityOf,
}: LiveBarsProps) {
  const scales = useBarScales(orientation, { xAxisId, yAxisId });
  if (!scales) return null;
  const { rows, band, value } = scales;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <g className="recharts-layer recharts-bar live-bars">
        {rows.map((row, index) => {
          const category = fieldAt(row, categoryKey);
          const v = numberAt(row, dataKey);
          if (v === undefined) return null;
          const base = baseKey ? (numberAt(row, baseKey) ?? 0) : 0;
          const start = bandEdge(band, category, 'start');
          const end = bandEdge(band, category, 'end');
          const from = value(base);
          const to = value(base + v);
          if (start === undefined || end === undefined || from === undefined || to === undefined) return null;
          const thickness = (end - start) * size;
          const offset = start + (end - start - thickness) / 2;
          const lo = Math.min(from, to);
          const length = Math.abs(to - from);
          const rect =
            orientation === 'vertical'
              ? { x: offset, y: lo, width: thickness, height: length }
              : { x: lo, y: offset, width: length, height: thickness };
          const barFill = typeof fill === 'function' ? fill(row, index) : fill;
          const barOpacity = fillOpacityOf ? fillOpacityOf(row, index) : fillOpacity;
          return (
            <g key={String(category ?? index)} className="recharts-bar-rectangle">
              {radius > 0 ? (
                <Rectangle {...rect} radius={radius} fill={barFill} fillOpacity={barOpacity} />
              ) : (
                <BarPath {...rect} fill={barFill} fillOpacity={barOpacity} />
              )}
            </g>
          );
        })}
      </g>
    </ZIndexLayer>
  );
});

function bandEdge(
  scale: (value: unknown, options?: { position?: 'start' | 'middle' | 'end' }) => number | undefined,
  category: unknown,
  position: 'start' | 'end',
): number | undefined {
  const edge = scale(category, { position });
  return edge === undefined || !Number.isFinite(edge) ? undefined : edge;
}

/**
 * A hidden series over the chart's (static) grid. Recharts shows a tooltip only when some
 * series gives it a payload; live charts have no Recharts series, so this one does (with
 * `<Tooltip includeHidden>`). The tooltip content itself reads the live rows.
 */
export function TooltipAnchor({ dataKey, kind = 'line' }: { dataKey: string; kind?: 'line' | 'bar' }) {
  return kind === 'line' ? (
    <Line hide dataKey={dataKey} dot={false} activeDot={false} legendType="none" isAnimationActive={false} />
  ) : (
    <Bar hide dataKey={dataKey} legendType="none" isAnimationActive={false} />
  );
}
