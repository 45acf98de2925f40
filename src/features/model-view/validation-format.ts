/** How validation figures read, in the app and in docs/MODEL.md. */
import { formatInteger, formatUsd, type Locale } from '../../i18n/format';
import type { ValidationUnit } from '../../model/validation';

/** A validation figure with its unit. */
export function formatValidationValue(locale: Locale, unit: ValidationUnit, value: number): string {
  switch (unit) {
    case 'usdBillionsPerGw':
      return `${formatUsd(locale, value * 1e9)}/GW`;
    case 'usdPerHour':
      return `${formatUsd(locale, value)}/GPU-hour`;
    case 'hhi':
      return formatInteger(locale, value);
    case 'usdBillions':
      return formatUsd(locale, value * 1e9);
    case 'usdPerMillionTokens':
      return `${formatUsd(locale, value)}/M tokens`;
  }
}
