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
        <span className="num">{value}</span>
        {badge ? <span className={`kpi__badge kpi__badge--${tone}`}>{badge}</span> : null}
      </p>
      {detail ? <p className="kpi__detail">{detail}</p> : null}
      {change ? <p className={`kpi__change kpi__change--${change.direction}`}>{change.text}</p> : null}
    </section>
  );
});
