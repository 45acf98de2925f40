import { memo, type ReactNode } from 'react';

export interface KpiTileProps {
  readonly label: string;
  readonly value: string;
  readonly detail?: ReactNode;
  /** A band or status pill beside the value. */
  readonly badge?: string;
  readonly tone?: 'neutral' | 'warning' | 'alert';
  /** The change from a pinned baseline ("▲ $0.02 vs baseline"). */
  readonly change?: { readonly text: string; readonly direction: 'up' | 'down' | 'same' };
}

/**
 * A formatted value split into its number and its unit words ("4,38 Mld USD" → "4,38",
 * " ", "Mld USD"), so the unit can be set smaller where space is short (presentation);
 * a value with no unit words ("$6.68B", "5.260") is all number.
 */
export function splitUnit(value: string): { number: string; space: string; unit: string } {
  const match = /^(\S+)(\s+)(\p{L}.*)$/u.exec(value);
  return match
    ? { number: match[1] ?? value, space: match[2] ?? ' ', unit: match[3] ?? '' }
    : { number: value, space: '', unit: '' };
}

/** One headline number: label, large value, a badge and a detail line. */
export const KpiTile = memo(function KpiTile({
  label,
  value,
  detail,
  badge,
  tone = 'neutral',
  change,
}: KpiTileProps) {
  return (
    <section className={`kpi kpi--${tone}`} aria-label={label}>
      <h3 className="kpi__label">{label}</h3>
      <p className="kpi__value">
        <KpiValue value={value} />
        {badge ? <span className={`kpi__badge kpi__badge--${tone}`}>{badge}</span> : null}
      </p>
      {detail ? <p className="kpi__detail">{detail}</p> : null}
      {change ? <p className={`kpi__change kpi__change--${change.direction}`}>{change.text}</p> : null}
    </section>
  );
});

/** The value: its number, then its unit words in a span of their own (same text). */
function KpiValue({ value }: { value: string }) {
  const { number, space, unit } = splitUnit(value);
  return (
    <span className="num">
      {number}
      {unit ? (
        <>
          {space}
          <span className="kpi__unit">{unit}</span>
        </>
      ) : null}
    </span>
  );
}
