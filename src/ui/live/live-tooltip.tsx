/**
 * Recharts' own tooltip box for a live chart. The chart's Recharts series are only a hidden
 * anchor over the x grid (see TooltipAnchor), so the box gets its entries from the live
 * rows instead: same names, colours, order and formatting as the default tooltip of the
 * Recharts series the live marks replace.
 */
import {
  DefaultTooltipContent,
  type TooltipContentProps,
  type TooltipPayloadEntry,
  type TooltipValueType,
} from 'recharts';
import { rowAt, useLive, type LiveRow } from './live-rows';

/** One tooltip entry: what a Recharts series would have put in the payload. */
export interface LiveTooltipSeries {
  readonly key: string;
  readonly name: string;
  /** The entry's text colour: a line's stroke, a bar's or area's fill. */
  readonly colour: string;
  /** The value at a row (a [low, high] pair for a range area), or undefined to leave it out. */
  readonly value: (row: LiveRow) => TooltipValueType | undefined;
}

export type LiveTooltipProps = TooltipContentProps<TooltipValueType, string | number> & {
  /** The rows' x key (the chart's XAxis dataKey). */
  readonly xKey: string;
  readonly series: readonly LiveTooltipSeries[];
};

/** The entries of the live row at `label`, in the order given (the Tooltip's itemSorter sorts them). */
export function liveTooltipPayload(
  rows: readonly LiveRow[],
  xKey: string,
  label: unknown,
  series: readonly LiveTooltipSeries[],
): TooltipPayloadEntry[] {
  const row = rowAt(rows, xKey, label);
  if (!row) return [];
  return series.flatMap((s) => {
    const value = s.value(row);
    return value === undefined
      ? []
      : [{ name: s.name, value, color: s.colour, dataKey: s.key, graphicalItemId: s.key, payload: row }];
  });
}

/** Recharts' default tooltip content (with the Tooltip's formatter and sorter), fed from the live rows. */
export function LiveTooltip({ xKey, series, ...props }: LiveTooltipProps) {
  const { rows } = useLive();
  const payload = liveTooltipPayload(rows, xKey, props.label, series);
  if (!props.active || payload.length === 0) return null;
  return <DefaultTooltipContent {...props} payload={payload} />;
}
