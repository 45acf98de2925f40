/**
 * The budget panel's two chart frames. Each is memoized on its grid, and its value axis is
 * live (src/ui/live/live-value-axis.tsx), so a slider step or a new year re-renders only the
 * live bars, labels and tick labels inside it.
 */
import { memo, useMemo } from 'react';
import {
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts';
import { vendorLabel } from '../../hooks/input-labels';
import { formatUsd, formatUsdTick } from '../../i18n/format';
import { VENDOR_IDS } from '../../model/vendors';
import { xAxisTitle, yAxisTitle } from '../../ui/axis-titles';
import { useAxisWidth, useChartHeight, useRowHeight } from '../../ui/chart-height';
import { LabelledBarChart } from '../../ui/live/labelled-bar-chart';
import { useI18n } from '../../i18n/i18n';
import { LiveBars, TooltipAnchor } from '../../ui/live/live-marks';
import { fieldAt, numberAt, rowAt, useLive, type LiveRow } from '../../ui/live/live-rows';
import { stackBaseKey } from '../../ui/live/stack-bases';
import { LIVE_AXIS_DOMAIN, LIVE_AXIS_TICKS, liveValueTick } from '../../ui/live/live-value-axis';
import { BUDGET_COLOURS, VENDOR_COLOURS } from '../../ui/palette';
import { BUDGET_SERIES, OTHER_OPACITY } from './budget-rows';

const MARGIN = { top: 8, right: 16, bottom: 24, left: 16 };
const MARGIN_CHART_MARGIN = { top: 0, right: 56, bottom: 20, left: 16 };
/** Recharts' default bar: 10% of the band free on each side. */
const BAR_SIZE = 0.8;
export const SERIES_KEYS = {
  inference: 'budget.inference',
  remaining: 'budget.remaining',
  over: 'budget.over',
} as const;

type Grid = readonly Record<string, unknown>[];
// The numeric axes take their domain from the ticks, which cover the live values: the frame
// has no series of its own for Recharts to fit a domain to (hence `allowDataOverflow`).

const yearOpacity = (row: LiveRow): number => numberAt(row, 'opacity') ?? OTHER_OPACITY;
const vendorColour = (row: LiveRow): string => {
  const vendor = VENDOR_IDS.find((id) => id === fieldAt(row, 'vendor'));
  return vendor ? VENDOR_COLOURS[vendor] : 'var(--muted)';
};

/** The year's bill, budget left and overspend, read from the live row at the hovered year. */
function BudgetTooltip({ active, label }: TooltipContentProps<TooltipValueType, string | number>) {
  const { t, locale } = useI18n();
  const { rows } = useLive();
  const row = rowAt(rows, 'year', label);
  if (!active || !row) return null;
  return (
    <div className="tooltip">
      <div className="tooltip__title">{String(label)}</div>
      {BUDGET_SERIES.map((s) => {
        const value = numberAt(row, s);
        return value === undefined ? null : (
          <div key={s}>
            <span className="swatch" style={{ background: BUDGET_COLOURS[s] }} aria-hidden="true" />{' '}
            {t(SERIES_KEYS[s])}: {formatUsd(locale, value)}
          </div>
        );
      })}
    </div>
  );
}

/** Inference bill, budget left and overspend, stacked per projection year. */
export const BillChart = memo(function BillChart({ grid }: { grid: Grid }) {
  const { t, locale } = useI18n();
  const billHeight = useChartHeight(220);
  // Italian ticks are wider ('180 Mld' against '$180B'): without the room the rotated title
  // ran into them.
  const axisWidth = useAxisWidth(locale === 'it' ? 76 : 64);
  const tick = useMemo(() => liveValueTick((v) => formatUsdTick(locale, v)), [locale]);
  return (
    <ResponsiveContainer width="100%" height={billHeight}>
      <BarChart data={grid} margin={MARGIN}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="year" label={xAxisTitle(t('budget.xAxis'))} />
        <YAxis
          width={axisWidth}
          ticks={LIVE_AXIS_TICKS}
          domain={LIVE_AXIS_DOMAIN}
          allowDataOverflow
          tick={tick}
          label={yAxisTitle(t('budget.yAxis'))}
        />
        <Tooltip content={BudgetTooltip} includeHidden />
        <TooltipAnchor dataKey="year" kind="bar" />
        {BUDGET_SERIES.map((s) => (
          <LiveBars
            key={s}
            categoryKey="year"
            dataKey={s}
            baseKey={stackBaseKey(s)}
            orientation="vertical"
            fill={BUDGET_COLOURS[s]}
            fillOpacityOf={yearOpacity}
            size={BAR_SIZE}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});

/** Gross margin paid to each vendor class in the selected year, one bar each, labelled. */
export const MarginChart = memo(function MarginChart({ grid }: { grid: Grid }) {
  const { t, locale } = useI18n();
  const height = useChartHeight(36) + grid.length * useRowHeight(26);
  const categoryWidth = useAxisWidth(120);
  return (
    <LabelledBarChart
      grid={grid}
      categoryKey="vendor"
      dataKey="margin"
      height={height}
      categoryWidth={categoryWidth}
      margin={MARGIN_CHART_MARGIN}
      axisTitle={t('budget.marginAxis')}
      categoryLabel={(v) => vendorLabel(t, v)}
      formatTick={(v) => formatUsdTick(locale, v)}
      formatLabel={(v) => formatUsd(locale, v, 2)}
      fill={vendorColour}
      barSize={BAR_SIZE}
    />
  );
});
