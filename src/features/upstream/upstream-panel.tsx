import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartScenario, useUpstream } from '../../hooks/use-model';
import { formatInteger, formatPercent } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { UPSTREAM_PLANS } from '../../model/derive-risk';
import type { DisruptionEvent } from '../../model/supply-risk';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { BAND_TINTS, PLAN_COLOURS } from '../../ui/palette';
import { BAND_AREAS, layerRows } from './upstream-rows';

const MARGIN = { top: 8, right: 16, bottom: 24, left: 16 };
const Y_TICKS = [0, 1000, 1800, 4000, 6000, 8000, 10000];

function eventName(t: Translate, event: DisruptionEvent): string {
  const name = event.kind === 'vendor' ? t(`vendor.${event.id}`) : t(`foundry.${event.id}`);
  return t(event.kind === 'vendor' ? 'event.vendor' : 'event.foundry', { name });
}

/** HHI at the vendor, foundry and HBM layers for all-Nvidia, the current mix and an even split; supply risk. */
export const UpstreamPanel = memo(function UpstreamPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario();
  const upstream = useUpstream(scenario);
  const rows = useMemo(() => layerRows(upstream), [upstream]);
  const current = upstream.plans.currentMix;
  const risk = upstream.risk;
  const pct = (v: number) => formatPercent(locale, v);
  const summary = [
    t('upstream.summary', {
      vendor: formatInteger(locale, current.vendorHhi),
      foundry: formatInteger(locale, current.foundryHhi),
      foundryName: t(`foundry.${current.largest.foundry.id}`),
      foundryShare: pct(current.largest.foundry.share),
      hbm: formatInteger(locale, current.hbmHhi),
      hbmName: t(`hbm.${current.largest.hbm.id}`),
      hbmShare: pct(current.largest.hbm.share),
    }),
    t('upstream.summaryRisk', {
      expected: formatPercent(locale, risk.expectedLossShare, 1),
      car: pct(risk.capacityAtRiskShare),
      event: eventName(t, risk.worstEvent.event),
      worst: pct(risk.worstEvent.lossShare),
    }),
  ].join(' ');
  const layerName = (layer: string) =>
    layer === 'vendor'
      ? t('upstream.layer.vendor')
      : layer === 'foundry'
        ? t('upstream.layer.foundry')
        : t('upstream.layer.hbm');
  return (
    <ChartFrame
      title={t('upstream.title')}
      summary={summary}
      note={t('upstream.note')}
      testId="upstream-panel"
      showDataLabel={t('chart.showData')}
      hideDataLabel={t('chart.hideData')}
      legend={
        <Legend
          items={UPSTREAM_PLANS.map((p) => ({ label: t(`upstream.plan.${p}`), colour: PLAN_COLOURS[p] }))}
        />
      }
      table={
        <DataTable
          caption={t('upstream.title')}
          columns={[t('upstream.xAxis'), ...UPSTREAM_PLANS.map((p) => t(`upstream.plan.${p}`))]}
          rows={rows.map((r) => [
            layerName(r.layer),
            ...UPSTREAM_PLANS.map((p) => formatInteger(locale, r[p])),
          ])}
        />
      }
    >
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={rows} margin={MARGIN} barCategoryGap="22%">
          {BAND_AREAS.map((area) => (
            <ReferenceArea
              key={area.band}
              y1={area.from}
              y2={area.to}
              fill={BAND_TINTS[area.band]}
              fillOpacity={1}
              ifOverflow="hidden"
              label={{ value: t(`band.${area.band}`), position: 'insideTopRight', className: 'band-label' }}
            />
          ))}
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="layer"
            tickFormatter={layerName}
            interval={0}
            label={{
              value: t('upstream.xAxis'),
              position: 'insideBottom',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis
            type="number"
            domain={[0, 10000]}
            ticks={Y_TICKS}
            width={64}
            tickFormatter={(v: number) => formatInteger(locale, v)}
            label={{
              value: t('upstream.yAxis'),
              angle: -90,
              position: 'insideLeft',
              offset: 4,
              className: 'axis-label',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            formatter={(v: unknown) => formatInteger(locale, Number(v))}
            labelFormatter={(v: unknown) => layerName(String(v))}
          />
          {UPSTREAM_PLANS.map((p) => (
            <Bar
              key={p}
              dataKey={p}
              name={t(`upstream.plan.${p}`)}
              fill={PLAN_COLOURS[p]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
