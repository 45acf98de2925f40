/**
 * Chart heights that a view can scale: the explore view draws charts at their design
 * height; presentation mode scales them to the projector's height, so the charts (not
 * empty space) fill the room's screen.
 */
import { createContext, useContext, type ReactNode } from 'react';

const ChartScale = createContext(1);

/** Scales the height of every chart inside `children` by `scale`. */
export function ChartScaleProvider({ scale, children }: { scale: number; children: ReactNode }) {
  return <ChartScale.Provider value={scale}>{children}</ChartScale.Provider>;
}

/** A chart's height in px: its design height `px`, scaled by the enclosing view. */
export function useChartHeight(px: number): number {
  return Math.round(px * useContext(ChartScale));
}

/**
 * The scale for a presentation viewport `height` px tall: 1 up to 1,000 px (a laptop),
 * growing to 1.6 at 1,240 px and beyond; at 1080p, 1.2 (the charts take the space the
 * 1,000 px layout leaves empty).
 */
export function presentationChartScale(height: number): number {
  if (!Number.isFinite(height)) return 1;
  return Math.min(1.6, Math.max(1, 1 + (height - 1000) / 400));
}
