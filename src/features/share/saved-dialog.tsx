import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import { useScenarioStore, useScenarioStoreApi } from '../../store/context';
import { selectLoadScenario } from '../../store/selectors';
import { linkFor } from '../../store/url-sync';
import { Dialog } from '../../ui/dialog';
import {
  browserStorage,
  newSaved,
  readSaved,
  writeSaved,
  type SavedScenario,
  type StorageProblem,
} from './saved-storage';
import { downloadScenarioFile, scenarioFile } from './scenario-files';
import { useScenarioImport, type ImportHandlers } from './use-scenario-import';

const PROBLEM_TEXT: Record<StorageProblem, MessageKey> = {
  unavailable: 'saved.storageUnavailable',
  full: 'saved.storageFull',
  corrupt: 'saved.corrupt',
};

/** Name and save scenarios in this browser, open or delete them, download and import files. */
export function SavedDialog({ onClose, ...handlers }: ImportHandlers & { onClose: () => void }) {
  const { t, locale } = useI18n();
  const store = useScenarioStoreApi();
  const loadScenario = useScenarioStore(selectLoadScenario);
  const [storage] = useState(browserStorage);
  const [{ items, problem: readProblem }, setList] = useState(() => readSaved(storage));
  const [problem, setProblem] = useState<StorageProblem | null>(readProblem);
  const [status, setStatus] = useState<string | null>(null);
  const [name, setName] = useState('');
  const importer = useScenarioImport({
    ...handlers,
    onImported: (fileName, repairs) => {
      handlers.onImported(fileName, repairs);
      onClose();
    },
  });
  const dateText = (iso: string) =>
    new Date(iso).toLocaleString(locale === 'it' ? 'it-IT' : 'en-US', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const fallbackName = () => t('saved.defaultName', { date: dateText(new Date().toISOString()) });

  const persist = (next: SavedScenario[], okText: string | null) => {
    const failure = writeSaved(storage, next);
    setProblem(failure);
    if (failure) return;
    setList({ items: next, problem: null });
    setStatus(okText);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const label = name.trim() || fallbackName();
    const entry = newSaved(label, linkFor(store.getState()), new Date(), items);
    persist([entry, ...items], t('saved.savedOk', { name: entry.name }));
    setName('');
  };
  const open = (item: SavedScenario) => {
    const decoded = handlers.decode(item.query);
    loadScenario(decoded.scenario, decoded.view.preset);
    if (decoded.repairs.length > 0) handlers.onImported(item.name, decoded.repairs);
    onClose();
  };
  const exportCurrent = () => {
    const { scenario, view } = store.getState();
    downloadScenarioFile(scenarioFile(scenario, name.trim() || fallbackName(), view.preset, new Date()));
  };

  return (
    <Dialog title={t('saved.title')} onClose={onClose} closeLabel={t('dialog.close')} testId="saved-dialog">
      <form className="saved__form" onSubmit={save}>
        <label className="field">
          <span className="field__label">{t('saved.name')}</span>
          <input
            data-autofocus
            className="field__input"
            value={name}
            maxLength={120}
            placeholder={fallbackName()}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit" className="button button--primary">
          {t('saved.save')}
        </button>
      </form>
      {problem ? (
        <p className="saved__problem" role="alert">
          {t(PROBLEM_TEXT[problem])}
        </p>
      ) : null}
      <p className="saved__status" role="status">
        {status}
      </p>
      <h3 className="dialog__subtitle">{t('saved.list')}</h3>
      {items.length === 0 ? (
        <p className="saved__empty">{t('saved.empty')}</p>
      ) : (
        <ul className="saved__list" aria-label={t('saved.list')}>
          {items.map((item) => (
            <li key={item.id} className="saved__item">
              <span className="saved__name">{item.name}</span>
              <span className="saved__date">{t('saved.savedAt', { date: dateText(item.savedAt) })}</span>
              <button
                type="button"
                className="button"
                onClick={() => open(item)}
                aria-label={t('saved.openLabel', { name: item.name })}
              >
                {t('saved.open')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('saved.deleteLabel', { name: item.name })}
                onClick={() =>
                  persist(
                    items.filter((i) => i.id !== item.id),
                    null,
                  )
                }
              >
                {t('saved.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="dialog__subtitle">{t('saved.files')}</h3>
      <div className="saved__files">
        <button type="button" className="button" onClick={exportCurrent}>
          {t('saved.export')}
        </button>
        <button type="button" className="button" onClick={importer.choose}>
          {t('saved.import')}
        </button>
        {importer.input}
      </div>
      {importer.error ? (
        <p className="saved__problem" role="alert">
          {importer.error}
        </p>
      ) : null}
    </Dialog>
  );
}
