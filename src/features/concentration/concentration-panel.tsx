import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts';
import { useI18n } from '../../i18n/i18n';
import { formatInteger, formatPercent, formatPercentPoints } from '../../i18n/format';
import { useChartScenario, useConcentrationCurve } from '../../hooks/use-model';
import { hhi, hhiBand } from '../../model/concentration';
import { scenarioSpendShares } from '../../model/shares';
import { VENDOR_IDS } from '../../model/vendors';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { GHOST_LINE, ghostKey } from '../../ui/ghost';
import { BAND_TINTS, VENDOR_COLOURS } from '../../ui/palette';
import { useConcentrationGhost } from './concentration-ghost';
import { concentrationTableRows, HHI_BAND_AREAS } from './concentration-rows';

const X_TICKS = [0, 20, 40, 60, 80, 100];
const Y_TICKS = [0, 1000, 1800, 4000, 6000, 8000, 10000];
const MARGIN = { top: 8, right: 16, bottom: 28, left: 16 };

function HhiTooltip({ active, payload, label }: TooltipContentProps<TooltipValueType, string | number>) {
  const { t, locale } = useI18n();
  const value = payload?.find((entry) => entry.dataKey === 'hhi')?.value;
  const ghost = payload?.find((entry) => entry.dataKey === ghostKey('hhi'))?.value;
  if (!active || typeof value !== 'number') return null;
  return (
    <div className="tooltip">
      <div className="tooltip__title">
        {t('concentration.xAxis')}: {formatPercentPoints(locale, Number(label), 1)}
      </div>
      <div>
        HHI {formatInteger(locale, value)} · {t(`band.${hhiBand(value)}`)}
      </div>
      {typeof ghost === 'number' ? (
        <div className="tooltip__ghost">
          {t('baseline.legend')}: HHI {formatInteger(locale, ghost)}
        </div>
      ) : null}
    </div>
  );
}

/** HHI as the Nvidia share sweeps 0–100% with the alternatives mix held; guideline bands shaded. */
export const ConcentrationPanel = memo(function ConcentrationPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario();
  const points = useConcentrationCurve(scenario);
  const ghost = useConcentrationGhost(points);
  const current = useMemo(() => {
    const shares = scenarioSpendShares(scenario);
    return hhi(VENDOR_IDS.map((id) => shares[id]));
  }, [scenario]);
  const summary = [
    t('concentration.summary', {
      band: t(`band.${hhiBand(current)}`),
      hhi: formatInteger(locale, current),
      share: formatPercent(locale, scenario.nvidiaShare / 100),
    }),
    ghost.point
      ? t('baseline.concentrationSummary', {
          hhi: formatInteger(locale, ghost.point.hhi),
          share: formatPercent(locale, ghost.point.nvidiaShare / 100),
        })
      : '',
  ]
    .filter(Boolean)
    .map((part, _i, parts) => (parts.length > 1 && !/[.!?]$/.test(part) ? `${part}.` : part))
    .join(' ');
  const tableRows = concentrationTableRows(points).map((p) => [
    formatInteger(locale, p.nvidiaSharePct),
    formatInteger(locale, p.hhi),
  ]);
  return (
    <ChartFrame
      title={t('concentration.title')}
      summary={summary}
      note={t('concentration.note')}
      testId="concentration-panel"
      csv={{
        columns: [t('table.nvidiaShare'), t('table.hhi')],
        rows: points.map((p) => [p.nvidiaSharePct, Math.round(p.hhi * 10) / 10]),
      }}
      showDataLabel={t('chart.showData')}
      hideDataLabel={t('chart.hideData')}
      legend={
        <Legend
          items={[
            { label: t('concentration.series'), colour: VENDOR_COLOURS.nvidia },
            { label: t('concentration.current'), colour: 'var(--ink)', marker: true },
            ...(ghost.point
              ? [{ label: t('baseline.legend'), colour: VENDOR_COLOURS.nvidia, ghost: true }]
              : []),
          ]}
        />
      }
      table={
        <DataTable
          caption={t('concentration.title')}
          columns={[t('table.nvidiaShare'), t('table.hhi')]}
          rows={tableRows}
        />
      }
    >
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={ghost.rows} margin={MARGIN}>
          {HHI_BAND_AREAS.map((area) => (
            <ReferenceArea
              key={area.band}
              y1={area.from}
              y2={area.to}
              fill={BAND_TINTS[area.band]}
              fillOpacity={1}
              ifOverflow="hidden"
              label={{ value: t(`band.${area.band}`), position: 'insideTopLeft', className: 'band-label' }}
            />
          ))}
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="nvidiaSharePct"
            type="number"
            domain={[0, 100]}
            ticks={X_TICKS}
            tickFormatter={(v: number) => formatPercentPoints(locale, v)}
            label={{
              value: t('concentration.xAxis'),
              position: 'insideBottom',
              offset: -16,
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
              value: t('concentration.yAxis'),
              angle: -90,
              position: 'insideLeft',
              offset: 4,
              className: 'axis-label',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip content={HhiTooltip} />
          {ghost.point ? (
            <Line
              type="monotone"
              dataKey={ghostKey('hhi')}
              name={t('baseline.legend')}
              stroke={VENDOR_COLOURS.nvidia}
              {...GHOST_LINE}
            />
          ) : null}
          <Line
            type="monotone"
            dataKey="hhi"
            name={t('concentration.series')}
            stroke={VENDOR_COLOURS.nvidia}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          {ghost.point ? (
            <ReferenceDot
              x={ghost.point.nvidiaShare}
              y={ghost.point.hhi}
              r={6}
              fill="var(--surface)"
              stroke="var(--ink)"
              strokeOpacity={0.6}
              strokeDasharray="3 2"
              strokeWidth={2}
            />
          ) : null}
          <ReferenceDot
            x={scenario.nvidiaShare}
            y={current}
            r={7}
            fill="var(--ink)"
            stroke="var(--surface)"
            strokeWidth={2}
            ifOverflow="extendDomain"
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
