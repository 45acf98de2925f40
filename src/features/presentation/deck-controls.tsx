import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { presetsQuery } from '../../data/presets';
import { useI18n } from '../../i18n/i18n';
import { useScenarioStoreApi } from '../../store/context';
import { encodeScenario } from '../../url/codec';
import { addStep } from './deck';
import { DeckEditor } from './deck-editor';
import './deck.css';
import { setWorkingDeck, getWorkingDeck, useWorkingDeck } from './working-deck';

/** The header's presentation actions: Present, Add to deck, and the deck editor. */
export function DeckControls({ onPresent }: { onPresent: () => void }) {
  const { t } = useI18n();
  const store = useScenarioStoreApi();
  const steps = useWorkingDeck();
  // Read, not observed: a second observer would refetch presets that failed to load.
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const add = () => {
    const { scenario, view, comparison } = store.getState();
    const current = getWorkingDeck();
    const preset = queryClient
      .getQueryData(presetsQuery().queryKey)
      ?.presets.find((p) => p.slug === view.preset);
    const title = preset?.title ?? t('deck.stepLabel', { index: current.length + 1 });
    const query = encodeScenario(scenario, { preset: view.preset, baseline: comparison });
    const saved = setWorkingDeck(addStep(current, { title, notes: '', query }));
    setStatus(saved ? t('deck.added', { index: current.length + 1 }) : t('deck.notSaved'));
  };

  return (
    <div className="deck-controls">
      <button
        type="button"
        className="button button--primary"
        onClick={onPresent}
        title={t('present.enterHint')}
        aria-keyshortcuts="P"
      >
        {t('present.enter')}
      </button>
      <button type="button" className="button" onClick={add}>
        {t('deck.add')}
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setEditing(true)}>
        {t('deck.open', { count: steps.length })}
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {editing ? (
        <DeckEditor
          onClose={() => setEditing(false)}
          onPresent={() => {
            setEditing(false);
            onPresent();
          }}
        />
      ) : null}
    </div>
  );
}
