import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts';
import { useI18n } from '../../i18n/i18n';
import { formatNumber, formatUsd, formatUsdTick } from '../../i18n/format';
import { useChartScenario, useCostCurves } from '../../hooks/use-model';
import { COST_CURVE_STRATEGIES, type CostCurveStrategy } from '../../model/cost-curves';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { GHOST_LINE, ghostKey } from '../../ui/ghost';
import { STRATEGY_COLOURS } from '../../ui/palette';
import { costDomain, LOAD_TICKS, logTicks } from './cost-curve-axis';
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

function CostTooltip({ active, payload, label }: TooltipContentProps<TooltipValueType, string | number>) {
  const { t, locale } = useI18n();
  if (!active || !payload?.length) return null;
  return (
    <div className="tooltip">
      <div className="tooltip__title">
        {t('unit.trillionTokensPerDay', { value: formatNumber(locale, Number(label)) })}
      </div>
      {payload.map((entry) => (
        <div key={String(entry.dataKey)}>
          <span className="swatch" style={{ background: entry.color }} aria-hidden="true" /> {entry.name}:{' '}
          {formatUsd(locale, Number(entry.value))}
        </div>
      ))}
    </div>
  );
}

/** Cost per million tokens against inference load for all-Nvidia, the current mix and all-alternatives. */
export const CostCurvesPanel = memo(function CostCurvesPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario();
  const curves = useCostCurves(scenario);
  const ghost = useCostCurvesGhost(curves.rows);
  const domain = useMemo(() => costDomain(curves.rows), [curves.rows]);
  const yTicks = useMemo(() => logTicks(domain[0], domain[1]), [domain]);
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
    breakEven === null
      ? t('cost.summaryNoBreakEven')
      : t('cost.summaryBreakEven', { load: loadText(breakEven) }),
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
  return (
    <ChartFrame
      title={t('cost.title')}
      summary={summary}
      note={t('cost.note')}
      testId="cost-panel"
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
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={ghost.rows} margin={MARGIN}>
          <CartesianGrid stroke="var(--grid)" />
          <XAxis
            dataKey="load"
            type="number"
            scale="log"
            domain={[0.1, 10000]}
            ticks={LOAD_TICKS}
            tickFormatter={(v: number) => formatNumber(locale, v)}
            label={{ value: t('cost.xAxis'), position: 'insideBottom', offset: -16, className: 'axis-label' }}
          />
          <YAxis
            type="number"
            scale="log"
            domain={domain}
            ticks={yTicks}
            allowDataOverflow
            width={64}
            tickFormatter={(v: number) => formatUsdTick(locale, v)}
            label={{
              value: t('cost.yAxis'),
              angle: -90,
              position: 'insideLeft',
              offset: 4,
              className: 'axis-label',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip content={CostTooltip} />
          {breakEvenVisible ? (
            <ReferenceLine
              x={breakEven}
              stroke="var(--muted)"
              strokeDasharray="2 3"
              label={{
                value: t('cost.breakEven', { load: formatNumber(locale, breakEven) }),
                position: 'insideTopRight',
                className: 'ref-label',
              }}
            />
          ) : null}
          <ReferenceLine x={scenario.load} stroke="var(--ink)" strokeOpacity={0.35} />
          {ghost.point
            ? COST_CURVE_STRATEGIES.map((s) => (
                <Line
                  key={ghostKey(s)}
                  type="monotone"
                  dataKey={ghostKey(s)}
                  name={`${t('baseline.legend')}: ${t(LABEL_KEYS[s])}`}
                  stroke={STRATEGY_COLOURS[s]}
                  {...GHOST_LINE}
                />
              ))
            : null}
          {COST_CURVE_STRATEGIES.map((s) => (
            <Line
              key={s}
              type="monotone"
              dataKey={s}
              name={t(LABEL_KEYS[s])}
              stroke={STRATEGY_COLOURS[s]}
              strokeWidth={WIDTHS[s]}
              strokeDasharray={DASHES[s]}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {ghost.point ? (
            <ReferenceDot
              x={ghost.point.load}
              y={Math.min(domain[1], Math.max(domain[0], ghost.point.cost))}
              r={6}
              fill="var(--surface)"
              stroke="var(--ink)"
              strokeOpacity={0.6}
              strokeDasharray="3 2"
              strokeWidth={2}
            />
          ) : null}
          <ReferenceDot
            x={scenario.load}
            y={Math.min(domain[1], Math.max(domain[0], curves.atLoad.currentMix))}
            r={7}
            fill="var(--ink)"
            stroke="var(--surface)"
            strokeWidth={2}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
