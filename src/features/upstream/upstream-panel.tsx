import { memo, useMemo } from 'react';
import {
  BarChart,
  CartesianGrid,
  DefaultTooltipContent,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts';
import { chartPanelRef } from '../../hooks/chart-queue';
import { useChartScenario, useUpstream } from '../../hooks/use-model';
import { useStableData } from '../../ui/use-stable-data';
import { formatInteger, formatPercent, formatShareOfWhole } from '../../i18n/format';
import { xAxisTitle, yAxisTitle } from '../../ui/axis-titles';
import { useAxisWidth, useChartHeight } from '../../ui/chart-height';
import { useI18n, type Translate } from '../../i18n/i18n';
import { UPSTREAM_PLANS } from '../../model/derive-risk';
import type { DisruptionEvent } from '../../model/supply-risk';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { BAND_TINTS, PLAN_COLOURS } from '../../ui/palette';
import { LiveBarGroup, type LiveBarSeries } from '../../ui/live/live-bar-group';
import { TooltipAnchor } from '../../ui/live/live-marks';
import { fieldAt, LiveProvider, numberAt, useLive, xGrid } from '../../ui/live/live-rows';
import { BAND_AREAS, layerRows } from './upstream-rows';

const MARGIN = { top: 8, right: 16, bottom: 24, left: 16 };
const Y_TICKS = [0, 1000, 1800, 4000, 6000, 8000, 10000];
const Y_DOMAIN = [0, 10000];
const BAR_CATEGORY_GAP = '22%';

function layerName(t: Translate, layer: string): string {
  return layer === 'vendor'
    ? t('upstream.layer.vendor')
    : layer === 'foundry'
      ? t('upstream.layer.foundry')
      : t('upstream.layer.hbm');
}

/**
 * Recharts' default tooltip over the live rows (the chart's own data is only the layers):
 * the plans' HHIs at the hovered layer, in the bars' colours.
 */
function UpstreamTooltip(props: TooltipContentProps<TooltipValueType, string | number>) {
  const { t } = useI18n();
  const { rows } = useLive();
  const row = rows.find((r) => fieldAt(r, 'layer') === props.label);
  if (!props.active || !row) return null;
  const payload = UPSTREAM_PLANS.map((p) => ({
    dataKey: p,
    name: t(`upstream.plan.${p}`),
    value: numberAt(row, p),
    color: PLAN_COLOURS[p],
    fill: PLAN_COLOURS[p],
    payload: row,
    graphicalItemId: `live-${p}`,
  }));
  return <DefaultTooltipContent {...props} payload={payload} />;
}

function eventName(t: Translate, event: DisruptionEvent): string {
  const name = event.kind === 'vendor' ? t(`vendor.${event.id}`) : t(`foundry.${event.id}`);
  return t(event.kind === 'vendor' ? 'event.vendor' : 'event.foundry', { name });
}

/** HHI at the vendor, foundry and HBM layers for all-Nvidia, the current mix and an even split; supply risk. */
export const UpstreamPanel = memo(function UpstreamPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario('upstream');
  const upstream = useUpstream(scenario);
  const rows = useMemo(() => layerRows(upstream), [upstream]);
  const grid = useStableData(xGrid(rows, 'layer'));
  const current = upstream.plans.currentMix;
  const risk = upstream.risk;
  const pct = (v: number) => formatPercent(locale, v);
  const summary = [
    t('upstream.summary', {
      vendor: formatInteger(locale, current.vendorHhi),
      foundry: formatInteger(locale, current.foundryHhi),
      foundryName: t(`foundry.${current.largest.foundry.id}`),
      foundryShare: formatShareOfWhole(locale, current.largest.foundry.share),
      hbm: formatInteger(locale, current.hbmHhi),
      hbmName: t(`hbm.${current.largest.hbm.id}`),
      hbmShare: formatShareOfWhole(locale, current.largest.hbm.share),
    }),
    t('upstream.summaryRisk', {
      expected: formatPercent(locale, risk.expectedLossShare, 1),
      car: pct(risk.capacityAtRiskShare),
      event: eventName(t, risk.worstEvent.event),
      worst: pct(risk.worstEvent.lossShare),
    }),
  ].join(' ');
  // The chart's frame: the layers, bands and axes, which no slider moves; the bars are live.
  const axisWidth = useAxisWidth(64);
  const chartHeight = useChartHeight(280);
  const chart = useMemo(() => {
    const series: LiveBarSeries[] = UPSTREAM_PLANS.map((p) => ({
      dataKey: p,
      name: t(`upstream.plan.${p}`),
      fill: PLAN_COLOURS[p],
    }));
    return (
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart data={grid} margin={MARGIN} barCategoryGap={BAR_CATEGORY_GAP}>
          {BAND_AREAS.map((area) => (
            <ReferenceArea
              key={area.band}
              y1={area.from}
              y2={area.to}
              fill={BAND_TINTS[area.band]}
              fillOpacity={1}
              ifOverflow="hidden"
            />
          ))}
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="layer"
            interval={0}
            tickFormatter={(layer: string) => layerName(t, layer)}
            label={xAxisTitle(t('upstream.xAxis'))}
          />
          <YAxis
            type="number"
            domain={Y_DOMAIN}
            ticks={Y_TICKS}
            // The bars are live marks, so the axis has no data of its own: its fixed domain stands alone.
            allowDataOverflow
            width={axisWidth}
            tickFormatter={(v: number) => formatInteger(locale, v)}
            label={yAxisTitle(t('upstream.yAxis'))}
          />
          <Tooltip
            content={UpstreamTooltip}
            includeHidden
            formatter={(v: unknown) => formatInteger(locale, Number(v))}
            labelFormatter={(v: unknown) => layerName(t, String(v))}
          />
          <TooltipAnchor dataKey="layer" kind="bar" />
          <LiveBarGroup
            categoryKey="layer"
            orientation="vertical"
            series={series}
            barCategoryGap={BAR_CATEGORY_GAP}
          />
        </BarChart>
      </ResponsiveContainer>
    );
  }, [chartHeight, axisWidth, grid, locale, t]);
  return (
    <ChartFrame
      title={t('upstream.title')}
      summary={summary}
      note={t('upstream.note')}
      testId="upstream-panel"
      panelRef={chartPanelRef('upstream')}
      showDataLabel={t('chart.showData')}
      hideDataLabel={t('chart.hideData')}
      legend={
        <>
          <Legend
            items={UPSTREAM_PLANS.map((p) => ({ label: t(`upstream.plan.${p}`), colour: PLAN_COLOURS[p] }))}
          />
          {/* The bands are named here, not on the plot: every layer's bars stand in them, so a
              label inside the plot ran into the HBM bars. */}
          <Legend
            items={BAND_AREAS.toReversed().map((area) => ({
              label: t(`band.${area.band}`),
              colour: BAND_TINTS[area.band],
              area: true,
            }))}
          />
        </>
      }
      table={
        <DataTable
          caption={t('upstream.title')}
          columns={[t('upstream.xAxis'), ...UPSTREAM_PLANS.map((p) => t(`upstream.plan.${p}`))]}
          rows={rows.map((r) => [
            layerName(t, r.layer),
            ...UPSTREAM_PLANS.map((p) => formatInteger(locale, r[p])),
          ])}
        />
      }
    >
      <LiveProvider data={{ rows }}>{chart}</LiveProvider>
    </ChartFrame>
  );
});
