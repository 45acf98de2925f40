import { useI18n } from '../i18n/i18n';
import { useViewPreferences, type ThemePreference } from './view-preferences';

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** Language and theme pickers for the header. */
export function ViewControls() {
  const { t } = useI18n();
  const { locale, setLocale, theme, setTheme } = useViewPreferences();
  return (
    <div className="view-controls">
      <label className="select-label">
        <span className="visually-hidden">{t('view.language')}</span>
        <select
          className="select"
          value={locale}
          onChange={(e) => setLocale(e.currentTarget.value === 'it' ? 'it' : 'en')}
          aria-label={t('view.language')}
        >
          <option value="en">English</option>
          <option value="it">Italiano</option>
        </select>
      </label>
      <label className="select-label">
        <span className="visually-hidden">{t('view.theme')}</span>
        <select
          className="select"
          value={theme}
          onChange={(e) => {
            const next = THEMES.find((th) => th === e.currentTarget.value);
            if (next) setTheme(next);
          }}
          aria-label={t('view.theme')}
        >
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t(`view.theme.${th}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
