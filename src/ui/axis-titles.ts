/**
 * Axis titles as every chart draws them (Recharts `label` props): the x title centred
 * under the ticks, the y title rotated and centred beside them. One place, so a change to
 * how titles sit (a projector offset, a font class) reaches every chart.
 */

/** The x axis' title, under its ticks; `offset` moves it down (negative) from the axis. */
export function xAxisTitle(value: string, offset = -12) {
  return { value, position: 'insideBottom', offset, className: 'axis-label' } as const;
}

/** The y axis' title, rotated a quarter turn and centred along the axis. */
export function yAxisTitle(value: string) {
  return {
    value,
    angle: -90,
    position: 'insideLeft',
    offset: 4,
    className: 'axis-label',
    style: { textAnchor: 'middle' },
  } as const;
}
