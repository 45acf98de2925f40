/**
 * Chart heights that a view can scale: the explore view draws charts at their design
 * height; presentation mode scales them to the projector's height, so the charts (not
 * empty space) fill the room's screen.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';

interface Scales {
  readonly height: number;
  readonly axis: number;
}

const ChartScale = createContext<Scales>({ height: 1, axis: 1 });

/**
 * Scales the height of every chart inside `children` by `scale`, and the width of their
 * value axes (tick labels beside a rotated title) by `axisScale`, for bigger type.
 */
export function ChartScaleProvider({
  scale,
  axisScale = 1,
  children,
}: {
  scale: number;
  axisScale?: number;
  children: ReactNode;
}) {
  return <ChartScale.Provider value={{ height: scale, axis: axisScale }}>{children}</ChartScale.Provider>;
}

/** A chart's height in px: its design height `px`, scaled by the enclosing view. */
export function useChartHeight(px: number): number {
  return Math.round(px * useContext(ChartScale).height);
}

/** A value axis' width in px (ticks and the rotated title): its design width, scaled by the view. */
export function useAxisWidth(px: number): number {
  return Math.round(px * useContext(ChartScale).axis);
}

/**
 * A category row's height in px for a chart of one row per category: its design height
 * scaled with the type (like the value axes), not the chart, since a row has to hold its
 * label, wrapped to two lines at the longest ('Silicio degli hyperscaler').
 */
export function useRowHeight(px: number): number {
  // The same scale as a value axis' width: both follow the type, not the chart.
  return useAxisWidth(px);
}

/** A chart's margins, px. */
export interface ChartMargin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * A chart's margins with the right one scaled like the value axes: a numeric x axis
 * centres its last tick label on the plot's right edge, so bigger type needs more room
 * there (at presentation size '100%' and '10,000' spilled out of their charts). The same
 * object while the scale holds, so a memoized chart frame is not rebuilt.
 */
export function useChartMargin(margin: ChartMargin): ChartMargin {
  const { axis } = useContext(ChartScale);
  return useMemo(() => ({ ...margin, right: Math.round(margin.right * axis) }), [margin, axis]);
}

/**
 * Presentation type is 1.5× the explore view's (18 px ticks for 12 px): the value axes
 * widen so the ticks and the rotated axis title both fit.
 */
export const PRESENTATION_AXIS_SCALE = 1.75;

/**
 * The scale for a presentation viewport `height` px tall: 1 up to 1,000 px (a laptop),
 * growing to 1.6 at 1,240 px and beyond; at 1080p, 1.2 (the charts take the space the
 * 1,000 px layout leaves empty).
 */
export function presentationChartScale(height: number): number {
  if (!Number.isFinite(height)) return 1;
  return Math.min(1.6, Math.max(1, 1 + (height - 1000) / 400));
}
