/**
 * The energy panel's two chart frames, memoized on their grid and nice ticks: a slider step
 * or a new year re-renders only the live bars, labels, row names and tooltip inside them.
 */
import { memo, useMemo } from 'react';
import {
  BarChart,
  CartesianGrid,
  DefaultTooltipContent,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
  type YAxisTickContentProps,
} from 'recharts';
import { vendorLabel } from '../../hooks/input-labels';
import { formatCompact, formatNumber } from '../../i18n/format';
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query';
import { xAxisTitle } from '../../ui/axis-titles';
import { useChartHeight, useChartMargin } from '../../ui/chart-height';
import { LabelledBarChart } from '../../ui/live/labelled-bar-chart';
import { useI18n, type Translate } from '../../i18n/i18n';
import { VENDOR_IDS } from '../../model/vendors';
import { LiveBars, TooltipAnchor } from '../../ui/live/live-marks';
import {
  LIVE_AXIS_DOMAIN,
  LIVE_AXIS_TICKS,
  liveValueTick,
  TickText,
  tickTextProps,
} from '../../ui/live/live-value-axis';
import { fieldAt, numberAt, useLive, type LiveRow } from '../../ui/live/live-rows';
import { stackBaseKey } from '../../ui/live/stack-bases';
import { VENDOR_COLOURS } from '../../ui/palette';

export const NEEDED_COLOUR = 'var(--muted)';
/** The GW bars' stacking order: the fleet's classes, then the load's need. */
export const GW_STACK = [...VENDOR_IDS, 'needed'] as const;
/** Recharts' default bar: 10% of the band free on each side. */
const BAR_SIZE = 0.8;
const GW_MARGIN = { top: 4, right: 16, bottom: 24, left: 8 };
const KWH_MARGIN = { top: 0, right: 48, bottom: 24, left: 8 };

type Grid = readonly Record<string, unknown>[];
// The numeric axes take their domain from the nice ticks, which cover the live values: the
// frame has no series of its own for Recharts to fit a domain to (hence `allowDataOverflow`).

/** A GW row's name: the fleet and the need name the projection year, the deals their partner. */
export function gwRowName(t: Translate, kind: string, year: number | null | undefined): string {
  if (kind === 'fleet') return t('energy.fleet', { year: year ?? '' });
  if (kind === 'needed') return t('energy.needed', { year: year ?? '' });
  if (kind === 'nvidiaLoi' || kind === 'broadcom' || kind === 'amd' || kind === 'cerebras')
    return t(`energy.deal.${kind}`);
  return kind;
}

const vendorColour = (row: LiveRow): string => {
  const vendor = VENDOR_IDS.find((id) => id === fieldAt(row, 'vendor'));
  return vendor ? VENDOR_COLOURS[vendor] : NEEDED_COLOUR;
};

/** A GW row's name on the category axis, with the live year. */
function KindTick(props: YAxisTickContentProps) {
  const { t } = useI18n();
  const year = useLive().values?.year;
  return <TickText {...tickTextProps(props)}>{gwRowName(t, String(props.payload.value), year)}</TickText>;
}
const kindTick = (props: YAxisTickContentProps) => <KindTick {...props} />;

/** Recharts' default tooltip, filled from the live row at the hovered bar. */
function GwTooltip(props: TooltipContentProps<TooltipValueType, string | number>) {
  const { t, locale } = useI18n();
  const { rows, values } = useLive();
  const row = rows.find((r) => fieldAt(r, 'kind') === props.label);
  if (!props.active || !row) return null;
  const payload = GW_STACK.map((key) => ({
    dataKey: key,
    graphicalItemId: `live-${key}`,
    name: key === 'needed' ? t('energy.needed', { year: values?.year ?? '' }) : t(`vendor.${key}`),
    value: numberAt(row, key) ?? 0,
    color: key === 'needed' ? NEEDED_COLOUR : VENDOR_COLOURS[key],
  }));
  return (
    <DefaultTooltipContent
      {...props}
      payload={payload}
      label={gwRowName(t, String(props.label), values?.year)}
      formatter={(v) => `${formatNumber(locale, Number(v), 3)} GW`}
    />
  );
}

/** The fleet's GW by class, the GW the load needs, and the announced deals. */
export const GwChart = memo(function GwChart({ grid }: { grid: Grid }) {
  const { t, locale } = useI18n();
  const narrow = useMediaQuery(NARROW_SCREEN);
  // On a phone the row names wrap to three lines: taller rows keep them apart.
  const gwHeight = useChartHeight(narrow ? 320 : 230);
  const margin = useChartMargin(GW_MARGIN);
  const tick = useMemo(() => liveValueTick((v) => formatNumber(locale, v), { horizontal: true }), [locale]);
  return (
    <ResponsiveContainer width="100%" height={gwHeight}>
      <BarChart data={grid} layout="vertical" margin={margin}>
        <CartesianGrid stroke="var(--grid)" horizontal={false} />
        <XAxis
          type="number"
          ticks={LIVE_AXIS_TICKS}
          domain={LIVE_AXIS_DOMAIN}
          allowDataOverflow
          tick={tick}
          label={xAxisTitle(t('energy.gwAxis'))}
        />
        <YAxis type="category" dataKey="kind" width={narrow ? 120 : 190} tick={kindTick} />
        <Tooltip content={GwTooltip} includeHidden />
        <TooltipAnchor dataKey="kind" kind="bar" />
        {GW_STACK.map((key) => (
          <LiveBars
            key={key}
            categoryKey="kind"
            dataKey={key}
            baseKey={stackBaseKey(key)}
            orientation="horizontal"
            fill={key === 'needed' ? NEEDED_COLOUR : VENDOR_COLOURS[key]}
            size={BAR_SIZE}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});

/** Tokens per kWh of each class's hardware, one labelled bar each. */
export const KwhChart = memo(function KwhChart({ grid }: { grid: Grid }) {
  const { t, locale } = useI18n();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const height = useChartHeight(narrow ? 220 : 170);
  return (
    <LabelledBarChart
      grid={grid}
      categoryKey="vendor"
      dataKey="tokensPerKwh"
      height={height}
      categoryWidth={narrow ? 120 : 190}
      margin={KWH_MARGIN}
      axisTitle={t('energy.kwhAxis')}
      categoryLabel={(v) => vendorLabel(t, v)}
      formatTick={(v) => formatCompact(locale, v, 2)}
      formatLabel={(v) => formatCompact(locale, v, 2)}
      fill={vendorColour}
      barSize={BAR_SIZE}
    />
  );
});
