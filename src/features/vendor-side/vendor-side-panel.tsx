import { memo, useMemo } from 'react';
import { chartPanelRef } from '../../hooks/chart-queue';
import { useChartScenario, useProjection } from '../../hooks/use-model';
import { formatPercent, formatUsd } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { DISCLOSURE_THRESHOLD } from '../../model/vendor-side';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { MIRROR_COLOURS, VENDOR_COLOURS } from '../../ui/palette';
import { FINANCED_COLOUR, MirrorChart, THRESHOLD_COLOUR } from './mirror-chart';
import { mirrorRows } from './vendor-side-rows';

const MIRROR_SOFT = MIRROR_COLOURS.dependence;

/** The buyer's dependence on Nvidia beside Nvidia's exposure to the buyer, the 10% line and circular financing. */
export const VendorSidePanel = memo(function VendorSidePanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario('vendor-side');
  const projection = useProjection(scenario);
  const rows = useMemo(() => mirrorRows(projection.years), [projection]);
  const y = projection.selected;
  const first = projection.years[0];
  const last = projection.years.at(-1);
  const pct = (v: number) => formatPercent(locale, v);
  const summary = t('vendorSide.summary', {
    year: y.year,
    spend: formatUsd(locale, y.vendorRevenueUsd.nvidia),
    share: formatPercent(locale, y.nvidiaRevenueShare, 1),
    revenue: formatUsd(locale, y.nvidiaDcRevenueUsd),
    position: t(y.nvidiaRevenueShare >= DISCLOSURE_THRESHOLD ? 'vendorSide.above' : 'vendorSide.below'),
    financed: pct(y.financedShare),
    cumulative: pct(projection.cumulativeFinancedShare),
    from: first?.year ?? y.year,
    to: last?.year ?? y.year,
  });
  const labels = useMemo(
    () => ({
      dependence: t('vendorSide.dependence'),
      exposure: t('vendorSide.exposure'),
      financed: t('vendorSide.financed'),
    }),
    [t],
  );
  return (
    <ChartFrame
      title={t('vendorSide.title')}
      summary={summary}
      note={t('vendorSide.note')}
      testId="vendor-side-panel"
      panelRef={chartPanelRef('vendor-side')}
      showDataLabel={t('chart.showData')}
      hideDataLabel={t('chart.hideData')}
      legend={
        <Legend
          items={[
            { label: labels.dependence, colour: MIRROR_SOFT },
            { label: labels.exposure, colour: VENDOR_COLOURS.nvidia },
            { label: labels.financed, colour: FINANCED_COLOUR },
            { label: t('vendorSide.threshold'), colour: THRESHOLD_COLOUR, dashed: true },
          ]}
        />
      }
      table={
        <DataTable
          caption={t('vendorSide.title')}
          columns={[t('vendorSide.xAxis'), labels.dependence, labels.exposure, labels.financed]}
          rows={rows.map((r) => [
            String(r.year),
            pct(r.dependence / 100),
            formatPercent(locale, r.exposure / 100, 1),
            pct(r.financed / 100),
          ])}
        />
      }
    >
      <MirrorChart rows={rows} selectedYear={y.year} labels={labels} />
    </ChartFrame>
  );
});
