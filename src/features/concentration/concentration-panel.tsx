import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts';
import { xAxisTitle, yAxisTitle } from '../../ui/axis-titles';
import { useAxisWidth, useChartHeight, useChartMargin } from '../../ui/chart-height';
import { useI18n } from '../../i18n/i18n';
import { formatInteger, formatPercent, formatPercentPoints } from '../../i18n/format';
import { chartPanelRef } from '../../hooks/chart-queue';
import { useChartScenario, useConcentrationCurve } from '../../hooks/use-model';
import { hhi, hhiBand } from '../../model/concentration';
import { scenarioSpendShares } from '../../model/shares';
import { VENDOR_IDS } from '../../model/vendors';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { GHOST_LINE, ghostKey } from '../../ui/ghost';
import { BAND_TINTS, VENDOR_COLOURS } from '../../ui/palette';
import { LiveDot, LiveLine, TooltipAnchor } from '../../ui/live/live-marks';
import { LiveProvider, numberAt, rowAt, useLive, xGrid } from '../../ui/live/live-rows';
import { useStableData } from '../../ui/use-stable-data';
import { useConcentrationGhost } from './concentration-ghost';
import { concentrationTableRows, HHI_BAND_AREAS } from './concentration-rows';

const X_TICKS = [0, 20, 40, 60, 80, 100];
const Y_TICKS = [0, 1000, 1800, 4000, 6000, 8000, 10000];
const MARGIN = { top: 8, right: 16, bottom: 28, left: 16 };
const BAND_LABEL_POSITIONS = {
  highlyConcentrated: 'insideTopLeft',
  moderatelyConcentrated: 'insideTopRight',
  unconcentrated: 'insideBottomLeft',
} as const;

/** The tooltip reads the live rows (the chart's own data is only the share grid). */
function HhiTooltip({ active, label }: TooltipContentProps<TooltipValueType, string | number>) {
  const { t, locale } = useI18n();
  const row = rowAt(useLive().rows, 'nvidiaSharePct', label);
  const value = row ? numberAt(row, 'hhi') : undefined;
  const ghost = row ? numberAt(row, ghostKey('hhi')) : undefined;
  if (!active || value === undefined) return null;
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
  const scenario = useChartScenario('concentration');
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
  const grid = useStableData(xGrid(ghost.rows, 'nvidiaSharePct'));
  const hasGhost = ghost.point !== null;
  const live = {
    rows: ghost.rows,
    values: {
      share: scenario.nvidiaShare,
      hhi: current,
      ghostShare: ghost.point?.nvidiaShare,
      ghostHhi: ghost.point?.hhi,
    },
  };
  // The chart's frame: rebuilt when the language or the baseline's presence changes, not on every step.
  const axisWidth = useAxisWidth(64);
  const chartHeight = useChartHeight(300);
  const margin = useChartMargin(MARGIN);
  const chart = useMemo(
    () => (
      <ResponsiveContainer width="100%" height={chartHeight}>
        <LineChart data={grid} margin={margin}>
          {HHI_BAND_AREAS.map((area) => (
            <ReferenceArea
              key={area.band}
              y1={area.from}
              y2={area.to}
              fill={BAND_TINTS[area.band]}
              fillOpacity={1}
              ifOverflow="hidden"
              label={{
                value: t(`band.${area.band}`),
                // The two thin bands' labels sit at opposite ends (stacked at the left, they
                // ran together at projector type sizes); the curve never comes down to them:
                // with five vendor classes the sweep's HHI stays at or above 2,000.
                position: BAND_LABEL_POSITIONS[area.band],
                className: 'band-label',
              }}
            />
          ))}
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="nvidiaSharePct"
            type="number"
            domain={[0, 100]}
            ticks={X_TICKS}
            tickFormatter={(v: number) => formatPercentPoints(locale, v)}
            label={xAxisTitle(t('concentration.xAxis'), -16)}
          />
          <YAxis
            type="number"
            domain={[0, 10000]}
            // No Recharts series carries y values (the marks are live): take the domain as given.
            allowDataOverflow
            ticks={Y_TICKS}
            width={axisWidth}
            tickFormatter={(v: number) => formatInteger(locale, v)}
            label={yAxisTitle(t('concentration.yAxis'))}
          />
          <Tooltip content={HhiTooltip} includeHidden />
          <TooltipAnchor dataKey="nvidiaSharePct" />
          {hasGhost ? (
            <LiveLine
              xKey="nvidiaSharePct"
              dataKey={ghostKey('hhi')}
              name={t('baseline.legend')}
              stroke={VENDOR_COLOURS.nvidia}
              strokeWidth={GHOST_LINE.strokeWidth}
              strokeDasharray={GHOST_LINE.strokeDasharray}
              strokeOpacity={GHOST_LINE.strokeOpacity}
            />
          ) : null}
          <LiveLine
            xKey="nvidiaSharePct"
            dataKey="hhi"
            name={t('concentration.series')}
            stroke={VENDOR_COLOURS.nvidia}
            strokeWidth={2.5}
          />
          {hasGhost ? (
            <LiveDot
              xValue="ghostShare"
              yValue="ghostHhi"
              r={6}
              fill="var(--surface)"
              stroke="var(--ink)"
              strokeOpacity={0.6}
              strokeDasharray="3 2"
              strokeWidth={2}
            />
          ) : null}
          <LiveDot
            xValue="share"
            yValue="hhi"
            r={7}
            fill="var(--ink)"
            stroke="var(--surface)"
            strokeWidth={2}
          />
        </LineChart>
      </ResponsiveContainer>
    ),
    [chartHeight, axisWidth, margin, grid, hasGhost, locale, t],
  );
  return (
    <ChartFrame
      title={t('concentration.title')}
      summary={summary}
      note={t('concentration.note')}
      testId="concentration-panel"
      panelRef={chartPanelRef('concentration')}
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
      <LiveProvider data={live}>{chart}</LiveProvider>
    </ChartFrame>
  );
});
