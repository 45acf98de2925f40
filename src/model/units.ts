/**
 * Branded number types: the one audited place where plain numbers become units.
 * A `UsdPerYear` cannot be passed where `TokensPerDay` is expected, so a units
 * mix-up is a compile error rather than a wrong chart.
 */
declare const unit: unique symbol;
type Unit<U extends string> = number & { readonly [unit]: U };

/** US dollars (nominal). */
export type Usd = Unit<'Usd'>;
/** US dollars per year. */
export type UsdPerYear = Unit<'UsdPerYear'>;
/** US dollars per million tokens. */
export type UsdPerMillionTokens = Unit<'UsdPerMillionTokens'>;
/** A fraction in [0, 1]. Displayed as a percentage. */
export type Share = Unit<'Share'>;
/** Kilowatts. */
export type Kilowatts = Unit<'Kilowatts'>;
/** Gigawatts. */
export type Gigawatts = Unit<'Gigawatts'>;
/** Tokens per second. */
export type TokensPerSecond = Unit<'TokensPerSecond'>;
/** Tokens per year. */
export type TokensPerYear = Unit<'TokensPerYear'>;
/** Trillions of tokens per day (the unit of the inference-load slider). */
export type TrillionTokensPerDay = Unit<'TrillionTokensPerDay'>;
/** Herfindahl–Hirschman index on the 0–10,000 scale. */
export type Hhi = Unit<'Hhi'>;

export const usd = (n: number) => n as Usd;
export const usdPerYear = (n: number) => n as UsdPerYear;
export const usdPerMillionTokens = (n: number) => n as UsdPerMillionTokens;
export const share = (n: number) => n as Share;
export const kilowatts = (n: number) => n as Kilowatts;
export const gigawatts = (n: number) => n as Gigawatts;
export const tokensPerSecond = (n: number) => n as TokensPerSecond;
export const tokensPerYear = (n: number) => n as TokensPerYear;
export const trillionTokensPerDay = (n: number) => n as TrillionTokensPerDay;
export const hhiPoints = (n: number) => n as Hhi;

export const HOURS_PER_YEAR = 8760;
export const SECONDS_PER_YEAR = 365 * 24 * 3600;
export const DAYS_PER_YEAR = 365;

/** Trillions of tokens per day → tokens per year. */
export function tokensPerYearFromTrillionPerDay(load: TrillionTokensPerDay): TokensPerYear {
  return tokensPerYear(load * 1e12 * DAYS_PER_YEAR);
}

/** Tokens per year → trillions of tokens per day. */
export function trillionPerDayFromTokensPerYear(tokens: TokensPerYear): TrillionTokensPerDay {
  return trillionTokensPerDay(tokens / DAYS_PER_YEAR / 1e12);
}

/**
 * A record with a value for every key in `keys`. TypeScript cannot prove a record built
 * in a loop is complete, so the assertion lives here, in the one audited file.
 */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const key of keys) out[key] = value(key);
  return out;
}
