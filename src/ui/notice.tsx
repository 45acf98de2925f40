export interface NoticeProps {
  readonly title: string;
  readonly intro?: string;
  /** One plain-text line per item; never HTML. */
  readonly items: readonly string[];
  /** Shown after the items when some were left out ("…and 3 more"). */
  readonly more?: string;
  readonly dismissLabel: string;
  readonly onDismiss: () => void;
  readonly tone?: 'info' | 'warning';
}

/** A non-blocking, dismissible status message (role="status"), such as what a link needed repaired. */
export function Notice({
  title,
  intro,
  items,
  more,
  dismissLabel,
  onDismiss,
  tone = 'warning',
}: NoticeProps) {
  return (
    <section className={`notice notice--${tone}`} role="status" aria-label={title}>
      <div className="notice__text">
        <h2 className="notice__title">{title}</h2>
        {intro ? <p className="notice__intro">{intro}</p> : null}
        {items.length > 0 ? (
          <ul className="notice__items">
            {items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ) : null}
        {more ? <p className="notice__more">{more}</p> : null}
      </div>
      <button type="button" className="button notice__dismiss" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </section>
  );
}
