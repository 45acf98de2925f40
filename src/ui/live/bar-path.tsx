/**
 * A square-cornered bar as a plain `<path>`: the path Recharts' `Rectangle` draws for
 * radius 0 (same `d`, same class), without its hooks. Live charts redraw dozens of bars a
 * step, and this is the cheapest element that looks and tests the same.
 */
import type { MouseEventHandler } from 'react';

/** Recharts rounds path coordinates to 4 decimals. */
function round(value: number): number {
  const rounded = Math.round(value * 1e4) / 1e4;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Recharts' rectangle path for radius 0 (width/height may be negative). */
export function barPathD(x: number, y: number, width: number, height: number): string {
  return `M ${round(x)},${round(y)} h ${round(width)} v ${round(height)} h ${round(-width)} Z`;
}

export interface BarPathProps {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
  readonly fillOpacity?: number;
  readonly name?: string;
  readonly cursor?: string;
  readonly onClick?: MouseEventHandler<SVGPathElement>;
}

/** One bar, drawn as Recharts draws an unrounded bar. */
export function BarPath({ x, y, width, height, ...rest }: BarPathProps) {
  if (!(Math.abs(width) > 0) || !(Math.abs(height) > 0)) return null;
  return <path className="recharts-rectangle" d={barPathD(x, y, width, height)} {...rest} />;
}
