/** Each repair of a link or file as a plain sentence ("Nvidia share 250% is out of range; using 100%"). */
import { inputLabel, inputValueText } from '../hooks/input-text';
import { formatInteger, formatNumber, type Locale } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import type { InputId } from '../model/input-specs';
import type { Repair } from '../url/repairs';

/** Labels listed before "and N more" in a sentence that names several inputs or settings. */
const LIST_LIMIT = 4;

function list(items: readonly string[]): string {
  const shown = items.slice(0, LIST_LIMIT).join(', ');
  return items.length > LIST_LIMIT ? `${shown}… (+${items.length - LIST_LIMIT})` : shown;
}

/** How a raw link value reads: with the input's unit when it is a number, else quoted as typed. */
function rawText(t: Translate, locale: Locale, input: InputId, raw: string): string {
  const value = Number(raw);
  return raw.trim() !== '' && Number.isFinite(value) ? inputValueText(t, locale, input, value) : `“${raw}”`;
}

function sentence(t: Translate, locale: Locale, repair: Repair): string {
  const used = (input: InputId, value: number) => inputValueText(t, locale, input, value);
  switch (repair.kind) {
    case 'outOfRange':
      return t('repair.outOfRange', {
        label: inputLabel(t, repair.input),
        raw: rawText(t, locale, repair.input, repair.raw),
        used: used(repair.input, repair.used),
      });
    case 'notANumber':
      return repair.raw.trim() === ''
        ? t('repair.empty', { label: inputLabel(t, repair.input), used: used(repair.input, repair.used) })
        : t('repair.notANumber', {
            label: inputLabel(t, repair.input),
            raw: repair.raw,
            used: used(repair.input, repair.used),
          });
    case 'tooLong':
      return repair.input !== undefined && repair.used !== undefined
        ? t('repair.tooLongInput', {
            label: inputLabel(t, repair.input),
            length: formatInteger(locale, repair.length),
            used: used(repair.input, repair.used),
          })
        : t('repair.tooLong', { key: repair.key, length: formatInteger(locale, repair.length) });
    case 'missing':
      return t('repair.missing', {
        count: repair.inputs.length,
        list: list(repair.inputs.map((id) => inputLabel(t, id))),
      });
    case 'mixRescaled':
      return t('repair.mixRescaled', { total: formatNumber(locale, repair.total, 4) });
    case 'duplicate':
      return t('repair.duplicate', { key: repair.key });
    case 'unknownParam':
      return t('repair.unknownParam', { key: repair.key });
    case 'unknownPreset':
      return t('repair.unknownPreset', { slug: repair.slug });
    case 'badView':
      if (repair.key === 'lang') return t('repair.badLang', { raw: repair.raw });
      if (repair.key === 'panel') return t('repair.badPanel', { raw: repair.raw });
      if (repair.key === 'year') return t('repair.badYear', { raw: repair.raw });
      return t('repair.badBase', { raw: repair.raw });
    case 'futureVersion':
      return t('repair.futureVersion', { version: repair.version });
    case 'badVersion':
      return t('repair.badVersion', { raw: repair.raw });
    case 'malformed':
      return t('repair.malformed');
    case 'truncatedQuery':
      return t('repair.truncatedQuery');
  }
}

/**
 * Sentences for a list of repairs, in link order. Unknown settings are gathered into
 * one sentence; a missing input that was also defaulted for another reason is not repeated.
 */
export function repairSentences(t: Translate, locale: Locale, repairs: readonly Repair[]): string[] {
  const unknown = repairs.flatMap((r) => (r.kind === 'unknownParam' ? [r.key] : []));
  const out: string[] = [];
  for (const repair of repairs) {
    if (repair.kind === 'unknownParam') {
      if (repair.key !== unknown[0]) continue;
      if (unknown.length > 1) {
        out.push(
          t('repair.unknownParams', { count: unknown.length, list: list(unknown.map((k) => `“${k}”`)) }),
        );
        continue;
      }
    }
    const text = sentence(t, locale, repair);
    const target = 'target' in repair ? repair.target : 'scenario';
    out.push(target === 'baseline' ? t('repair.baseline', { message: text }) : text);
  }
  return out;
}
