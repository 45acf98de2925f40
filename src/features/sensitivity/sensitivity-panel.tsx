import { memo, useMemo, useState } from 'react';
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
} from 'recharts';
import { useOpenAssumption } from '../../hooks/assumption-focus';
import { formatInputWithUnit, inputLabel } from '../../hooks/input-labels';
import { useChartScenario, useTornado } from '../../hooks/use-model';
import { useStableData } from '../../hooks/use-stable';
import { formatInteger, formatUsd, type Locale } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { isInputId, specFor, type InputId } from '../../model/input-specs';
import { SENSITIVITY_METRICS, type SensitivityMetric } from '../../model/sensitivity';
import { ChartFrame } from '../../ui/chart-frame';
import { Legend } from '../../ui/legend';
import { LiveBarGroup, type LiveBarSeries } from '../../ui/live/live-bar-group';
import { TooltipAnchor } from '../../ui/live/live-marks';
import { fieldAt, LiveProvider, numberAt, useLive, xGrid, type LiveRow } from '../../ui/live/live-rows';
import { tornadoAxis } from './tornado-axis';
import { tornadoRows } from './tornado-rows';

const LOW_COLOUR = 'var(--series-soft)';
const HIGH_COLOUR = 'var(--series-strong)';
const ROW_HEIGHT = 34;
const BAR_SIZE = 16;
const MARGIN = { top: 4, right: 16, bottom: 24, left: 8 };

/** A value of the metric: an HHI or a cost per million tokens. */
function formatMetric(metric: SensitivityMetric, locale: Locale, v: number): string {
  return metric === 'hhi' ? formatInteger(locale, v) : formatUsd(locale, v);
}

/** A change in the metric, with its sign. */
function formatChange(metric: SensitivityMetric, locale: Locale, v: number): string {
  return v > 0 ? `+${formatMetric(metric, locale, v)}` : formatMetric(metric, locale, v);
}

/** The assumption a row (or a hovered category) stands for. */
function inputOf(value: unknown): InputId | undefined {
  return typeof value === 'string' && isInputId(value) ? value : undefined;
}

function labelOf(t: Translate, value: unknown): string {
  const id = inputOf(value);
  return id ? inputLabel(t, id) : String(value);
}

/** Both bars start at 0 and overlap in one row; the low end is drawn on top, slightly see-through. */
function barSeries(t: Translate): LiveBarSeries[] {
  return [
    { dataKey: 'highDelta', name: t('sensitivity.atHigh'), fill: HIGH_COLOUR },
    { dataKey: 'lowDelta', name: t('sensitivity.atLow'), fill: LOW_COLOUR, fillOpacity: 0.9 },
  ];
}

/**
 * Recharts' default tooltip over the live rows (the chart's own data is only the assumption
 * ids): the metric's change at the hovered assumption's high and low ends.
 */
function SensitivityTooltip(props: TooltipContentProps<TooltipValueType, string | number>) {
  const { t } = useI18n();
  const { rows } = useLive();
  const row = rows.find((r) => fieldAt(r, 'id') === props.label);
  if (!props.active || !row) return null;
  const payload = barSeries(t).map((s) => ({
    dataKey: s.dataKey,
    name: s.name,
    value: numberAt(row, s.dataKey),
    color: s.fill,
    fill: s.fill,
    payload: row,
    graphicalItemId: `live-${s.dataKey}`,
  }));
  return <DefaultTooltipContent {...props} payload={payload} />;
}

/**
 * A tornado of the assumptions, ranked by their effect on cost per million tokens or on
 * vendor HHI. Clicking a bar (or its row in the data table) opens that assumption.
 */
export const SensitivityPanel = memo(function SensitivityPanel() {
  const { t, locale } = useI18n();
  const onSelectInput = useOpenAssumption();
  const scenario = useChartScenario('sensitivity');
  const [metric, setMetric] = useState<SensitivityMetric>('costPerMillionTokens');
  const tornado = useTornado(scenario, metric);
  const rows = useMemo(() => tornadoRows(tornado, 12), [tornado]);
  // The frame's category list and value axis: they change when the ranking reorders or a
  // bar crosses a tick step, not on every slider step.
  const grid = useStableData(xGrid(rows, 'id'));
  const axis = useStableData(tornadoAxis(rows));
  const format = (v: number) => formatMetric(metric, locale, v);
  const signed = (v: number) => formatChange(metric, locale, v);
  const value = (id: InputId, v: number) => formatInputWithUnit(t, locale, specFor(id).unit, v);
  const [first, second] = tornado.bars;
  const metricName = t(`sensitivity.metric.${metric}`);
  const summary = first
    ? t('sensitivity.summary', {
        metric: metricName,
        first: inputLabel(t, first.id),
        firstLow: format(Math.min(first.atLow, first.atHigh)),
        firstHigh: format(Math.max(first.atLow, first.atHigh)),
        second: second ? inputLabel(t, second.id) : '—',
      })
    : t('sensitivity.summaryNone', { metric: metricName });
  const chart = useMemo(() => {
    const signedTick = (v: number) => formatChange(metric, locale, v);
    const select = (row: LiveRow) => {
      const id = inputOf(fieldAt(row, 'id'));
      if (id && onSelectInput) onSelectInput(id);
    };
    return (
      <ResponsiveContainer width="100%" height={40 + grid.length * ROW_HEIGHT}>
        <BarChart data={grid} layout="vertical" barSize={BAR_SIZE} barGap={-BAR_SIZE} margin={MARGIN}>
          <CartesianGrid stroke="var(--grid)" horizontal={false} />
          <XAxis
            type="number"
            domain={axis.domain}
            ticks={axis.ticks}
            // The bars are live marks, so the axis has no data of its own; the domain covers them.
            allowDataOverflow
            tickFormatter={signedTick}
            label={{
              value: t(`sensitivity.xAxis.${metric}`),
              position: 'insideBottom',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis
            type="category"
            dataKey="id"
            width={230}
            tickFormatter={(id: InputId) => inputLabel(t, id)}
            interval={0}
          />
          <Tooltip
            content={SensitivityTooltip}
            includeHidden
            formatter={(v: unknown) => signedTick(Number(v))}
            labelFormatter={(id: unknown) => labelOf(t, id)}
          />
          <TooltipAnchor dataKey="id" kind="bar" />
          <ReferenceLine x={0} stroke="var(--ink)" />
          <LiveBarGroup
            categoryKey="id"
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
  }, [grid, axis, metric, locale, t, onSelectInput]);
  return (
    <ChartFrame
      title={t('sensitivity.title')}
      summary={summary}
      note={t('sensitivity.note')}
      testId="sensitivity-panel"
      showDataLabel={t('chart.showData')}
      hideDataLabel={t('chart.hideData')}
      legend={
        <div className="panel__controls">
          <div className="segmented" role="group" aria-label={t('sensitivity.metricLabel')}>
            {SENSITIVITY_METRICS.map((m) => (
              <button
                key={m}
                type="button"
                className="segmented__button"
                aria-pressed={metric === m}
                onClick={() => setMetric(m)}
              >
                {t(`sensitivity.metric.${m}`)}
              </button>
            ))}
          </div>
          <Legend
            items={[
              { label: t('sensitivity.atLow'), colour: LOW_COLOUR },
              { label: t('sensitivity.atHigh'), colour: HIGH_COLOUR },
            ]}
          />
        </div>
      }
      table={
        <table className="data-table">
          <caption>{t('sensitivity.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{metricName}</th>
              <th scope="col">{t('sensitivity.atLow')}</th>
              <th scope="col">{t('sensitivity.atHigh')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {onSelectInput ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelectInput(r.id)}
                      aria-label={t('sensitivity.open', { label: inputLabel(t, r.id) })}
                    >
                      {inputLabel(t, r.id)}
                    </button>
                  ) : (
                    inputLabel(t, r.id)
                  )}
                </th>
                <td>
                  {value(r.id, r.low)}: {signed(r.lowDelta)}
                </td>
                <td>
                  {value(r.id, r.high)}: {signed(r.highDelta)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <LiveProvider data={{ rows }}>{chart}</LiveProvider>
    </ChartFrame>
  );
});
