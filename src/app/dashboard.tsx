import type { ReferenceData } from '../data/reference-data';
import { AssumptionsPanel } from '../features/assumptions/assumptions-panel';
import { KpiTiles } from '../features/kpis/kpi-tiles';
import { ModelView } from '../features/model-view/model-view';
import { YearSelector } from '../features/year-selector/year-selector';
import { AssumptionFocusProvider } from '../hooks/assumption-focus';
import { ReferenceDataProvider } from '../hooks/reference-data';
import { ScenarioControls } from '../features/scenario-controls/scenario-controls';
import { useI18n } from '../i18n/i18n';
import { useScenarioStore } from '../store/context';
import { selectResetAll } from '../store/selectors';
import { useScenario } from '../hooks/use-model';
import { ExportMetaBridge } from './export-meta';
import { PANELS } from './panel-registry';
import { scenarioCaption } from './scenario-caption';
import { ViewControls } from './view-controls';

/** The explore view: header, sticky controls rail, KPI tiles and the panel grid. */
export function Dashboard({ data }: { data: ReferenceData }) {
  const { t, locale } = useI18n();
  const scenario = useScenario();
  const resetAll = useScenarioStore(selectResetAll);
  return (
    <ExportMetaBridge data={data}>
      <ReferenceDataProvider data={data}>
        <AssumptionFocusProvider>
          <div className="shell">
            <header className="topbar">
              <div className="topbar__brand">
                <h1 className="topbar__title">{t('app.title')}</h1>
                <p className="topbar__subtitle">{t('app.subtitle')}</p>
              </div>
              <div className="topbar__scenario">{t('app.scenarioCustom')}</div>
              <div className="topbar__actions">
                <ViewControls />
                <button type="button" className="button" onClick={resetAll}>
                  {t('app.resetAll')}
                </button>
              </div>
            </header>
            <div className="layout">
              <aside className="rail" aria-label={t('controls.title')}>
                <ScenarioControls />
                <YearSelector />
              </aside>
              <main className="content">
                <p className="print-only print-caption">{scenarioCaption(t, locale, scenario)}</p>
                <KpiTiles />
                <div className="panels">
                  {PANELS.map(({ id, Component }) => (
                    <Component key={id} />
                  ))}
                </div>
                <AssumptionsPanel />
                <ModelView />
                <footer className="footer">{t('app.dataAsOf', { date: data.asOf })}</footer>
              </main>
            </div>
          </div>
        </AssumptionFocusProvider>
      </ReferenceDataProvider>
    </ExportMetaBridge>
  );
}
