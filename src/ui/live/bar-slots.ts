/**
 * Where each bar of a group sits in its category band: Recharts' own layout for side-by-side
 * `<Bar>`s (`getBarPositions` in recharts' combineAllBarPositions, v3.11), so live bars land
 * on the same pixels as the `<Bar>`s they replace. Unstacked bars only.
 */

/** A bar's offset from the start of its band, and its thickness, in pixels. */
export interface BarSlot {
  readonly offset: number;
  readonly size: number;
}

export interface BarSlotOptions {
  /** Gap between the bars of a group: pixels or a percentage of the band (the chart's `barGap`, default 4). */
  readonly barGap?: number | string;
  /** Gap at each side of the group: pixels or a percentage of the band (the chart's `barCategoryGap`, default 10%). */
  readonly barCategoryGap?: number | string;
  /** A fixed bar thickness in pixels (the chart's `barSize`); otherwise bars share the band. */
  readonly barSize?: number;
  readonly maxBarSize?: number;
}

/** Recharts' `getPercentValue(value, total, 0, true)`: a percentage of `total` or a pixel count, at most `total`. */
function pixels(value: number | string, total: number): number {
  const parsed =
    typeof value === 'string' && value.endsWith('%')
      ? (total * Number.parseFloat(value.slice(0, -1))) / 100
      : Number(value);
  if (Number.isNaN(parsed)) return 0;
  return parsed > total ? total : parsed;
}

/** The slots of `count` side-by-side bars in a band `bandSize` pixels wide. */
export function barSlots(bandSize: number, count: number, options: BarSlotOptions = {}): BarSlot[] {
  if (count < 1) return [];
  const { barGap = 4, barCategoryGap = '10%', barSize, maxBarSize } = options;
  let gap = pixels(barGap, bandSize);
  if (barSize !== undefined && Number.isFinite(barSize)) {
    let sum = count * barSize + (count - 1) * gap;
    if (sum >= bandSize) {
      sum -= (count - 1) * gap;
      gap = 0;
    }
    let size = barSize;
    if (sum >= bandSize && bandSize > 0) {
      size = (bandSize / count) * 0.9;
      sum = count * size;
    }
    const start = Math.round((bandSize - sum) / 2);
    return Array.from({ length: count }, (_, i) => ({ offset: start + i * (size + gap), size }));
  }
  const side = pixels(barCategoryGap, bandSize);
  if (bandSize - 2 * side - (count - 1) * gap <= 0) gap = 0;
  let original = (bandSize - 2 * side - (count - 1) * gap) / count;
  if (original > 1) original = Math.round(original);
  const size =
    maxBarSize !== undefined && Number.isFinite(maxBarSize) ? Math.min(original, maxBarSize) : original;
  return Array.from({ length: count }, (_, i) => ({
    offset: side + (count * (original - size)) / 2 + (size + gap) * i,
    size,
  }));
}
