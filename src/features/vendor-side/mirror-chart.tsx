/** The mirror chart: the buyer's dependence beside Nvidia's exposure per year, the financed share and the 10% line. */
import { useMemo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  getNiceTickValues,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useStableData } from '../../ui/use-stable-data';
import { formatPercent, formatPercentPoints } from '../../i18n/format';
import { xAxisTitle, yAxisTitle } from '../../ui/axis-titles';
import { useAxisWidth, useChartHeight } from '../../ui/chart-height';
import { useI18n } from '../../i18n/i18n';
import { DISCLOSURE_THRESHOLD } from '../../model/vendor-side';
import { MIRROR_COLOURS, VENDOR_COLOURS } from '../../ui/palette';
import { LiveActiveDots } from '../../ui/live/live-active-dots';
import { LiveBarGroup } from '../../ui/live/live-bar-group';
import { LiveLine, LiveVerticalLine, TooltipAnchor } from '../../ui/live/live-marks';
import { LiveProvider, numberAt, xGrid } from '../../ui/live/live-rows';
import { LiveTooltip, type LiveTooltipSeries } from '../../ui/live/live-tooltip';
import { mirrorTop, type MirrorRow } from './vendor-side-rows';

const MARGIN = { top: 8, right: 16, bottom: 24, left: 16 };
const X_KEY = 'year';
export const THRESHOLD_COLOUR = MIRROR_COLOURS.threshold;
export const FINANCED_COLOUR = MIRROR_COLOURS.financed;
const DEPENDENCE_FILL = MIRROR_COLOURS.dependence;
const BARS = [
  { dataKey: 'dependence', fill: DEPENDENCE_FILL },
  { dataKey: 'exposure', fill: VENDOR_COLOURS.nvidia },
];
const ACTIVE_DOTS = [{ dataKey: 'financed', fill: FINANCED_COLOUR }];

export interface MirrorChartProps {
  readonly rows: readonly MirrorRow[];
  readonly selectedYear: number;
  /** Series names (legend and tooltip). */
  readonly labels: { readonly dependence: string; readonly exposure: string; readonly financed: string };
}

/**
 * Frame (axes on a 25%-quantized top, grid, 10% line, tooltip) built once per axis change;
 * bars, financed line and the selected year's line drawn live.
 */
export function MirrorChart({ rows, selectedYear, labels }: MirrorChartProps) {
  const { t, locale } = useI18n();
  const grid = useStableData(xGrid(rows, X_KEY));
  const top = mirrorTop(rows);
  // No Recharts series give the axis data; these are the ticks its own domain rule picked.
  const yTicks = useMemo(() => getNiceTickValues([0, top], 5, true), [top]);
  const { dependence, exposure, financed } = labels;
  const live = { rows, values: { year: selectedYear } };
  const axisWidth = useAxisWidth(56);
  const chartHeight = useChartHeight(280);
  const chart = useMemo(() => {
    const series: LiveTooltipSeries[] = [
      {
        key: 'dependence',
        name: dependence,
        colour: DEPENDENCE_FILL,
        value: (r) => numberAt(r, 'dependence'),
      },
      {
        key: 'exposure',
        name: exposure,
        colour: VENDOR_COLOURS.nvidia,
        value: (r) => numberAt(r, 'exposure'),
      },
      { key: 'financed', name: financed, colour: FINANCED_COLOUR, value: (r) => numberAt(r, 'financed') },
    ];
    return (
      <ResponsiveContainer width="100%" height={chartHeight}>
        <ComposedChart data={grid} margin={MARGIN}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis dataKey={X_KEY} includeHidden label={xAxisTitle(t('vendorSide.xAxis'))} />
          <YAxis
            width={axisWidth}
            ticks={yTicks}
            domain={[0, yTicks.at(-1) ?? top]}
            allowDataOverflow
            tickFormatter={(v: number) => formatPercentPoints(locale, v, 1)}
            label={yAxisTitle(t('vendorSide.yAxis'))}
          />
          <Tooltip
            formatter={(v: unknown) => formatPercent(locale, Number(v) / 100, 1)}
            content={(props) => <LiveTooltip {...props} xKey={X_KEY} series={series} />}
            includeHidden
          />
          {/* A hidden Bar: it anchors the tooltip and keeps the x axis a band scale, as with the real bars. */}
          <TooltipAnchor dataKey={X_KEY} kind="bar" />
          <ReferenceLine
            y={DISCLOSURE_THRESHOLD * 100}
            stroke={THRESHOLD_COLOUR}
            strokeWidth={1.5}
            strokeDasharray="5 3"
          />
          <LiveVerticalLine xValue="year" xPosition="middle" stroke="var(--ink)" strokeOpacity={0.25} />
          <LiveBarGroup categoryKey={X_KEY} orientation="vertical" series={BARS} />
          <LiveLine
            xKey={X_KEY}
            dataKey="financed"
            name={financed}
            type="linear"
            xPosition="middle"
            stroke={FINANCED_COLOUR}
            strokeWidth={2.5}
          />
          <LiveActiveDots xKey={X_KEY} dots={ACTIVE_DOTS} xPosition="middle" />
        </ComposedChart>
      </ResponsiveContainer>
    );
  }, [chartHeight, axisWidth, grid, yTicks, top, dependence, exposure, financed, locale, t]);
  return <LiveProvider data={live}>{chart}</LiveProvider>;
}
