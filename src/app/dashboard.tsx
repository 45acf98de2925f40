import type { ReferenceData } from '../data/reference-data';
import { AssumptionsPanel } from '../features/assumptions/assumptions-panel';
import { HistoryControls } from '../features/history/history-controls';
import { KpiTiles } from '../features/kpis/kpi-tiles';
import { usePresentShortcut } from '../features/presentation/use-deck-keys';
import { ModelView } from '../features/model-view/model-view';
import { ScenarioControls } from '../features/scenario-controls/scenario-controls';
import { YearSelector } from '../features/year-selector/year-selector';
import { AssumptionFocusProvider } from '../hooks/assumption-focus';
import { ReferenceDataProvider } from '../hooks/reference-data';
import { useScenario } from '../hooks/use-model';
import { useI18n } from '../i18n/i18n';
import { ExportMetaBridge } from './export-meta';
import { AppHeader } from './header';
import { LinkNotice } from './link-notice';
import { PanelDialogs } from './panel-dialogs';
import { PANELS } from './panel-registry';
import { scenarioCaption } from './scenario-caption';

/** The explore view: header, sticky controls rail, KPI tiles, the panel grid, assumptions and the model view. */
export function Dashboard({ data, onPresent }: { data: ReferenceData; onPresent?: () => void }) {
  const { t, locale } = useI18n();
  const scenario = useScenario();
  usePresentShortcut(() => onPresent?.());
  return (
    <ExportMetaBridge data={data}>
      <ReferenceDataProvider data={data}>
        <AssumptionFocusProvider>
          <div className="shell">
            <AppHeader onPresent={onPresent} />
            <LinkNotice />
            <div className="layout">
              <aside className="rail" aria-label={t('controls.title')}>
                <HistoryControls />
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
          <PanelDialogs />
        </AssumptionFocusProvider>
      </ReferenceDataProvider>
    </ExportMetaBridge>
  );
}
