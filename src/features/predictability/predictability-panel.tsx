import { memo, useMemo } from 'react';
import { chartPanelRef } from '../../hooks/chart-queue';
import { useChartScenario, useDiversification, useProjection } from '../../hooks/use-model';
import { formatInteger, formatPercent, formatUsd } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { VENDOR_COLOURS } from '../../ui/palette';
import { CurveChart } from './curve-chart';
import { FAN_BAND50, FAN_BAND90, FAN_COLOUR, FanChart } from './fan-chart';
import { curveRows, fanRows } from './predictability-rows';

/** The diversification curve over the Nvidia share and the fan of the bill over the projection. */
export const PredictabilityPanel = memo(function PredictabilityPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario('predictability');
  const diversification = useDiversification(scenario);
  const projection = useProjection(scenario);
  const curve = useMemo(() => curveRows(diversification.points), [diversification.points]);
  const fan = useMemo(() => fanRows(projection.years), [projection]);
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
      panelRef={chartPanelRef('predictability')}
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
      <CurveChart
        rows={curve}
        sharePct={scenario.nvidiaShare}
        cvPct={current.cv * 100}
        lowestPct={diversification.lowest.nvidiaSharePct}
      />
      <h3 className="panel__subtitle">{t('predictability.fanTitle')}</h3>
      <Legend
        items={[
          { label: t('predictability.band90'), colour: FAN_BAND90 },
          { label: t('predictability.band50'), colour: FAN_BAND50 },
          { label: t('predictability.median'), colour: FAN_COLOUR },
        ]}
      />
      <FanChart rows={fan} selectedYear={projection.selected.year} />
    </ChartFrame>
  );
});
