import { useCallback, useState } from 'react';
import type { ReferenceData } from '../data/reference-data';
import { AssumptionsPanel, type FocusRequest } from '../features/assumptions/assumptions-panel';
import { BudgetPanel } from '../features/budget/budget-panel';
import { EnergyPanel } from '../features/energy/energy-panel';
import { ModelView } from '../features/model-view/model-view';
import { PredictabilityPanel } from '../features/predictability/predictability-panel';
import { SensitivityPanel } from '../features/sensitivity/sensitivity-panel';
import { UpstreamPanel } from '../features/upstream/upstream-panel';
import { VendorSidePanel } from '../features/vendor-side/vendor-side-panel';
import { YearSelector } from '../features/year-selector/year-selector';
import { ReferenceDataProvider } from '../hooks/reference-data';
import type { InputId } from '../model/input-specs';
import { ConcentrationPanel } from '../features/concentration/concentration-panel';
import { CostCurvesPanel } from '../features/cost-curves/cost-curves-panel';
import { KpiTiles } from '../features/kpis/kpi-tiles';
import { ScenarioControls } from '../features/scenario-controls/scenario-controls';
import { useI18n } from '../i18n/i18n';
import { useScenarioStore } from '../store/context';
import { selectResetAll } from '../store/selectors';

/** The explore view: header, sticky controls rail, KPI tiles and the panel grid. */
export function Dashboard({ data }: { data: ReferenceData }) {
  const { t } = useI18n();
  const resetAll = useScenarioStore(selectResetAll);
  // A tornado click opens that assumption in the assumptions panel (UI state, not a scenario input).
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const openAssumption = useCallback((id: InputId) => setFocus((f) => ({ id, seq: (f?.seq ?? 0) + 1 })), []);
  return (
    <ReferenceDataProvider data={data}>
      <div className="shell">
        <header className="topbar">
          <div className="topbar__brand">
            <h1 className="topbar__title">{t('app.title')}</h1>
            <p className="topbar__subtitle">{t('app.subtitle')}</p>
          </div>
          <div className="topbar__scenario">{t('app.scenarioCustom')}</div>
          <div className="topbar__actions">
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
            <KpiTiles />
            <div className="panels">
              <ConcentrationPanel />
              <CostCurvesPanel />
              <BudgetPanel />
              <PredictabilityPanel />
              <VendorSidePanel />
              <UpstreamPanel />
              <EnergyPanel />
              <SensitivityPanel onSelectInput={openAssumption} />
            </div>
            <AssumptionsPanel focus={focus} />
            <ModelView />
            <footer className="footer">{t('app.dataAsOf', { date: data.asOf })}</footer>
          </main>
        </div>
      </div>
    </ReferenceDataProvider>
  );
}
