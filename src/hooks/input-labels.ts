/**
 * Names and formatted values for any registry input, in the user's words, for the
 * panels that list inputs (assumptions, tornado).
 */
import type { Translate } from '../i18n/i18n';
import { formatNumber, type Locale } from '../i18n/format';
import {
  PER_VENDOR_FIELDS,
  specFor,
  vendorInputId,
  type InputId,
  type InputUnit,
  type PerVendorInputId,
} from '../model/input-specs';
import { VENDOR_IDS } from '../model/vendors';

function isPerVendor(id: InputId): id is PerVendorInputId {
  const vendor = specFor(id).vendor;
  return vendor !== undefined && PER_VENDOR_FIELDS.some((field) => vendorInputId(field, vendor) === id);
}

/** The label of an input ("Depreciation life — Nvidia", "Electricity price"). */
export function inputLabel(t: Translate, id: InputId): string {
  const vendor = specFor(id).vendor;
  if (vendor && isPerVendor(id)) {
    const field = PER_VENDOR_FIELDS.find((f) => vendorInputId(f, vendor) === id);
    if (field) return `${t(`field.${field}`)} — ${t(`vendor.${vendor}`)}`;
  }
  return isPerVendor(id) ? id : t(`input.${id}`);
}

/** A vendor class's name from a chart category value (which Recharts hands back as a string). */
export function vendorLabel(t: Translate, value: string): string {
  const vendor = VENDOR_IDS.find((id) => id === value);
  return vendor ? t(`vendor.${vendor}`) : value;
}

/** Significant digits for a value shown beside its input. */
function digitsFor(unit: InputUnit, value: number): number {
  if (unit === 'calendarYear') return 4;
  return Math.abs(value) >= 1000 ? 4 : 3;
}

/** An input value with its unit ("$83k", "1.8 kW", "40%/yr", "2027"). */
export function formatInputWithUnit(t: Translate, locale: Locale, unit: InputUnit, value: number): string {
  const number =
    unit === 'calendarYear' ? String(Math.round(value)) : formatNumber(locale, value, digitsFor(unit, value));
  // One year is singular ("1 anno", "1 yr"); every other count plural.
  if (unit === 'years' && value === 1) return t('unitValue.year', { value: number });
  return t(`unitValue.${unit}`, { value: number });
}
