/**
 * The tornado's chart. Its frame (axes, grid, the zero line, tooltip) is built from what a
 * slider step rarely changes: the number of bars, the value axis' nice domain, the metric
 * and the locale. The ranking is not part of it: the category axis counts ranks (0, 1, …),
 * and the bars, the rank labels and the tooltip read the ranked rows from the live context,
 * so a step that reorders two assumptions redraws only those marks.
 */
import { memo, useMemo } from 'react';
import {
  BarChart,
  CartesianGrid,
  DefaultTooltipContent,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
  type YAxisTickContentProps,
} from 'recharts';
import { inputLabel } from '../../hooks/input-labels';
import { formatInteger, formatUsd, type Locale } from '../../i18n/format';
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query';
import { useChartHeight, useChartMargin } from '../../ui/chart-height';
import { useI18n, type Translate } from '../../i18n/i18n';
import { isInputId, type InputId } from '../../model/input-specs';
import type { SensitivityMetric } from '../../model/sensitivity';
import { LiveBarGroup, type LiveBarSeries } from '../../ui/live/live-bar-group';
import { TooltipAnchor } from '../../ui/live/live-marks';
import { fieldAt, numberAt, useLive, type LiveRow } from '../../ui/live/live-rows';
import { TickText, tickTextProps } from '../../ui/live/live-value-axis';
import type { TornadoAxis } from './tornado-axis';

export const LOW_COLOUR = 'var(--series-soft)';
export const HIGH_COLOUR = 'var(--series-strong)';
const ROW_HEIGHT = 34;
const BAR_SIZE = 16;
const MARGIN = { top: 4, right: 16, bottom: 24, left: 8 };
/** The category key of the chart's grid and of the live rows: the bar's place in the ranking. */
export const RANK_KEY = 'rank';

/** A value of the metric: an HHI or a cost per million tokens. */
export function formatMetric(metric: SensitivityMetric, locale: Locale, v: number): string {
  return metric === 'hhi' ? formatInteger(locale, v) : formatUsd(locale, v);
}

/** A change in the metric, with its sign. */
export function formatChange(metric: SensitivityMetric, locale: Locale, v: number): string {
  return v > 0 ? `+${formatMetric(metric, locale, v)}` : formatMetric(metric, locale, v);
}

/** The live row at `rank` (a category value, or the tooltip's label), if any. */
function rowAtRank(rows: readonly LiveRow[], rank: unknown): LiveRow | undefined {
  const index = typeof rank === 'number' || typeof rank === 'string' ? Number(rank) : Number.NaN;
  return Number.isInteger(index) ? rows[index] : undefined;
}

/** The assumption a row stands for. */
function inputOf(row: LiveRow | undefined): InputId | undefined {
  const id = row ? fieldAt(row, 'id') : undefined;
  return typeof id === 'string' && isInputId(id) ? id : undefined;
}

/** Both bars start at 0 and overlap in one row; the low end is drawn on top, slightly see-through. */
function barSeries(t: Translate): LiveBarSeries[] {
  return [
    { dataKey: 'highDelta', name: t('sensitivity.atHigh'), fill: HIGH_COLOUR },
    { dataKey: 'lowDelta', name: t('sensitivity.atLow'), fill: LOW_COLOUR, fillOpacity: 0.9 },
  ];
}

/** Recharts' default tooltip for the hovered rank's live row: the change at its high and low ends. */
function TornadoTooltip(props: TooltipContentProps<TooltipValueType, string | number>) {
  const { t } = useI18n();
  const { rows } = useLive();
  const row = rowAtRank(rows, props.label);
  const id = inputOf(row);
  if (!props.active || !row || !id) return null;
  const payload = barSeries(t).map((s) => ({
    dataKey: s.dataKey,
    name: s.name,
    value: numberAt(row, s.dataKey),
    color: s.fill,
    fill: s.fill,
    payload: row,
    graphicalItemId: `live-${s.dataKey}`,
  }));
  return <DefaultTooltipContent {...props} payload={payload} labelFormatter={() => inputLabel(t, id)} />;
}

/** The category axis' tick at a rank: the name of the assumption ranked there now. */
function RankTick(props: YAxisTickContentProps) {
  const { t } = useI18n();
  const { rows } = useLive();
  const id = inputOf(rowAtRank(rows, props.payload.value));
  // TickText is memoized: a step that keeps a rank's assumption does not re-measure its wrapping.
  return <TickText {...tickTextProps(props)}>{id ? inputLabel(t, id) : ''}</TickText>;
}

export interface TornadoChartProps {
  /** How many bars (ranks) the chart has room for. */
  readonly count: number;
  readonly axis: TornadoAxis;
  readonly metric: SensitivityMetric;
  /** Opens the assumption of a clicked bar. */
  readonly onSelect: ((id: InputId) => void) | null;
}

/** The tornado's frame, with its bars, rank labels and tooltip as live marks. */
export const TornadoChart = memo(function TornadoChart({ count, axis, metric, onSelect }: TornadoChartProps) {
  const { t, locale } = useI18n();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const chartHeight = useChartHeight(40 + count * ROW_HEIGHT);
  const margin = useChartMargin(MARGIN);
  const grid = useMemo(() => Array.from({ length: count }, (_, rank) => ({ [RANK_KEY]: rank })), [count]);
  const select = (row: LiveRow) => {
    const id = inputOf(row);
    if (id && onSelect) onSelect(id);
  };
  const signed = (v: number) => formatChange(metric, locale, v);
  return (
    <ResponsiveContainer width="100%" height={chartHeight}>
      <BarChart data={grid} layout="vertical" barSize={BAR_SIZE} barGap={-BAR_SIZE} margin={margin}>
        <CartesianGrid stroke="var(--grid)" horizontal={false} />
        <XAxis
          type="number"
          domain={axis.domain}
          ticks={axis.ticks}
          // The bars are live marks, so the axis has no data of its own; the domain covers them.
          allowDataOverflow
          tickFormatter={signed}
          label={{
            value: t(`sensitivity.xAxis.${metric}`),
            // Right-aligned: the plot beside the long row labels is narrower than the title.
            position: 'insideBottomRight',
            offset: -12,
            className: 'axis-label',
          }}
        />
        <YAxis type="category" dataKey={RANK_KEY} width={narrow ? 170 : 230} tick={RankTick} interval={0} />
        <Tooltip content={TornadoTooltip} includeHidden formatter={(v: unknown) => signed(Number(v))} />
        <TooltipAnchor dataKey={RANK_KEY} kind="bar" />
        <ReferenceLine x={0} stroke="var(--ink)" />
        <LiveBarGroup
          categoryKey={RANK_KEY}
          orientation="horizontal"
          series={barSeries(t)}
          barSize={BAR_SIZE}
          barGap={-BAR_SIZE}
          cursor="pointer"
          onBarClick={select}
        />
      </BarChart>
    </ResponsiveContainer>
  );
});
