import { memo, useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useOpenAssumption } from '../../hooks/assumption-focus';
import { formatInputWithUnit, inputLabel } from '../../hooks/input-labels';
import { useChartScenario, useTornado } from '../../hooks/use-model';
import { formatInteger, formatUsd } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { specFor, type InputId } from '../../model/input-specs';
import { SENSITIVITY_METRICS, type SensitivityMetric } from '../../model/sensitivity';
import { ChartFrame } from '../../ui/chart-frame';
import { Legend } from '../../ui/legend';
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query';
import { tornadoRows } from './tornado-rows';

const LOW_COLOUR = 'var(--series-soft)';
const HIGH_COLOUR = 'var(--series-strong)';
const ROW_HEIGHT = 34;
const BAR_SIZE = 16;

/**
 * A tornado of the assumptions, ranked by their effect on cost per million tokens or on
 * vendor HHI. Clicking a bar (or its row in the data table) opens that assumption.
 */
export const SensitivityPanel = memo(function SensitivityPanel() {
  const { t, locale } = useI18n();
  const onSelectInput = useOpenAssumption();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const scenario = useChartScenario();
  const [metric, setMetric] = useState<SensitivityMetric>('costPerMillionTokens');
  const tornado = useTornado(scenario, metric);
  const rows = useMemo(() => tornadoRows(tornado, 12), [tornado]);
  const format = (v: number) => (metric === 'hhi' ? formatInteger(locale, v) : formatUsd(locale, v));
  const signed = (v: number) => (v > 0 ? `+${format(v)}` : format(v));
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
  const select = (index: number) => {
    const row = rows[index];
    if (row && onSelectInput) onSelectInput(row.id);
  };
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
      <ResponsiveContainer width="100%" height={40 + rows.length * ROW_HEIGHT}>
        <BarChart
          data={rows}
          layout="vertical"
          barSize={BAR_SIZE}
          barGap={-BAR_SIZE}
          margin={{ top: 4, right: 16, bottom: 24, left: 8 }}
        >
          <CartesianGrid stroke="var(--grid)" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={(v: number) => signed(v)}
            label={{
              value: t(`sensitivity.xAxis.${metric}`),
              // Right-aligned: the plot beside the long row labels is narrower than the title.
              position: 'insideBottomRight',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis
            type="category"
            dataKey="id"
            width={narrow ? 170 : 230}
            tickFormatter={(id: InputId) => inputLabel(t, id)}
            interval={0}
          />
          <Tooltip
            formatter={(v: unknown) => signed(Number(v))}
            labelFormatter={(id: unknown) => labelOf(id)}
          />
          <ReferenceLine x={0} stroke="var(--ink)" />
          {/* Both bars start at 0 and overlap in one row; the low end is drawn on top, slightly see-through. */}
          <Bar
            dataKey="highDelta"
            name={t('sensitivity.atHigh')}
            fill={HIGH_COLOUR}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => select(index)}
          />
          <Bar
            dataKey="lowDelta"
            name={t('sensitivity.atLow')}
            fill={LOW_COLOUR}
            fillOpacity={0.9}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => select(index)}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );

  function labelOf(id: unknown): string {
    const row = rows.find((r) => r.id === id);
    return row ? inputLabel(t, row.id) : String(id);
  }
});
