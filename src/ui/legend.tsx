import { GHOST_OPACITY } from './ghost';

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  readonly dashed?: boolean;
  readonly marker?: boolean;
  /** A shaded band (a background tint such as a concentration band), drawn as a filled box. */
  readonly area?: boolean;
  /** A baseline ghost: faded and dashed. */
  readonly ghost?: boolean;
}

/** An HTML legend (readable, wraps on narrow screens, same swatches as the chart). */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.label} className={item.area ? 'legend__item legend__item--area' : 'legend__item'}>
          <svg width="22" height="10" aria-hidden="true" className="legend__swatch">
            {item.marker ? (
              <circle cx="11" cy="5" r="4.5" fill={item.colour} />
            ) : item.area ? (
              // Band tints are quiet by design: the outline keeps the box visible on the panel.
              <rect x="1.5" y="0.5" width="19" height="9" fill={item.colour} className="legend__area" />
            ) : (
              <line
                x1="1"
                y1="5"
                x2="21"
                y2="5"
                stroke={item.colour}
                strokeWidth="3"
                strokeDasharray={item.dashed || item.ghost ? '5 3' : undefined}
                strokeOpacity={item.ghost ? GHOST_OPACITY : undefined}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
