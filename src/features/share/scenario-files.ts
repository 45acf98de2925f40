/** Export a scenario as a JSON file and import one, through the share-link decoder. */
import {
  parseScenarioFile,
  scenarioFileQuery,
  SCENARIO_FILE_KIND,
  type ScenarioFile,
} from '../../data/scenario-file';
import type { Translate } from '../../i18n/i18n';
import { INPUT_SPECS } from '../../model/input-specs';
import { canonicalizeScenario } from '../../model/precision';
import type { Scenario } from '../../model/scenario';
import { downloadBlob, fileSlug } from '../../ui/export/svg-export';
import type { DecodedLink } from '../../url/codec';
import { CURRENT_VERSION } from '../../url/migrations';

/** The file for a scenario: every input by share-link parameter, at canonical precision. */
export function scenarioFile(
  scenario: Scenario,
  name: string,
  preset: string | null,
  now: Date,
): ScenarioFile {
  const canonical = canonicalizeScenario(scenario);
  return {
    kind: SCENARIO_FILE_KIND,
    fileVersion: 1,
    name,
    exportedAt: now.toISOString(),
    linkVersion: CURRENT_VERSION,
    values: Object.fromEntries(INPUT_SPECS.map((spec) => [spec.urlKey, canonical[spec.id]])),
    preset,
  };
}

/** Starts the download of a scenario file. */
export function downloadScenarioFile(file: ScenarioFile): void {
  const text = `${JSON.stringify(file, null, 2)}\n`;
  downloadBlob(new Blob([text], { type: 'application/json' }), `${fileSlug(file.name) || 'scenario'}.json`);
}

export type ImportResult =
  | { readonly ok: true; readonly name: string; readonly decoded: DecodedLink }
  | { readonly ok: false; readonly message: string };

/** Reads a scenario file's text: a decoded scenario (with any repairs) or a plain-words error. */
export function importScenarioText(
  text: string,
  decode: (search: string) => DecodedLink,
  t: Translate,
): ImportResult {
  const parsed = parseScenarioFile(text);
  if (parsed.ok) return { ok: true, name: parsed.file.name, decoded: decode(scenarioFileQuery(parsed.file)) };
  const reason =
    parsed.error === 'invalid'
      ? t('saved.importInvalid', { detail: parsed.detail })
      : t(
          parsed.error === 'tooLarge'
            ? 'saved.importTooLarge'
            : parsed.error === 'notJson'
              ? 'saved.importNotJson'
              : 'saved.importNotScenario',
        );
  return { ok: false, message: t('saved.importError', { reason }) };
}

/** The text of a chosen file (File.text where available, FileReader otherwise). */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}
