import type { ReferenceData } from '../data/reference-data';
import { ReferenceDataProvider } from '../hooks/reference-data';
import { useI18n } from '../i18n/i18n';
import { ExportMetaBridge } from './export-meta';
import { WithPanels } from './lazy-panels';

/** The full-dashboard link for an embed: the same scenario without the `embed` parameter. */
export function fullScenarioHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}

/** One panel with minimal chrome, for an iframe in a report or slide (`?embed=<panel>`). */
export function EmbedView({ data, panelId }: { data: ReferenceData; panelId: string }) {
  const { t } = useI18n();
  return (
    <ExportMetaBridge data={data}>
      <ReferenceDataProvider data={data}>
        <main className="embed">
          {/* The page's own heading: the panel title below is an h2, as on the dashboard. */}
          <h1 className="visually-hidden">{t('app.title')}</h1>
          <WithPanels
            render={({ PANELS, panelById }) => {
              const panel = panelById(panelId);
              return panel ? (
                <panel.Component />
              ) : (
                <p className="embed__unknown" role="alert">
                  {t('embed.unknown', { panels: PANELS.map((p) => p.id).join(', ') })}
                </p>
              );
            }}
          />
          <p className="embed__link">
            <a href={fullScenarioHref(window.location.href)} target="_blank" rel="noopener">
              {t('embed.open')}
            </a>{' '}
            · {t('app.title')}
          </p>
        </main>
      </ReferenceDataProvider>
    </ExportMetaBridge>
  );
}
