import { useEffect, useRef, useState } from 'react';
import { formatInteger } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useChartScenario, useModelOutputs } from '../../hooks/use-model';
import { materialChanges, type MaterialState } from './material-changes';

/** How long the inputs must rest before a change is said: a drag is one announcement, not forty. */
const SETTLE_MS = 1000;

/**
 * A polite live region that narrates material changes only (the concentration band, the
 * capacity gap opening or closing), once the sliders have settled.
 */
export function ChangeAnnouncer() {
  const { t, locale } = useI18n();
  const out = useModelOutputs(useChartScenario('announcer'));
  const current: MaterialState = {
    band: out.hhiBand,
    hhi: out.hhi,
    overBudget: out.capacityGapTrillionPerDay > 0,
  };
  const settled = useRef(current);
  const [message, setMessage] = useState('');
  const { band, hhi, overBudget } = current;

  useEffect(() => {
    const timer = setTimeout(() => {
      const next = { band, hhi, overBudget };
      const changes = materialChanges(settled.current, next, (v) => formatInteger(locale, v));
      settled.current = next;
      if (changes.length > 0) setMessage(changes.map((c) => t(c.key, c.values)).join(' '));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [band, hhi, overBudget, locale, t]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
