import { memo, useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useAssumptionFocus } from '../../hooks/assumption-focus';
import { ASSUMPTION_GROUPS, assumptionsByGroup, groupOf, type AssumptionGroup } from './assumption-groups';
import { AssumptionRow } from './assumption-row';

/** Every secondary input, grouped, each with its source and confidence; collapsible. */
export const AssumptionsPanel = memo(function AssumptionsPanel() {
  const { t } = useI18n();
  // A tornado click asks for an assumption: open the panel and its group (the row focuses itself).
  const focus = useAssumptionFocus();
  const titleId = useId();
  const groups = useMemo(() => assumptionsByGroup(), []);
  const total = ASSUMPTION_GROUPS.reduce((sum, g) => sum + groups[g].length, 0);
  const [open, setOpen] = useState(false);
  const [openGroups, setOpenGroups] = useState<ReadonlySet<AssumptionGroup>>(() => new Set(['vendor']));

  // A tornado click opens the panel and the assumption's group (the row then focuses itself).
  useEffect(() => {
    const group = focus ? groupOf(focus.id) : undefined;
    if (!group) return;
    setOpen(true);
    setOpenGroups((current) => (current.has(group) ? current : new Set([...current, group])));
  }, [focus]);

  const toggleGroup = (group: AssumptionGroup, isOpen: boolean) =>
    setOpenGroups((current) => {
      const next = new Set(current);
      if (isOpen) next.add(group);
      else next.delete(group);
      return next;
    });

  return (
    <section className="assumptions" aria-labelledby={titleId} data-testid="assumptions-panel">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="assumptions__summary">
          <h2 id={titleId} className="assumptions__title">
            {t('assumptions.title')}
          </h2>
          <span className="assumptions__count">{t('assumptions.count', { count: total })}</span>
        </summary>
        <p className="assumptions__intro">{t('assumptions.intro')}</p>
        {ASSUMPTION_GROUPS.map((group) => (
          <details
            key={group}
            className="assumptions__group"
            open={openGroups.has(group)}
            onToggle={(event) => toggleGroup(group, event.currentTarget.open)}
          >
            <summary>
              {t(`group.${group}`)}{' '}
              <span className="assumptions__count">
                {t('assumptions.count', { count: groups[group].length })}
              </span>
            </summary>
            {open && openGroups.has(group) ? (
              <div className="assumptions__list">
                {groups[group].map((id) => (
                  <AssumptionRow key={id} id={id} focusSeq={id === focus?.id ? focus.seq : null} />
                ))}
              </div>
            ) : null}
          </details>
        ))}
      </details>
    </section>
  );
});
