import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts';
import { xAxisTitle, yAxisTitle } from '../../ui/axis-titles';
import { useAxisWidth, useChartHeight, useChartMargin } from '../../ui/chart-height';
import { useI18n } from '../../i18n/i18n';
import { formatNumber, formatUsd, formatUsdTick } from '../../i18n/format';
import { chartPanelRef } from '../../hooks/chart-queue';
import { useChartScenario, useCostCurves } from '../../hooks/use-model';
import { useStableData } from '../../ui/use-stable-data';
import { COST_CURVE_STRATEGIES, type CostCurveStrategy } from '../../model/cost-curves';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { GHOST_LINE, ghostKey } from '../../ui/ghost';
import { STRATEGY_COLOURS } from '../../ui/palette';
import { LiveDot, LiveLine, LiveVerticalLine, TooltipAnchor } from '../../ui/live/live-marks';
import { LiveProvider, numberAt, rowAt, useLive, xGrid } from '../../ui/live/live-rows';
import { breakEvenLabelPosition, costDomain, LOAD_TICKS, logTicks } from './cost-curve-axis';
import { useCostCurvesGhost } from './cost-curves-ghost';

const MARGIN = { top: 8, right: 28, bottom: 28, left: 16 };
const LABEL_KEYS = {
  allNvidia: 'cost.allNvidia',
  currentMix: 'cost.currentMix',
  allAlternatives: 'cost.allAlternatives',
} as const satisfies Record<CostCurveStrategy, string>;
const DASHES: Record<CostCurveStrategy, string | undefined> = {
  allNvidia: undefined,
  currentMix: undefined,
  allAlternatives: '6 4',
};
const WIDTHS: Record<CostCurveStrategy, number> = { allNvidia: 2, currentMix: 3, allAlternatives: 2 };

/** The tooltip reads the live rows (the chart's own data is only the load grid). */
function CostTooltip({ active, label }: TooltipContentProps<TooltipValueType, string | number>) {
  const { t, locale } = useI18n();
  const { rows } = useLive();
  const row = rowAt(rows, 'load', label);
  if (!active || !row) return null;
  const entries = COST_CURVE_STRATEGIES.flatMap((s) => {
    const colour = STRATEGY_COLOURS[s];
    const own = { key: s, name: t(LABEL_KEYS[s]), value: numberAt(row, s), colour, ghost: false };
    const ghost = numberAt(row, ghostKey(s));
    const baseline = `${t('baseline.legend')}: ${t(LABEL_KEYS[s])}`;
    return typeof ghost === 'number'
      ? [own, { key: ghostKey(s), name: baseline, value: ghost, colour, ghost: true }]
      : [own];
  });
  return (
    <div className="tooltip">
      <div className="tooltip__title">
        {t('unit.trillionTokensPerDay', { value: formatNumber(locale, Number(label)) })}
      </div>
      {entries.map((entry) =>
        typeof entry.value === 'number' ? (
          <div key={entry.key} className={entry.ghost ? 'tooltip__ghost' : undefined}>
            <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" /> {entry.name}:{' '}
            {formatUsd(locale, entry.value)}
          </div>
        ) : null,
      )}
    </div>
  );
}

/** Cost per million tokens against inference load for all-Nvidia, the current mix and all-alternatives. */
export const CostCurvesPanel = memo(function CostCurvesPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario('cost-curves');
  const curves = useCostCurves(scenario);
  const ghost = useCostCurvesGhost(curves.rows);
  const domain = useStableData(costDomain(curves.rows));
  const yTicks = useMemo(() => logTicks(domain[0], domain[1]), [domain]);
  const grid = useStableData(xGrid(curves.rows, 'load'));
  const hasGhost = ghost.point !== null;
  const loadText = (load: number) => t('unit.trillionTokensPerDay', { value: formatNumber(locale, load) });
  const breakEven = curves.breakEvenAlternatives;
  const breakEvenVisible = breakEven !== null && breakEven >= 0.1 && breakEven <= 10000;
  const summary = [
    t('cost.summary', {
      load: loadText(scenario.load),
      current: formatUsd(locale, curves.atLoad.currentMix),
      nvidia: formatUsd(locale, curves.atLoad.allNvidia),
      alternatives: formatUsd(locale, curves.atLoad.allAlternatives),
    }),
    breakEven !== null
      ? t('cost.summaryBreakEven', { load: loadText(breakEven) })
      : curves.alternativesAlwaysCheaper
        ? t('cost.summaryAlwaysCheaper')
        : t('cost.summaryNoBreakEven'),
    ghost.point
      ? t('baseline.costSummary', {
          cost: formatUsd(locale, ghost.point.cost),
          load: loadText(ghost.point.load),
        })
      : '',
  ]
    .filter(Boolean)
    .map((part, _i, parts) => (parts.length > 1 && !/[.!?]$/.test(part) ? `${part}.` : part))
    .join(' ');
  const tableRows = curves.rows
    .filter((_, i) => i % 10 === 0)
    .map((r) => [formatNumber(locale, r.load), ...COST_CURVE_STRATEGIES.map((s) => formatUsd(locale, r[s]))]);
  const live = {
    rows: ghost.rows,
    values: {
      load: scenario.load,
      current: curves.atLoad.currentMix,
      ghostLoad: ghost.point?.load,
      ghostCost: ghost.point?.cost,
    },
  };
  // The chart's frame: rebuilt when its grid, axes or labels change, not on every step.
  const axisWidth = useAxisWidth(64);
  const chartHeight = useChartHeight(300);
  const margin = useChartMargin(MARGIN);
  const chart = useMemo(
    () => (
      <ResponsiveContainer width="100%" height={chartHeight}>
        <LineChart data={grid} margin={margin}>
          <CartesianGrid stroke="var(--grid)" />
          <XAxis
            dataKey="load"
            type="number"
            scale="log"
            domain={[0.1, 10000]}
            ticks={LOAD_TICKS}
            tickFormatter={(v: number) => formatNumber(locale, v)}
            label={xAxisTitle(t('cost.xAxis'), -16)}
          />
          <YAxis
            type="number"
            scale="log"
            domain={domain}
            ticks={yTicks}
            allowDataOverflow
            width={axisWidth}
            tickFormatter={(v: number) => formatUsdTick(locale, v)}
            label={yAxisTitle(t('cost.yAxis'))}
          />
          <Tooltip content={CostTooltip} includeHidden />
          <TooltipAnchor dataKey="load" />
          {breakEvenVisible ? (
            <ReferenceLine
              x={breakEven}
              stroke="var(--muted)"
              strokeDasharray="2 3"
              label={{
                value: t('cost.breakEven', { load: formatNumber(locale, breakEven) }),
                position: breakEvenLabelPosition(breakEven),
                className: 'ref-label',
              }}
            />
          ) : null}
          <LiveVerticalLine xValue="load" stroke="var(--ink)" strokeOpacity={0.35} />
          {hasGhost
            ? COST_CURVE_STRATEGIES.map((s) => (
                <LiveLine
                  key={ghostKey(s)}
                  xKey="load"
                  dataKey={ghostKey(s)}
                  name={`${t('baseline.legend')}: ${t(LABEL_KEYS[s])}`}
                  stroke={STRATEGY_COLOURS[s]}
                  strokeWidth={GHOST_LINE.strokeWidth}
                  strokeDasharray={GHOST_LINE.strokeDasharray}
                  strokeOpacity={GHOST_LINE.strokeOpacity}
                />
              ))
            : null}
          {COST_CURVE_STRATEGIES.map((s) => (
            <LiveLine
              key={s}
              xKey="load"
              dataKey={s}
              name={t(LABEL_KEYS[s])}
              stroke={STRATEGY_COLOURS[s]}
              strokeWidth={WIDTHS[s]}
              strokeDasharray={DASHES[s]}
            />
          ))}
          {hasGhost ? (
            <LiveDot
              xValue="ghostLoad"
              yValue="ghostCost"
              clampY={domain}
              r={6}
              fill="var(--surface)"
              stroke="var(--ink)"
              strokeOpacity={0.6}
              strokeDasharray="3 2"
              strokeWidth={2}
            />
          ) : null}
          <LiveDot
            xValue="load"
            yValue="current"
            clampY={domain}
            r={7}
            fill="var(--ink)"
            stroke="var(--surface)"
            strokeWidth={2}
          />
        </LineChart>
      </ResponsiveContainer>
    ),
    [chartHeight, axisWidth, margin, grid, domain, yTicks, breakEven, breakEvenVisible, hasGhost, locale, t],
  );
  return (
    <ChartFrame
      title={t('cost.title')}
      summary={summary}
      note={t('cost.note')}
      testId="cost-panel"
      panelRef={chartPanelRef('cost-curves')}
      csv={{
        columns: [
          t('table.load'),
          ...COST_CURVE_STRATEGIES.map((s) => `${t(LABEL_KEYS[s])} (${t('cost.yAxis')})`),
        ],
        rows: curves.rows.map((r) => [
          Number(r.load.toPrecision(4)),
          ...COST_CURVE_STRATEGIES.map((s) => Number(r[s].toPrecision(4))),
        ]),
      }}
      showDataLabel={t('chart.showData')}
      hideDataLabel={t('chart.hideData')}
      legend={
        <Legend
          items={[
            ...COST_CURVE_STRATEGIES.map((s) => ({
              label: t(LABEL_KEYS[s]),
              colour: STRATEGY_COLOURS[s],
              dashed: DASHES[s] !== undefined,
            })),
            { label: t('cost.currentLoad'), colour: 'var(--ink)', marker: true },
            ...(ghost.point ? [{ label: t('baseline.legend'), colour: 'var(--ink)', ghost: true }] : []),
          ]}
        />
      }
      table={
        <DataTable
          caption={t('cost.title')}
          columns={[t('table.load'), ...COST_CURVE_STRATEGIES.map((s) => t(LABEL_KEYS[s]))]}
          rows={tableRows}
        />
      }
    >
      <LiveProvider data={live}>{chart}</LiveProvider>
    </ChartFrame>
  );
});
