/**
 * Every chart panel, in dashboard order, with the id used by `?embed=<id>` links.
 * Adding a panel to the dashboard is one line here.
 */
import type { ComponentType } from 'react';
import type { ChartPanelId } from './chart-panel-ids';
import { ConcentrationPanel } from '../features/concentration/concentration-panel';
import { CostCurvesPanel } from '../features/cost-curves/cost-curves-panel';
import { BudgetPanel } from '../features/budget/budget-panel';
import { EnergyPanel } from '../features/energy/energy-panel';
import { PredictabilityPanel } from '../features/predictability/predictability-panel';
import { SensitivityPanel } from '../features/sensitivity/sensitivity-panel';
import { UpstreamPanel } from '../features/upstream/upstream-panel';
import { VendorSidePanel } from '../features/vendor-side/vendor-side-panel';

export interface PanelEntry {
  readonly id: ChartPanelId;
  readonly Component: ComponentType;
}

export const PANELS: readonly PanelEntry[] = [
  { id: 'concentration', Component: ConcentrationPanel },
  { id: 'cost', Component: CostCurvesPanel },
  { id: 'budget', Component: BudgetPanel },
  { id: 'predictability', Component: PredictabilityPanel },
  { id: 'vendor', Component: VendorSidePanel },
  { id: 'upstream', Component: UpstreamPanel },
  { id: 'energy', Component: EnergyPanel },
  { id: 'sensitivity', Component: SensitivityPanel },
];

/** The panel for an embed id, if any. */
export function panelById(id: string): PanelEntry | undefined {
  return PANELS.find((panel) => panel.id === id);
}
