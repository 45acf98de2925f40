/**
 * Live chart marks: the part of a Recharts chart that moves with the sliders.
 *
 * A Recharts chart re-renders all of its axes, grid, reference areas and tooltip whenever
 * its `data` changes (10–20 ms per chart on a 2-core laptop). A panel therefore builds its
 * chart once per *frame* (axes, domains, labels: things a slider step rarely changes) with
 * the x grid as its data, and passes the scenario's rows through this context. The marks
 * that read it (`LiveLine`, `LiveDot`, `LiveBand`, `LiveBars` and panel tooltips) sit inside
 * the chart, take its scales from Recharts' hooks, and are the only parts that re-render
 * on a step: Recharts' shape components drawn with Recharts' own scales.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import { useStableData } from '../use-stable-data';

/** One row of a chart's data: an x value and the series values at it. */
export type LiveRow = object;

type ScaleFunction = (
  value: unknown,
  options?: { position?: 'start' | 'middle' | 'end' },
) => number | undefined;

/**
 * `scale` for values divided by `top` (a live value axis, see `LiveData.valueTop`); the
 * scale itself without one.
 */
export function overTop<S extends ScaleFunction>(scale: S, top: number | undefined): S {
  if (top === undefined || !(top > 0)) return scale;
  const divided = (value: unknown, options?: { position?: 'start' | 'middle' | 'end' }) =>
    scale(typeof value === 'number' ? value / top : value, options);
  return divided as S;
}

/** The row's field `key` when it is a finite number. */
export function numberAt(row: LiveRow, key: string): number | undefined {
  const value: unknown = (row as Record<string, unknown>)[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The row's field `key` (a category: a string or a number). */
export function fieldAt(row: LiveRow, key: string): unknown {
  return (row as Record<string, unknown>)[key];
}

/** What a panel hands its live marks: the rows, and any named values (a marker's x and y). */
export interface LiveData {
  readonly rows: readonly LiveRow[];
  readonly values?: Readonly<Record<string, number | null | undefined>>;
  /**
   * The top of a *live value axis*: the chart's value axis runs 0–1 and the marks divide
   * their values by this, so the axis can rescale (new top, new tick labels through
   * `LiveValueTick`) without rebuilding the chart. Absent: values are plotted as they are.
   */
  readonly valueTop?: number;
}

const EMPTY: LiveData = { rows: [] };
const LiveContext = createContext<LiveData>(EMPTY);

/**
 * Provides the live rows to the marks inside `children` (a memoized chart). While the data
 * is the same (a slider that does not move this chart), the context value is the same
 * object, so no mark re-renders.
 */
export function LiveProvider({ data, children }: { data: LiveData; children: ReactNode }) {
  return <LiveContext.Provider value={useStableData(data)}>{children}</LiveContext.Provider>;
}

/** The live rows and values of the enclosing panel. */
export function useLive(): LiveData {
  return useContext(LiveContext);
}

/**
 * The x grid of `rows` for the chart's `data`: only the x key, so the chart's data (and
 * everything Recharts derives from it) stays the same object while the values move.
 */
export function xGrid(rows: readonly LiveRow[], xKey: string): Record<string, unknown>[] {
  return rows.map((row) => ({ [xKey]: fieldAt(row, xKey) }));
}

/** The live row at the x value `label` (the tooltip's active label), if any. */
export function rowAt(rows: readonly LiveRow[], xKey: string, label: unknown): LiveRow | undefined {
  const x = Number(label);
  return rows.find((row) => numberAt(row, xKey) === x);
}

/** Axis ids of a bar mark. */
export interface BarAxes {
  readonly xAxisId?: string | number;
  readonly yAxisId?: string | number;
}

/**
 * What every live bar mark starts from: the live rows, the category axis' band scale and the
 * value axis' scale (over the live top), for `vertical` bars (category x) or `horizontal`
 * bars (category y). Null until the chart has measured its axes.
 */
export function useBarScales(orientation: 'vertical' | 'horizontal', { xAxisId, yAxisId }: BarAxes) {
  const { rows, valueTop } = useLive();
  const x = useXAxisScale(xAxisId);
  const y = useYAxisScale(yAxisId);
  if (!x || !y) return null;
  const [band, valueAxis] = orientation === 'vertical' ? [x, y] : [y, x];
  return { rows, band, value: overTop(valueAxis, valueTop) };
}
