/** How each headline input's value reads beside its slider and to a screen reader. */
import type { Translate } from '../../i18n/i18n';
import { formatNumber, formatUsd, type Locale } from '../../i18n/format';
import type { InputUnit } from '../../model/input-specs';

/** Formats an input value with its unit ("$58B per year", "70%", "50 T tokens/day"). */
export function formatInputValue(t: Translate, locale: Locale, unit: InputUnit, value: number): string {
  switch (unit) {
    case 'usdBillionsPerYear':
      return t('unit.usdBillionsPerYear', { value: formatUsd(locale, value * 1e9, 3) });
    case 'percent':
      return t('unit.percent', { value: formatNumber(locale, value, value >= 10 ? 3 : 2) });
    case 'trillionTokensPerDay':
      return t('unit.trillionTokensPerDay', { value: formatNumber(locale, value, 3) });
    default:
      return formatNumber(locale, value, 3);
  }
}
