import { memo, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatInputWithUnit, inputLabel } from '../../hooks/input-labels';
import { useReferenceData } from '../../hooks/reference-data';
import { useI18n } from '../../i18n/i18n';
import { specFor, type InputId } from '../../model/input-specs';
import { useScenarioStore } from '../../store/context';
import { selectInput, selectResetInput, selectSetInput } from '../../store/selectors';
import { ConfidenceBadge } from '../../ui/confidence-badge';
import { VENDOR_COLOURS } from '../../ui/palette';
import { SliderRow } from '../../ui/slider-row';

export interface AssumptionRowProps {
  readonly id: InputId;
  /** Set when this assumption was asked for (a tornado click): scroll to it and focus its slider. */
  readonly focusSeq: number | null;
}

/** One assumption: slider and number field, unit, range, sources, confidence badge and reset. */
export const AssumptionRow = memo(function AssumptionRow({ id, focusSeq }: AssumptionRowProps) {
  const { t, locale } = useI18n();
  const { assumptions, sources } = useReferenceData();
  const value = useScenarioStore(selectInput(id));
  const setInput = useScenarioStore(selectSetInput);
  const resetInput = useScenarioStore(selectResetInput);
  const baseline = useScenarioStore((state) => state.baseline[id]);
  const spec = specFor(id);
  const entry = assumptions[id];
  const label = inputLabel(t, id);
  const format = (v: number) => formatInputWithUnit(t, locale, spec.unit, v);
  const rowRef = useRef<HTMLDivElement>(null);
  const numberId = useId();
  const [draft, setDraft] = useState<string | null>(null);

  const focused = focusSeq !== null;
  useEffect(() => {
    if (focusSeq === null || !rowRef.current) return;
    const row = rowRef.current;
    if (typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'center' });
    row.querySelector<HTMLInputElement>('input[type="range"]')?.focus();
  }, [focusSeq]);

  const onSlide = useCallback((next: number) => setInput(id, next), [id, setInput]);
  const commit = () => {
    if (draft !== null && draft.trim() !== '' && Number.isFinite(Number(draft))) setInput(id, Number(draft));
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };
  const changed = Math.abs(value - baseline) > 1e-9;

  return (
    <div
      ref={rowRef}
      id={`assumption-${id}`}
      className={`assumption${focused ? ' assumption--focused' : ''}`}
      data-testid={`assumption-${id}`}
    >
      <div className="assumption__badges">
        <ConfidenceBadge level={entry.confidence} label={t(`confidence.${entry.confidence}`)} />
      </div>
      <SliderRow
        label={label}
        value={value}
        spec={spec}
        size="small"
        valueText={format(value)}
        accent={spec.vendor ? VENDOR_COLOURS[spec.vendor] : undefined}
        onChange={onSlide}
      />
      <div className="assumption__controls">
        <label htmlFor={numberId} className="visually-hidden">
          {t('assumptions.valueLabel', { label })}
        </label>
        <input
          id={numberId}
          type="number"
          className="assumption__number"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={draft ?? String(Number(value.toPrecision(6)))}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        <span className="assumption__range">
          {t('assumptions.range', {
            min: format(spec.min),
            max: format(spec.max),
            low: format(entry.low),
            high: format(entry.high),
          })}
        </span>
        <button
          type="button"
          className="button button--quiet"
          disabled={!changed}
          aria-label={t('assumptions.resetLabel', { label })}
          onClick={() => resetInput(id)}
        >
          {t('assumptions.reset')}
        </button>
      </div>
      <ul className="assumption__sources">
        {entry.sources.length === 0 ? <li>{t('assumptions.noSource')}</li> : null}
        {entry.sources.map((sourceId) => {
          const source = sources[sourceId];
          return source ? (
            <li key={sourceId}>
              <a href={source.url} target="_blank" rel="noreferrer">
                {source.title}
              </a>{' '}
              <span className="assumption__publisher">
                {source.publisher}, {source.date}
              </span>
            </li>
          ) : null;
        })}
      </ul>
      <p className="assumption__note">{entry.note}</p>
    </div>
  );
});
