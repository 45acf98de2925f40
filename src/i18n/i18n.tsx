import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type Catalogue, type MessageKey } from './en';
import { it } from './it';
import type { Locale } from './format';
import { agreeItalianArticles } from './it-articles';

export const CATALOGUES: Record<Locale, Catalogue> = { en, it };

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** Fills `{name}` placeholders in a message. */
export function interpolate(message: string, values?: Readonly<Record<string, string | number>>): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translate function for a locale. */
export function translator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  if (locale === 'it') return (key, values) => agreeItalianArticles(interpolate(catalogue[key], values));
  return (key, values) => interpolate(catalogue[key], values);
}

interface I18nValue {
  readonly locale: Locale;
  readonly t: Translate;
}

const I18nContext = createContext<I18nValue>({ locale: 'en', t: translator('en') });

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The active locale and its translate function. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
