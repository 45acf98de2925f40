/** The fan: the bill's P10–P90 and P25–P75 bands and median per year, with the selected year's line. */
import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useStableData } from '../../ui/use-stable-data';
import { formatUsd, formatUsdTick } from '../../i18n/format';
import { xAxisTitle, yAxisTitle } from '../../ui/axis-titles';
import { useAxisWidth, useChartHeight, useChartMargin } from '../../ui/chart-height';
import { useI18n } from '../../i18n/i18n';
import { LIVE_AXIS_DOMAIN, LIVE_AXIS_TICKS, liveAxisTop, liveValueTick } from '../../ui/live/live-value-axis';
import { LiveActiveDots } from '../../ui/live/live-active-dots';
import { LiveBand, LiveLine, LiveVerticalLine, TooltipAnchor } from '../../ui/live/live-marks';
import { LiveProvider, numberAt, xGrid, type LiveRow } from '../../ui/live/live-rows';
import { LiveTooltip, type LiveTooltipSeries } from '../../ui/live/live-tooltip';
import type { FanRow } from './predictability-rows';

const MARGIN = { top: 8, right: 16, bottom: 24, left: 16 };
const X_KEY = 'year';
export const FAN_COLOUR = 'var(--series-strong)';
// The fan's bands: solid tints of the median's colour, the same in the chart and the legend.
export const FAN_BAND90 = 'var(--fan-band90)';
export const FAN_BAND50 = 'var(--fan-band50)';
const ACTIVE_DOTS = [
  { dataKey: 'p10', fill: FAN_BAND90 },
  { dataKey: 'p90', fill: FAN_BAND90 },
  { dataKey: 'p25', fill: FAN_BAND50 },
  { dataKey: 'p75', fill: FAN_BAND50 },
  { dataKey: 'median', fill: FAN_COLOUR },
];

/** A [low, high] range from two of the row's fields (what a range Area puts in the tooltip). */
function range(row: LiveRow, low: string, high: string): [number, number] | undefined {
  const lo = numberAt(row, low);
  const hi = numberAt(row, high);
  return lo === undefined || hi === undefined ? undefined : [lo, hi];
}

/** Frame (axes, grid, tooltip) built once per language; bands, median, year line and the value axis' labels drawn live. */
export function FanChart({ rows, selectedYear }: { rows: readonly FanRow[]; selectedYear: number }) {
  const { t, locale } = useI18n();
  const grid = useStableData(xGrid(rows, X_KEY));
  const live = {
    rows,
    values: { year: selectedYear },
    valueTop: liveAxisTop(Math.max(...rows.map((r) => r.p90))),
  };
  const axisWidth = useAxisWidth(64);
  const chartHeight = useChartHeight(200);
  const margin = useChartMargin(MARGIN);
  const chart = useMemo(() => {
    const tick = liveValueTick((v) => formatUsdTick(locale, v));
    const names = {
      band90: t('predictability.band90'),
      band50: t('predictability.band50'),
      median: t('predictability.median'),
    };
    const series: LiveTooltipSeries[] = [
      { key: 'band90', name: names.band90, colour: FAN_BAND90, value: (r) => range(r, 'p10', 'p90') },
      { key: 'band50', name: names.band50, colour: FAN_BAND50, value: (r) => range(r, 'p25', 'p75') },
      { key: 'median', name: names.median, colour: FAN_COLOUR, value: (r) => numberAt(r, 'median') },
    ];
    return (
      <ResponsiveContainer width="100%" height={chartHeight}>
        <ComposedChart data={grid} margin={margin}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis dataKey={X_KEY} includeHidden label={xAxisTitle(t('budget.xAxis'))} />
          <YAxis
            width={axisWidth}
            ticks={LIVE_AXIS_TICKS}
            domain={LIVE_AXIS_DOMAIN}
            allowDataOverflow
            tick={tick}
            label={yAxisTitle(t('predictability.fanYAxis'))}
          />
          <Tooltip
            formatter={(v: unknown) =>
              Array.isArray(v)
                ? v.map((x) => formatUsd(locale, Number(x))).join(' – ')
                : formatUsd(locale, Number(v))
            }
            content={(props) => <LiveTooltip {...props} xKey={X_KEY} series={series} />}
            includeHidden
          />
          <TooltipAnchor dataKey={X_KEY} />
          <LiveBand xKey={X_KEY} lowKey="p10" highKey="p90" type="linear" fill={FAN_BAND90} fillOpacity={1} />
          <LiveBand xKey={X_KEY} lowKey="p25" highKey="p75" type="linear" fill={FAN_BAND50} fillOpacity={1} />
          <LiveLine
            xKey={X_KEY}
            dataKey="median"
            name={names.median}
            type="linear"
            stroke={FAN_COLOUR}
            strokeWidth={2}
          />
          <LiveVerticalLine xValue="year" stroke="var(--ink)" strokeOpacity={0.35} />
          <LiveActiveDots xKey={X_KEY} dots={ACTIVE_DOTS} />
        </ComposedChart>
      </ResponsiveContainer>
    );
  }, [chartHeight, axisWidth, margin, grid, locale, t]);
  return <LiveProvider data={live}>{chart}</LiveProvider>;
}
