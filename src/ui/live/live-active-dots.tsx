/**
 * The dots Recharts draws on each series at the hovered x (a Line's or Area's activeDot),
 * for live charts: read from the live rows at the tooltip's active label, so they
 * re-render on hover and on a step, never the chart.
 */
import { memo } from 'react';
import {
  Dot,
  useActiveTooltipLabel,
  useIsTooltipActive,
  useXAxisScale,
  useYAxisScale,
  type BandPosition,
} from 'recharts';
import { numberAt, rowAt, useLive, overTop } from './live-rows';

export interface LiveActiveDotsProps {
  /** The rows' x key (the chart's XAxis dataKey). */
  readonly xKey: string;
  /** A dot per key, filled with its series' colour. */
  readonly dots: readonly { readonly dataKey: string; readonly fill: string }[];
  /** On a category (band) x axis, where in the band the dots sit ('middle', as Recharts' Line). */
  readonly xPosition?: BandPosition;
  readonly yAxisId?: string | number;
}

/** Recharts' default active dot (r 4, white 2 px ring) on each series at the hovered x. */
export const LiveActiveDots = memo(function LiveActiveDots({
  xKey,
  dots,
  xPosition,
  yAxisId,
}: LiveActiveDotsProps) {
  const active = useIsTooltipActive();
  const label = useActiveTooltipLabel();
  const { rows, valueTop } = useLive();
  const x = useXAxisScale();
  const yAxisScale = useYAxisScale(yAxisId);
  if (!active || label === undefined || !x || !yAxisScale) return null;
  const y = overTop(yAxisScale, valueTop);
  const row = rowAt(rows, xKey, label);
  if (!row) return null;
  const cx = x(numberAt(row, xKey), xPosition ? { position: xPosition } : undefined);
  if (cx === undefined || !Number.isFinite(cx)) return null;
  return (
    <g className="recharts-layer live-active-dots">
      {dots.map(({ dataKey, fill }) => {
        const value = numberAt(row, dataKey);
        const cy = value === undefined ? undefined : y(value);
        if (cy === undefined || !Number.isFinite(cy)) return null;
        return (
          <g key={dataKey} className="recharts-layer recharts-active-dot">
            <Dot cx={cx} cy={cy} r={4} fill={fill} stroke="#fff" strokeWidth={2} />
          </g>
        );
      })}
    </g>
  );
});
