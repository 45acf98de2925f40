import { memo, useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartScenario, useProjection } from '../../hooks/use-model';
import { formatPercent, formatPercentPoints, formatUsd } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { DISCLOSURE_THRESHOLD } from '../../model/vendor-side';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { MIRROR_COLOURS, VENDOR_COLOURS } from '../../ui/palette';
import { mirrorRows } from './vendor-side-rows';

const MARGIN = { top: 8, right: 16, bottom: 24, left: 16 };
const THRESHOLD_COLOUR = MIRROR_COLOURS.threshold;
const FINANCED_COLOUR = MIRROR_COLOURS.financed;
const MIRROR_SOFT = MIRROR_COLOURS.dependence;

/** The buyer's dependence on Nvidia beside Nvidia's exposure to the buyer, the 10% line and circular financing. */
export const VendorSidePanel = memo(function VendorSidePanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario();
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
  const labels = {
    dependence: t('vendorSide.dependence'),
    exposure: t('vendorSide.exposure'),
    financed: t('vendorSide.financed'),
  };
  return (
    <ChartFrame
      title={t('vendorSide.title')}
      summary={summary}
      note={t('vendorSide.note')}
      testId="vendor-side-panel"
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
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={rows} margin={MARGIN}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="year"
            label={{
              value: t('vendorSide.xAxis'),
              position: 'insideBottom',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis
            width={56}
            domain={[0, (dataMax: number) => Math.max(50, Math.ceil(dataMax / 25) * 25)]}
            tickFormatter={(v: number) => formatPercentPoints(locale, v, 1)}
            label={{
              value: t('vendorSide.yAxis'),
              angle: -90,
              position: 'insideLeft',
              offset: 4,
              className: 'axis-label',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip formatter={(v: unknown) => formatPercent(locale, Number(v) / 100, 1)} />
          <ReferenceLine
            y={DISCLOSURE_THRESHOLD * 100}
            stroke={THRESHOLD_COLOUR}
            strokeWidth={1.5}
            strokeDasharray="5 3"
          />
          <ReferenceLine x={y.year} stroke="var(--ink)" strokeOpacity={0.25} />
          <Bar dataKey="dependence" name={labels.dependence} fill={MIRROR_SOFT} isAnimationActive={false} />
          <Bar
            dataKey="exposure"
            name={labels.exposure}
            fill={VENDOR_COLOURS.nvidia}
            isAnimationActive={false}
          />
          <Line
            dataKey="financed"
            name={labels.financed}
            stroke={FINANCED_COLOUR}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
