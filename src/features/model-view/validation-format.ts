/** How validation figures read, in the app and in docs/MODEL.md. */
import { formatInteger, formatUsd, type Locale } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { ValidationUnit } from '../../model/validation';

/** A validation figure with its unit, in the locale's words ("$0.31/GPU-hour", "0,31 USD/GPU-ora"). */
export function formatValidationValue(locale: Locale, unit: ValidationUnit, value: number): string {
  const t = translator(locale);
  switch (unit) {
    case 'usdBillionsPerGw':
      return t('unitValue.perGw', { value: formatUsd(locale, value * 1e9) });
    case 'usdPerHour':
      return t('unitValue.perGpuHour', { value: formatUsd(locale, value) });
    case 'hhi':
      return formatInteger(locale, value);
    case 'usdBillions':
      return formatUsd(locale, value * 1e9);
    case 'usdPerMillionTokens':
      return t('unitValue.perMillionTokens', { value: formatUsd(locale, value) });
  }
}
