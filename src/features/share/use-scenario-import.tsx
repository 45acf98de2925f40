import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useScenarioStore } from '../../store/context';
import { selectLoadScenario } from '../../store/selectors';
import type { DecodedLink } from '../../url/codec';
import type { Repair } from '../../url/repairs';
import { importScenarioText, readFileText } from './scenario-files';

export interface ImportHandlers {
  readonly decode: (search: string) => DecodedLink;
  /** Called after a successful import with the file's name and what was repaired. */
  readonly onImported: (name: string, repairs: readonly Repair[]) => void;
}

/**
 * Importing a scenario file: a hidden file input, a `choose` to open the picker, and
 * the error for a file that is not a valid scenario (plain words, never thrown).
 */
export function useScenarioImport({ decode, onImported }: ImportHandlers) {
  const { t } = useI18n();
  const loadScenario = useScenarioStore(selectLoadScenario);
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setError(t('saved.importError', { reason: t('saved.importNotJson') }));
      return;
    }
    const result = importScenarioText(text, decode, t);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    loadScenario(result.decoded.scenario, result.decoded.view.preset);
    onImported(result.name, result.decoded.repairs);
  };

  const input = (
    <input
      ref={inputRef}
      type="file"
      accept="application/json,.json"
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        void onFile(file);
      }}
    />
  );
  return { input, choose: () => inputRef.current?.click(), onFile, error, clearError: () => setError(null) };
}
