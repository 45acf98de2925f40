import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { vendorLabel } from '../../hooks/input-labels';
import { useChartScenario, useProjection } from '../../hooks/use-model';
import { formatCompact, formatNumber, formatUsd } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { VENDOR_IDS } from '../../model/vendors';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { VENDOR_COLOURS } from '../../ui/palette';
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query';
import { gwRows, kwhRows, type GwRowKind } from './energy-rows';

const NEEDED_COLOUR = 'var(--muted)';

/** The fleet's GW beside the load's needs and the announced deals; tokens per kWh per class. */
export const EnergyPanel = memo(function EnergyPanel() {
  const { t, locale } = useI18n();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const scenario = useChartScenario();
  const projection = useProjection(scenario);
  const y = projection.selected;
  const rows = useMemo(() => gwRows(y), [y]);
  const kwh = useMemo(() => kwhRows(y), [y]);
  const gw = (v: number) => `${formatNumber(locale, v, 3)} GW`;
  const rowName = (kind: GwRowKind | string): string => {
    if (kind === 'fleet') return t('energy.fleet', { year: y.year });
    if (kind === 'needed') return t('energy.needed', { year: y.year });
    if (kind === 'nvidiaLoi' || kind === 'broadcom' || kind === 'amd' || kind === 'cerebras')
      return t(`energy.deal.${kind}`);
    return kind;
  };
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
      <ResponsiveContainer width="100%" height={230}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="var(--grid)" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatNumber(locale, v)}
            label={{
              value: t('energy.gwAxis'),
              position: 'insideBottom',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis type="category" dataKey="kind" width={narrow ? 120 : 190} tickFormatter={rowName} />
          <Tooltip
            formatter={(v: unknown) => gw(Number(v))}
            labelFormatter={(v: unknown) => rowName(String(v))}
          />
          {VENDOR_IDS.map((id) => (
            <Bar
              key={id}
              dataKey={id}
              stackId="gw"
              name={t(`vendor.${id}`)}
              fill={VENDOR_COLOURS[id]}
              isAnimationActive={false}
            />
          ))}
          <Bar
            dataKey="needed"
            stackId="gw"
            name={t('energy.needed', { year: y.year })}
            fill={NEEDED_COLOUR}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <h3 className="panel__subtitle">{t('energy.kwhTitle', { year: y.year })}</h3>
      <ResponsiveContainer width="100%" height={170}>
        <BarChart data={kwh} layout="vertical" margin={{ top: 0, right: 48, bottom: 24, left: 8 }}>
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatCompact(locale, v, 2)}
            label={{
              value: t('energy.kwhAxis'),
              position: 'insideBottom',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis
            type="category"
            dataKey="vendor"
            width={narrow ? 120 : 190}
            tickFormatter={(v: string) => vendorLabel(t, v)}
          />
          <Bar
            dataKey="tokensPerKwh"
            isAnimationActive={false}
            label={{
              position: 'right',
              className: 'bar-label',
              formatter: (v: unknown) => formatCompact(locale, Number(v), 2),
            }}
          >
            {kwh.map((r) => (
              <Cell key={r.vendor} fill={VENDOR_COLOURS[r.vendor]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
