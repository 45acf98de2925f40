/** The diversification curve: the bill's spread against the Nvidia share, with the current scenario's dot. */
import { useMemo } from 'react';
import {
  CartesianGrid,
  getNiceTickValues,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useStableData } from '../../ui/use-stable-data';
import { formatPercent, formatPercentPoints } from '../../i18n/format';
import { xAxisTitle, yAxisTitle } from '../../ui/axis-titles';
import { useAxisWidth, useChartHeight, useChartMargin } from '../../ui/chart-height';
import { useI18n } from '../../i18n/i18n';
import { VENDOR_COLOURS } from '../../ui/palette';
import { LiveActiveDots } from '../../ui/live/live-active-dots';
import { LiveDot, LiveLine, TooltipAnchor } from '../../ui/live/live-marks';
import { LiveProvider, numberAt, xGrid } from '../../ui/live/live-rows';
import { LiveTooltip, type LiveTooltipSeries } from '../../ui/live/live-tooltip';
import { curveTop, type CurveRow } from './predictability-rows';

const MARGIN = { top: 8, right: 16, bottom: 24, left: 16 };
const X_TICKS = [0, 20, 40, 60, 80, 100];
const X_KEY = 'nvidiaSharePct';
const ACTIVE_DOTS = [
  { dataKey: 'asSourced', fill: VENDOR_COLOURS.nvidia },
  { dataKey: 'separate', fill: VENDOR_COLOURS.custom },
];

export interface CurveChartProps {
  readonly rows: readonly CurveRow[];
  /** The current scenario: its Nvidia share and spread, percent. */
  readonly sharePct: number;
  readonly cvPct: number;
  /** The Nvidia share with the least spread (the curve's minimum), percent. */
  readonly lowestPct: number;
}

/** Frame (axes, grid, minimum line, tooltip) built once per axis change; curves and dot drawn live. */
export function CurveChart({ rows, sharePct, cvPct, lowestPct }: CurveChartProps) {
  const { t, locale } = useI18n();
  const grid = useStableData(xGrid(rows, X_KEY));
  const top = curveTop(rows, cvPct);
  // The live marks give Recharts no data to size the axis from, so the ticks are the ones
  // its 'auto' domain would pick (five, from 0) over the rounded top.
  const yTicks = useMemo(() => getNiceTickValues([0, top], 5, true), [top]);
  const live = { rows, values: { share: sharePct, cv: cvPct } };
  const axisWidth = useAxisWidth(56);
  const chartHeight = useChartHeight(200);
  const margin = useChartMargin(MARGIN);
  const chart = useMemo(() => {
    const names = { asSourced: t('predictability.asSourced'), separate: t('predictability.separate') };
    const series: LiveTooltipSeries[] = [
      {
        key: 'asSourced',
        name: names.asSourced,
        colour: VENDOR_COLOURS.nvidia,
        value: (r) => numberAt(r, 'asSourced'),
      },
      {
        key: 'separate',
        name: names.separate,
        colour: VENDOR_COLOURS.custom,
        value: (r) => numberAt(r, 'separate'),
      },
    ];
    return (
      <ResponsiveContainer width="100%" height={chartHeight}>
        <LineChart data={grid} margin={margin}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey={X_KEY}
            type="number"
            domain={[0, 100]}
            ticks={X_TICKS}
            tickFormatter={(v: number) => formatPercentPoints(locale, v)}
            label={xAxisTitle(t('predictability.xAxis'))}
          />
          <YAxis
            width={axisWidth}
            ticks={yTicks}
            domain={[0, yTicks.at(-1) ?? top]}
            allowDataOverflow
            tickFormatter={(v: number) => formatPercentPoints(locale, v, 1)}
            label={yAxisTitle(t('predictability.yAxis'))}
          />
          <Tooltip
            formatter={(v: unknown) => formatPercent(locale, Number(v) / 100)}
            labelFormatter={(v: unknown) => `${formatPercentPoints(locale, Number(v), 1)} Nvidia`}
            content={(props) => <LiveTooltip {...props} xKey={X_KEY} series={series} />}
            includeHidden
          />
          <TooltipAnchor dataKey={X_KEY} />
          <ReferenceLine x={lowestPct} stroke="var(--muted)" strokeDasharray="2 3" />
          <LiveLine
            xKey={X_KEY}
            dataKey="asSourced"
            name={names.asSourced}
            type="linear"
            stroke={VENDOR_COLOURS.nvidia}
            strokeWidth={2.5}
          />
          <LiveLine
            xKey={X_KEY}
            dataKey="separate"
            name={names.separate}
            type="linear"
            stroke={VENDOR_COLOURS.custom}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <LiveDot
            xValue="share"
            yValue="cv"
            r={7}
            fill="var(--ink)"
            stroke="var(--surface)"
            strokeWidth={2}
          />
          <LiveActiveDots xKey={X_KEY} dots={ACTIVE_DOTS} />
        </LineChart>
      </ResponsiveContainer>
    );
  }, [chartHeight, axisWidth, margin, grid, yTicks, top, lowestPct, locale, t]);
  return <LiveProvider data={live}>{chart}</LiveProvider>;
}
