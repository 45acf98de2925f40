/**
 * Names and values of any registry input in words, for text that mentions inputs
 * generically (repair notices, preset details, A/B differences). Labels come from the
 * `input.<id>` messages where they exist, else from generic field and vendor names.
 */
import { en, type MessageKey } from '../i18n/en';
import { formatInteger, formatNumber, formatUsd, type Locale } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import { isInputId, specFor, type InputId } from '../model/input-specs';

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** The input's label ("Nvidia share", "All-in capex, AMD"). */
export function inputLabel(t: Translate, id: InputId): string {
  const own = `input.${id}`;
  if (isMessageKey(own)) return t(own);
  const spec = specFor(id);
  const field = `inputFallback.${id.split('.')[0] ?? id}`;
  const fieldLabel = isMessageKey(field) ? t(field) : id;
  if (!spec.vendor) return fieldLabel;
  return t('inputFallback.vendorField', { field: fieldLabel, vendor: t(`vendor.${spec.vendor}`) });
}

/** A value of the input with its unit ("$58B per year", "70%", "1.8 kW", "2027"). */
export function inputValueText(t: Translate, locale: Locale, id: InputId, value: number): string {
  if (!Number.isFinite(value)) return '—';
  const spec = specFor(id);
  const n = (digits = 4) => formatNumber(locale, value, digits);
  switch (spec.unit) {
    case 'usdBillionsPerYear':
      return t('unit.usdBillionsPerYear', { value: formatUsd(locale, value * 1e9, 4) });
    case 'percent':
      return t('unit.percent', { value: n() });
    case 'trillionTokensPerDay':
      return t('unit.trillionTokensPerDay', { value: n() });
    case 'usdThousands':
      return formatUsd(locale, value * 1e3, 4);
    case 'usdMillions':
      return formatUsd(locale, value * 1e6, 4);
    case 'usdBillions':
      return formatUsd(locale, value * 1e9, 4);
    case 'kilowatts':
      return t('unitText.kilowatts', { value: n() });
    case 'tokensPerSecond':
      return t('unitText.tokensPerSecond', { value: formatInteger(locale, value) });
    case 'years':
      return t(value === 1 ? 'unitText.year' : 'unitText.years', { value: n() });
    case 'calendarYear':
      return String(Math.round(value));
    case 'usdPerKwh':
      return t('unitText.usdPerKwh', { value: formatUsd(locale, value, 3) });
    case 'multiplier':
      return t('unitText.multiplier', { value: n() });
    case 'percentPerYear':
      return t('unitText.percentPerYear', { value: n() });
    default:
      return n();
  }
}

/** inputLabel for a string that may not be an input id (falls back to the string). */
export function labelForKey(t: Translate, id: string): string {
  return isInputId(id) ? inputLabel(t, id) : id;
}
