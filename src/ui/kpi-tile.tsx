import { memo, type ReactNode } from 'react';

export interface KpiTileProps {
  readonly label: string;
  readonly value: string;
  readonly detail?: ReactNode;
  /** A band or status pill beside the value. */
  readonly badge?: string;
  readonly tone?: 'neutral' | 'warning' | 'alert';
}

/** One headline number: label, large value, a badge and a detail line. */
export const KpiTile = memo(function KpiTile({
  label,
  value,
  detail,
  badge,
  tone = 'neutral',
}: KpiTileProps) {
  return (
    <section className={`kpi kpi--${tone}`} aria-label={label}>
      <h3 className="kpi__label">{label}</h3>
      <p className="kpi__value">
        <span className="num">{value}</span>
        {badge ? <span className={`kpi__badge kpi__badge--${tone}`}>{badge}</span> : null}
      </p>
      {detail ? <p className="kpi__detail">{detail}</p> : null}
    </section>
  );
});
