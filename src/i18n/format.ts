/**
 * Number formatting for the active locale. Rounds to what the model can honestly
 * claim: two or three significant figures, units always.
 */
export type Locale = 'en' | 'it';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', it: 'it-IT' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, base: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Group thousands even in four-digit numbers (Italian ICU default would print 1234,5; readers expect 1.234,5).
  const options: Intl.NumberFormatOptions = { useGrouping: 'always', ...base };
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    cache.set(key, format);
  }
  return format;
}

/** Plain number with up to `digits` significant figures (grouping on). */
export function formatNumber(locale: Locale, value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(locale, { maximumSignificantDigits: digits }).format(value);
}

/** Whole number with grouping ("4,400"). */
export function formatInteger(locale: Locale, value: number): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Percentage from a fraction (0.42 → "42%"); `digits` fraction digits. */
export function formatPercent(locale: Locale, fraction: number, digits = 0): string {
  if (!Number.isFinite(fraction)) return '—';
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(fraction);
}

/**
 * A share of a whole in whole percent, except where rounding would claim all or none of
 * it: 0.9976 → "99.8%", not "100%" (beside an HHI of 9,952, "100%" reads as a mistake),
 * and 0.003 → "0.3%", not "0%". Exactly 0 and 1 stay "0%" and "100%".
 */
export function formatShareOfWhole(locale: Locale, fraction: number): string {
  const roundsToEdge = (fraction > 0 && fraction < 0.005) || (fraction > 0.995 && fraction < 1);
  return formatPercent(locale, fraction, roundsToEdge ? 1 : 0);
}

/**
 * A value already in percentage points (40 → "40%", 12.5 → "12,5%" in Italian), for
 * chart axes and sweeps whose data are 0–100; `digits` fraction digits at most.
 */
export function formatPercentPoints(locale: Locale, points: number, digits = 0): string {
  return formatPercent(locale, points / 100, digits);
}

/** US dollars with compact notation and three significant figures ("$58B", "$1.2T", "$0.305"). */
export function formatUsd(locale: Locale, value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const options: Intl.NumberFormatOptions =
    abs >= 1e4
      ? { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: digits }
      : { style: 'currency', currency: 'USD', maximumSignificantDigits: digits };
  return numberFormat(locale, options).format(value);
}

/**
 * Dollars as a chart tick, where the axis title names the currency: "$150B" in English;
 * "150 Mld" in Italian, because "150 Mld USD" does not fit beside a 64 px axis and
 * collides with the axis title.
 */
export function formatUsdTick(locale: Locale, value: number, digits = 2): string {
  return locale === 'en' ? formatUsd(locale, value, digits) : formatCompact(locale, value, digits);
}

/** A quantity with compact notation ("1.2K", "3.4M"), three significant figures. */
export function formatCompact(locale: Locale, value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(locale, { notation: 'compact', maximumSignificantDigits: digits }).format(value);
}
