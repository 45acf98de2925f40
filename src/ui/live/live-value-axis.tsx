/**
 * A live value axis: the chart's value axis runs 0–1 with ticks at fixed quarters, the
 * marks divide their values by the live top (`LiveData.valueTop`), and each tick label
 * reads that top. When the data outgrows the axis (or shrinks), the top, the marks and the
 * labels change on the next step without rebuilding the chart: a Recharts axis rebuild
 * costs 10–15 ms, a step's marks a few.
 */
import { memo, type ReactElement } from 'react';
import { Text, type TextProps } from 'recharts';
import { useLive } from './live-rows';

/** The axis' domain and its ticks, as fractions of the live top. */
export const LIVE_AXIS_DOMAIN: [number, number] = [0, 1];
export const LIVE_AXIS_TICKS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

/** Step sizes (× a power of ten) that read well when counted four times: 0, 60, 120, 180, 240. */
const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10];

/**
 * The top of a live value axis covering `max`: four equal steps, each the smallest nice
 * step (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 or 8 × 10^k) with 4 × step ≥ max. So the axis is
 * filled at least ~75% of its height, and its ticks are numbers a reader can add up.
 */
export function liveAxisTop(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = NICE_STEPS.find((nice) => nice * magnitude >= raw * (1 - 1e-12)) ?? 10;
  // Round away float noise (0.30000000000000004 → 0.3).
  return Number((4 * step * magnitude).toPrecision(12));
}

/** The props Recharts hands a custom tick element. */
export interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
  readonly textAnchor?: TextProps['textAnchor'];
  readonly verticalAnchor?: TextProps['verticalAnchor'];
  readonly fill?: string;
  readonly width?: number | string;
  readonly height?: number | string;
  readonly className?: string;
}

/** A tick's text, redrawn only when its words change. */
export const TickText = memo(function TickText(props: TextProps) {
  return <Text {...props} />;
});

/**
 * The props of a custom tick's `TickText`, picked from what Recharts hands the tick: only
 * plain values (no payload object), so the memo holds while the words stay the same.
 */
export function tickTextProps({
  x,
  y,
  width,
  height,
  textAnchor,
  verticalAnchor,
  fill,
  className,
}: TickProps): TextProps {
  return {
    x: Number(x),
    y: Number(y),
    width,
    height,
    textAnchor,
    verticalAnchor,
    fill,
    stroke: 'none',
    className,
  };
}

/** One tick label: the tick's fraction of the axis times the live top, formatted. */
function LiveValueTick({ format, ...props }: TickProps & { readonly format: (value: number) => string }) {
  const { valueTop = 1 } = useLive();
  const fraction = Number(props.payload?.value);
  return (
    <TickText
      {...tickTextProps(props)}
      className={['recharts-cartesian-axis-tick-value', props.className].filter(Boolean).join(' ')}
    >
      {Number.isFinite(fraction) ? format(fraction * valueTop) : ''}
    </TickText>
  );
}

/** The `tick` prop of a live value axis (build it once per frame: `useMemo` on `format`). */
export function liveValueTick(format: (value: number) => string): (props: TickProps) => ReactElement {
  return (props) => <LiveValueTick {...props} format={format} />;
}
