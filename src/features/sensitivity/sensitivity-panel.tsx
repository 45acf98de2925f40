import { memo, useMemo, useState } from 'react';
import { useOpenAssumption } from '../../hooks/assumption-focus';
import { inputLabel } from '../../hooks/input-labels';
import { chartPanelRef } from '../../hooks/chart-queue';
import { useChartScenario, useTornado } from '../../hooks/use-model';
import { useStableData } from '../../ui/use-stable-data';
import { useI18n } from '../../i18n/i18n';
import { SENSITIVITY_METRICS, type SensitivityMetric } from '../../model/sensitivity';
import { ChartFrame } from '../../ui/chart-frame';
import { Legend } from '../../ui/legend';
import { LiveProvider } from '../../ui/live/live-rows';
import { tornadoAxis } from './tornado-axis';
import { formatMetric, HIGH_COLOUR, LOW_COLOUR, RANK_KEY, TornadoChart } from './tornado-chart';
import { tornadoRows } from './tornado-rows';
import { TornadoTable } from './tornado-table';

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
  // The chart's live rows are ranked; its value axis changes only when a bar crosses a tick step.
  const live = useMemo(() => ({ rows: rows.map((row, rank) => ({ ...row, [RANK_KEY]: rank })) }), [rows]);
  const axis = useStableData(tornadoAxis(rows));
  const format = (v: number) => formatMetric(metric, locale, v);
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
  return (
    <ChartFrame
      title={t('sensitivity.title')}
      summary={summary}
      note={t('sensitivity.note')}
      testId="sensitivity-panel"
      panelRef={chartPanelRef('sensitivity')}
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
      // A component, so its 12 rows are formatted only while the table is shown.
      table={<TornadoTable rows={rows} metric={metric} onSelect={onSelectInput} />}
    >
      <LiveProvider data={live}>
        <TornadoChart count={rows.length} axis={axis} metric={metric} onSelect={onSelectInput} />
      </LiveProvider>
    </ChartFrame>
  );
});
