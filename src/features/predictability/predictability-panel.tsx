import { memo, useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartScenario, useDiversification, useProjection } from '../../hooks/use-model';
import {
  formatInteger,
  formatPercent,
  formatPercentPoints,
  formatUsd,
  formatUsdTick,
} from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { niceTicks } from '../../ui/nice-ticks';
import { VENDOR_COLOURS } from '../../ui/palette';
import { curveRows, fanRows } from './predictability-rows';

const MARGIN = { top: 8, right: 16, bottom: 24, left: 16 };
const X_TICKS = [0, 20, 40, 60, 80, 100];
const FAN_COLOUR = 'var(--series-strong)';
// The fan's bands: solid tints of the median's colour, the same in the chart and the legend.
const FAN_BAND90 = 'var(--fan-band90)';
const FAN_BAND50 = 'var(--fan-band50)';

/** The diversification curve over the Nvidia share and the fan of the bill over the projection. */
export const PredictabilityPanel = memo(function PredictabilityPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario();
  const diversification = useDiversification(scenario);
  const projection = useProjection(scenario);
  const curve = useMemo(() => curveRows(diversification.points), [diversification]);
  const fan = useMemo(() => fanRows(projection.years), [projection]);
  const fanTicks = useMemo(() => niceTicks(Math.max(...fan.map((r) => r.band90[1]))), [fan]);
  const pct = (v: number) => formatPercent(locale, v);
  const current = diversification.current;
  const last = projection.years.at(-1);
  const summary = [
    t('predictability.summary', {
      share: pct(scenario.nvidiaShare / 100),
      cv: pct(current.cv),
      p10: formatUsd(locale, current.p10),
      p90: formatUsd(locale, current.p90),
      lowest: pct(diversification.lowest.cvAsSourced),
      lowestAt: pct(diversification.lowest.nvidiaSharePct / 100),
      separate: pct(diversification.lowestSeparate.cvSeparate),
    }),
    last
      ? t('predictability.summaryFan', {
          year: last.year,
          p10: formatUsd(locale, last.spread.p10),
          p90: formatUsd(locale, last.spread.p90),
        })
      : '',
  ].join(' ');
  return (
    <ChartFrame
      title={t('predictability.title')}
      summary={summary}
      note={t('predictability.note', { rho: formatPercent(locale, scenario.correlation / 100) })}
      testId="predictability-panel"
      showDataLabel={t('chart.showData')}
      hideDataLabel={t('chart.hideData')}
      legend={
        <Legend
          items={[
            { label: t('predictability.asSourced'), colour: VENDOR_COLOURS.nvidia },
            { label: t('predictability.separate'), colour: VENDOR_COLOURS.custom, dashed: true },
            { label: t('predictability.current'), colour: 'var(--ink)', marker: true },
          ]}
        />
      }
      table={
        <>
          <DataTable
            caption={t('predictability.curveTitle')}
            columns={[t('predictability.xAxis'), t('predictability.asSourced'), t('predictability.separate')]}
            rows={curve
              .filter((r) => r.nvidiaSharePct % 10 === 0)
              .map((r) => [
                formatInteger(locale, r.nvidiaSharePct),
                pct(r.asSourced / 100),
                pct(r.separate / 100),
              ])}
          />
          <DataTable
            caption={t('predictability.fanTitle')}
            columns={['', 'P10', 'P25', 'P50', 'P75', 'P90']}
            rows={projection.years.map((y) => [
              String(y.year),
              ...[y.spread.p10, y.spread.p25, y.spread.p50, y.spread.p75, y.spread.p90].map((v) =>
                formatUsd(locale, v),
              ),
            ])}
          />
        </>
      }
    >
      <h3 className="panel__subtitle">{t('predictability.curveTitle')}</h3>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={curve} margin={MARGIN}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="nvidiaSharePct"
            type="number"
            domain={[0, 100]}
            ticks={X_TICKS}
            tickFormatter={(v: number) => formatPercentPoints(locale, v)}
            label={{
              value: t('predictability.xAxis'),
              position: 'insideBottom',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis
            width={56}
            domain={[0, 'auto']}
            tickFormatter={(v: number) => formatPercentPoints(locale, v, 1)}
            label={{
              value: t('predictability.yAxis'),
              angle: -90,
              position: 'insideLeft',
              offset: 4,
              className: 'axis-label',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            formatter={(v: unknown) => pct(Number(v) / 100)}
            labelFormatter={(v: unknown) => `${formatPercentPoints(locale, Number(v), 1)} Nvidia`}
          />
          <ReferenceLine
            x={diversification.lowest.nvidiaSharePct}
            stroke="var(--muted)"
            strokeDasharray="2 3"
          />
          <Line
            dataKey="asSourced"
            name={t('predictability.asSourced')}
            stroke={VENDOR_COLOURS.nvidia}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="separate"
            name={t('predictability.separate')}
            stroke={VENDOR_COLOURS.custom}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
          <ReferenceDot
            x={scenario.nvidiaShare}
            y={current.cv * 100}
            r={7}
            fill="var(--ink)"
            stroke="var(--surface)"
            strokeWidth={2}
            ifOverflow="extendDomain"
          />
        </LineChart>
      </ResponsiveContainer>
      <h3 className="panel__subtitle">{t('predictability.fanTitle')}</h3>
      <Legend
        items={[
          { label: t('predictability.band90'), colour: FAN_BAND90 },
          { label: t('predictability.band50'), colour: FAN_BAND50 },
          { label: t('predictability.median'), colour: FAN_COLOUR },
        ]}
      />
      <ResponsiveContainer width="100%" height={200}>
        <ComposedChart data={fan} margin={MARGIN}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="year"
            label={{
              value: t('budget.xAxis'),
              position: 'insideBottom',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis
            width={64}
            ticks={fanTicks}
            domain={[0, fanTicks.at(-1) ?? 'auto']}
            tickFormatter={(v: number) => formatUsdTick(locale, v)}
            label={{
              value: t('predictability.fanYAxis'),
              angle: -90,
              position: 'insideLeft',
              offset: 4,
              className: 'axis-label',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            formatter={(v: unknown) =>
              Array.isArray(v)
                ? v.map((x) => formatUsd(locale, Number(x))).join(' – ')
                : formatUsd(locale, Number(v))
            }
          />
          <Area
            dataKey="band90"
            name={t('predictability.band90')}
            fill={FAN_BAND90}
            fillOpacity={1}
            stroke="none"
            isAnimationActive={false}
          />
          <Area
            dataKey="band50"
            name={t('predictability.band50')}
            fill={FAN_BAND50}
            fillOpacity={1}
            stroke="none"
            isAnimationActive={false}
          />
          <Line
            dataKey="median"
            name={t('predictability.median')}
            stroke={FAN_COLOUR}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <ReferenceLine x={projection.selected.year} stroke="var(--ink)" strokeOpacity={0.35} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
