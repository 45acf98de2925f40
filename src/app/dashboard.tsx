import { memo, Suspense, useEffect } from 'react';
import type { ReferenceData } from '../data/reference-data';
import { HistoryControls } from '../features/history/history-controls';
import { ChangeAnnouncer } from '../features/announcer/change-announcer';
import { KpiTiles } from '../features/kpis/kpi-tiles';
import { usePresentShortcut } from '../features/presentation/use-deck-keys';
import { ScenarioControls } from '../features/scenario-controls/scenario-controls';
import { YearSelector } from '../features/year-selector/year-selector';
import { AssumptionFocusProvider } from '../hooks/assumption-focus';
import { ReferenceDataProvider } from '../hooks/reference-data';
import { useChartScenario } from '../hooks/use-model';
import { useI18n } from '../i18n/i18n';
import { ExportMetaBridge } from './export-meta';
import { AppHeader } from './header';
import { LinkNotice } from './link-notice';
import { PanelDialogs, preloadDialogs } from './panel-dialogs';
import { preloadable } from './preloadable';
import { loadPanels, WithPanels } from './lazy-panels';
import { scenarioCaption } from './scenario-caption';

void loadPanels();

// Below the fold and not needed for the first paint: their own chunks.
const assumptions = preloadable(() =>
  import('../features/assumptions/assumptions-panel').then((m) => m.AssumptionsPanel),
);
const modelView = preloadable(() => import('../features/model-view/model-view').then((m) => m.ModelView));
const AssumptionsPanel = assumptions.Component;
const ModelView = modelView.Component;

/** Fetches the below-the-fold chunks of the explore view. */
export function preloadDashboard(): Promise<unknown> {
  return Promise.all([assumptions.preload(), modelView.preload(), preloadDialogs()]);
}

/** The scenario line printed above the tiles; its own component so a slider step re-renders only it. */
const PrintCaption = memo(function PrintCaption() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario('print-caption');
  return <p className="print-only print-caption">{scenarioCaption(t, locale, scenario)}</p>;
});

/** The explore view: header, sticky controls rail, KPI tiles, the panel grid, assumptions and the model view. */
export function Dashboard({ data, onPresent }: { data: ReferenceData; onPresent?: () => void }) {
  const { t } = useI18n();
  usePresentShortcut(() => onPresent?.());
  // Once the first screen is up, fetch the rest so a dialog opens without a wait.
  useEffect(() => {
    const timer = setTimeout(() => void preloadDashboard(), 1500);
    return () => clearTimeout(timer);
  }, []);
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
                <PrintCaption />
                <KpiTiles />
                <ChangeAnnouncer />
                <WithPanels
                  fallback={<div className="panels" aria-busy="true" />}
                  render={({ PANELS }) => (
                    <div className="panels">
                      {PANELS.map(({ id, Component }) => (
                        <Component key={id} />
                      ))}
                    </div>
                  )}
                />
                <Suspense fallback={null}>
                  <AssumptionsPanel />
                  <ModelView />
                </Suspense>
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
