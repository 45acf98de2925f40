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

/**
 * An estimate of a tick label's width in px, generous for 12 px tabular figures (about
 * 6.7 px a character in the system sans): enough to tell whether labels will collide.
 */
const TICK_CHAR_PX = 7.5;
/** The least clear space between two neighbouring tick labels, px. */
const TICK_GAP_PX = 8;

/**
 * Which of the quarter ticks a horizontal axis `axisPx` wide can label without two labels
 * touching, given its widest label of `widestChars` characters: every quarter, the halves
 * (0, ½, 1), or the two ends. A vertical axis has room for all five.
 */
export function labelledQuarters(axisPx: number, widestChars: number): readonly number[] {
  const needed = widestChars * TICK_CHAR_PX + TICK_GAP_PX;
  if (!Number.isFinite(axisPx) || axisPx / 4 >= needed) return LIVE_AXIS_TICKS;
  if (axisPx / 2 >= needed) return [0, 0.5, 1];
  return [0, 1];
}

/** One tick label: the tick's fraction of the axis times the live top, formatted. */
function LiveValueTick({
  format,
  horizontal,
  ...props
}: TickProps & { readonly format: (value: number) => string; readonly horizontal: boolean }) {
  const { valueTop = 1 } = useLive();
  const fraction = Number(props.payload?.value);
  // On a narrow horizontal axis, quarters whose labels would run into their neighbours go
  // unlabelled (their grid line stays); the widest label is the top's.
  const shown =
    Number.isFinite(fraction) &&
    (!horizontal ||
      labelledQuarters(Number(props.width), format(valueTop).length).some(
        (q) => Math.abs(q - fraction) < 1e-9,
      ));
  return (
    <TickText
      {...tickTextProps(props)}
      className={['recharts-cartesian-axis-tick-value', props.className].filter(Boolean).join(' ')}
    >
      {shown ? format(fraction * valueTop) : ''}
    </TickText>
  );
}

/**
 * The `tick` prop of a live value axis (build it once per frame: `useMemo` on `format`);
 * `horizontal` for an x axis, whose labels may need thinning when the chart is narrow.
 */
export function liveValueTick(
  format: (value: number) => string,
  { horizontal = false }: { readonly horizontal?: boolean } = {},
): (props: TickProps) => ReactElement {
  return (props) => <LiveValueTick {...props} format={format} horizontal={horizontal} />;
}
