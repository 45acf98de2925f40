import { useRef, useState, type ChangeEvent } from 'react';
import type { DeckStep } from '../../data/decks';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/dialog';
import { downloadBlob } from '../../ui/export/svg-export';
import { moveStep, removeStep, toDeck, updateStep } from './deck';
import { deckLink, deckToJson, parseDeckJson } from './deck-link';
import { setWorkingDeck, useWorkingDeck } from './working-deck';

/** One step: title, notes, and buttons to move or delete it. */
function StepRow({
  step,
  index,
  count,
  onChange,
}: {
  step: DeckStep;
  index: number;
  count: number;
  onChange: (next: DeckStep[] | ((steps: readonly DeckStep[]) => DeckStep[])) => void;
}) {
  const { t } = useI18n();
  const n = index + 1;
  return (
    <li className="deck-step">
      <span className="deck-step__number num" aria-hidden="true">
        {n}
      </span>
      <div className="deck-step__fields">
        <label>
          <span className="visually-hidden">{t('deck.stepTitle', { index: n })}</span>
          <input
            className="deck-step__title"
            value={step.title}
            maxLength={140}
            aria-label={t('deck.stepTitle', { index: n })}
            onChange={(e) => onChange((s) => updateStep(s, index, { title: e.target.value }))}
          />
        </label>
        <textarea
          className="deck-step__notes"
          value={step.notes}
          rows={2}
          maxLength={4000}
          aria-label={t('deck.stepNotes', { index: n })}
          onChange={(e) => onChange((s) => updateStep(s, index, { notes: e.target.value }))}
        />
      </div>
      <div className="deck-step__actions">
        <button
          type="button"
          className="button"
          disabled={index === 0}
          aria-label={t('deck.moveUp', { index: n })}
          onClick={() => onChange((s) => moveStep(s, index, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="button"
          disabled={index === count - 1}
          aria-label={t('deck.moveDown', { index: n })}
          onClick={() => onChange((s) => moveStep(s, index, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('deck.remove', { index: n })}
          onClick={() => onChange((s) => removeStep(s, index))}
        >
          ✕
        </button>
      </div>
    </li>
  );
}

/** The working deck's editor: reorder, retitle, annotate, delete; export, import, share. */
export function DeckEditor({ onClose, onPresent }: { onClose: () => void; onPresent: () => void }) {
  const { t } = useI18n();
  const steps = useWorkingDeck();
  const [message, setMessage] = useState<{ text: string; alert: boolean; link?: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const change = (next: DeckStep[] | ((steps: readonly DeckStep[]) => DeckStep[])) => {
    const value = typeof next === 'function' ? next(steps) : next;
    if (!setWorkingDeck(value)) setMessage({ text: t('deck.notSaved'), alert: true });
  };
  // A title left empty would make the deck invalid: exported and shared as "Step n".
  const valid = steps.map((s, i) =>
    s.title.trim() ? s : { ...s, title: t('deck.stepLabel', { index: i + 1 }) },
  );

  const exportJson = () => {
    downloadBlob(
      new Blob([deckToJson(toDeck(valid))], { type: 'application/json' }),
      'compute-scenarios-deck.json',
    );
  };
  const importJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = parseDeckJson(await file.text());
    if (!read.ok) {
      setMessage({ text: t('deck.importError', { error: read.error }), alert: true });
      return;
    }
    change(read.deck.steps);
    setMessage({ text: t('deck.imported', { count: read.deck.steps.length }), alert: false });
  };
  const share = async () => {
    const link = deckLink(window.location.href, toDeck(valid));
    if (!link) {
      setMessage({ text: t('deck.tooLong'), alert: true });
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      setMessage({ text: t('deck.linkCopied'), alert: false, link });
    } catch {
      setMessage({ text: t('deck.linkShown'), alert: false, link });
    }
  };

  return (
    <Dialog
      title={t('deck.title')}
      description={t('deck.description')}
      onClose={onClose}
      closeLabel={t('deck.close')}
      size="wide"
      testId="deck-editor"
    >
      {steps.length === 0 ? <p>{t('deck.empty')}</p> : null}
      <ol className="deck-steps">
        {steps.map((step, index) => (
          <StepRow key={index} step={step} index={index} count={steps.length} onChange={change} />
        ))}
      </ol>
      <div className="deck-editor__actions">
        <button type="button" className="button button--primary" onClick={onPresent}>
          {t('deck.present')}
        </button>
        <button type="button" className="button" onClick={exportJson} disabled={steps.length === 0}>
          {t('deck.export')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('deck.import')}
        </button>
        <button type="button" className="button" onClick={() => void share()} disabled={steps.length === 0}>
          {t('deck.shareLink')}
        </button>
        <button type="button" className="button" onClick={() => change([])} disabled={steps.length === 0}>
          {t('deck.clear')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(e) => void importJson(e)}
          data-testid="deck-import"
        />
      </div>
      <div role={message?.alert ? 'alert' : 'status'} className="deck-editor__message">
        {message?.text}
        {message?.link ? (
          <input
            className="deck-editor__link"
            readOnly
            value={message.link}
            aria-label={t('deck.shareLink')}
          />
        ) : null}
      </div>
    </Dialog>
  );
}
