import { memo, useMemo } from 'react';
import { chartPanelRef } from '../../hooks/chart-queue';
import { useChartScenario, useProjection } from '../../hooks/use-model';
import { useStableData } from '../../ui/use-stable-data';
import { formatCompact, formatNumber, formatUsd } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { VENDOR_IDS } from '../../model/vendors';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { LiveProvider, xGrid } from '../../ui/live/live-rows';
import { withStackBases } from '../../ui/live/stack-bases';
import { VENDOR_COLOURS } from '../../ui/palette';
import { gwMax, kwhMax } from './energy-axis';
import { liveAxisTop } from '../../ui/live/live-value-axis';
import { GW_STACK, GwChart, KwhChart, NEEDED_COLOUR, gwRowName } from './energy-charts';
import { gwRows, kwhRows } from './energy-rows';

/** The fleet's GW beside the load's needs and the announced deals; tokens per kWh per class. */
export const EnergyPanel = memo(function EnergyPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario('energy');
  const projection = useProjection(scenario);
  const y = projection.selected;
  const rows = useMemo(() => gwRows(y), [y]);
  const kwh = useMemo(() => kwhRows(y), [y]);
  const gw = (v: number) => `${formatNumber(locale, v, 3)} GW`;
  const rowName = (kind: string): string => gwRowName(t, kind, y.year);
  // The frames' inputs: the same objects while a step leaves the rows' names alone. The
  // value axes are live: their tops travel with the rows, so a rescale rebuilds nothing.
  const gwGrid = useStableData(xGrid(rows, 'kind'));
  const kwhGrid = useStableData(xGrid(kwh, 'vendor'));
  const gwLive = useMemo(
    () => ({
      rows: withStackBases(rows, GW_STACK),
      values: { year: y.year },
      valueTop: liveAxisTop(gwMax(rows)),
    }),
    [rows, y.year],
  );
  const kwhLive = useMemo(() => ({ rows: kwh, valueTop: liveAxisTop(kwhMax(kwh)) }), [kwh]);
  const sorted = [...kwh].sort((a, b) => b.tokensPerKwh - a.tokensPerKwh);
  const best = sorted[0];
  const worst = sorted.at(-1);
  const summary = [
    t('energy.summary', {
      year: y.year,
      gw: gw(y.totalPowerGw),
      twh: `${formatNumber(locale, y.twhPerYear)} TWh`,
      cost: formatUsd(locale, y.energyCostUsd),
      needed: gw(y.gwToServeLoad),
    }),
    best && worst
      ? t('energy.summaryKwh', {
          best: t(`vendor.${best.vendor}`),
          bestValue: formatCompact(locale, best.tokensPerKwh),
          worst: t(`vendor.${worst.vendor}`),
          worstValue: formatCompact(locale, worst.tokensPerKwh),
        })
      : '',
  ].join(' ');
  return (
    <ChartFrame
      title={t('energy.title')}
      summary={summary}
      note={t('energy.note')}
      testId="energy-panel"
      panelRef={chartPanelRef('energy')}
      showDataLabel={t('chart.showData')}
      hideDataLabel={t('chart.hideData')}
      legend={
        <Legend
          items={[
            ...VENDOR_IDS.map((id) => ({ label: t(`vendor.${id}`), colour: VENDOR_COLOURS[id] })),
            { label: t('energy.needed', { year: y.year }), colour: NEEDED_COLOUR },
          ]}
        />
      }
      table={
        <>
          <DataTable
            caption={t('energy.title')}
            columns={['', 'GW']}
            rows={rows.map((r) => [
              rowName(r.kind),
              gw(r.needed + VENDOR_IDS.reduce((sum, id) => sum + r[id], 0)),
            ])}
          />
          <DataTable
            caption={t('energy.kwhTitle', { year: y.year })}
            columns={['', t('energy.kwhAxis')]}
            rows={kwh.map((r) => [t(`vendor.${r.vendor}`), formatCompact(locale, r.tokensPerKwh)])}
          />
        </>
      }
    >
      <LiveProvider data={gwLive}>
        <GwChart grid={gwGrid} />
      </LiveProvider>
      <h3 className="panel__subtitle">{t('energy.kwhTitle', { year: y.year })}</h3>
      <LiveProvider data={kwhLive}>
        <KwhChart grid={kwhGrid} />
      </LiveProvider>
    </ChartFrame>
  );
});
