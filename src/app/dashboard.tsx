import type { ReferenceData } from '../data/reference-data';
import { HistoryControls } from '../features/history/history-controls';
import { KpiTiles } from '../features/kpis/kpi-tiles';
import { ScenarioControls } from '../features/scenario-controls/scenario-controls';
import { useI18n } from '../i18n/i18n';
import { useScenario } from '../hooks/use-model';
import { ExportMetaBridge } from './export-meta';
import { AppHeader } from './header';
import { LinkNotice } from './link-notice';
import { PanelDialogs } from './panel-dialogs';
import { PANELS } from './panel-registry';
import { scenarioCaption } from './scenario-caption';

/** The explore view: header, sticky controls rail, KPI tiles and the panel grid. */
export function Dashboard({ data }: { data: ReferenceData }) {
  const { t, locale } = useI18n();
  const scenario = useScenario();
  return (
    <ExportMetaBridge data={data}>
      <div className="shell">
        <AppHeader />
        <LinkNotice />
        <div className="layout">
          <aside className="rail" aria-label={t('controls.title')}>
            <HistoryControls />
            <ScenarioControls />
          </aside>
          <main className="content">
            <p className="print-only print-caption">{scenarioCaption(t, locale, scenario)}</p>
            <KpiTiles />
            <div className="panels">
              {PANELS.map(({ id, Component }) => (
                <Component key={id} />
              ))}
            </div>
            <footer className="footer">{t('app.dataAsOf', { date: data.asOf })}</footer>
          </main>
        </div>
      </div>
      <PanelDialogs />
    </ExportMetaBridge>
  );
}
