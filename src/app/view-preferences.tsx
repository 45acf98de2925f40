/**
 * Language and theme: view preferences, not scenario inputs. The theme persists in
 * localStorage (when available); the language also rides in share links (`lang=it`).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../i18n/format';

export type ThemePreference = 'system' | 'light' | 'dark';

const THEME_KEY = 'compute-scenarios.theme';

function readStoredTheme(): ThemePreference {
  try {
    const value = window.localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** The initial language: `?lang=` if valid, else the browser's preference. */
export function initialLocale(search: string, languages: readonly string[]): Locale {
  const param = new URLSearchParams(search).get('lang');
  if (param === 'it' || param === 'en') return param;
  return languages.some((l) => l.toLowerCase().startsWith('it')) ? 'it' : 'en';
}

interface ViewPreferences {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly theme: ThemePreference;
  readonly setTheme: (theme: ThemePreference) => void;
}

const ViewPreferencesContext = createContext<ViewPreferences | null>(null);

export function ViewPreferencesProvider({
  children,
  locale: forced,
}: {
  children: ReactNode;
  locale?: Locale;
}) {
  const [locale, setLocale] = useState<Locale>(
    () => forced ?? initialLocale(window.location.search, window.navigator.languages ?? []),
  );
  const [theme, setThemeState] = useState<ThemePreference>(readStoredTheme);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  const setTheme = useCallback((next: ThemePreference) => {
    setThemeState(next);
    try {
      if (next === 'system') window.localStorage.removeItem(THEME_KEY);
      else window.localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage disabled or full: the choice still applies for this visit.
    }
  }, []);

  const value = useMemo(() => ({ locale, setLocale, theme, setTheme }), [locale, theme, setTheme]);
  return <ViewPreferencesContext.Provider value={value}>{children}</ViewPreferencesContext.Provider>;
}

/** Language and theme, with setters. */
export function useViewPreferences(): ViewPreferences {
  const value = useContext(ViewPreferencesContext);
  if (!value) throw new Error('useViewPreferences must be used inside <ViewPreferencesProvider>');
  return value;
}
