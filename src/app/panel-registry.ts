/**
 * Every chart panel, in dashboard order, with the id used by `?embed=<id>` links.
 * Adding a panel to the dashboard is one line here.
 */
import type { ComponentType } from 'react';
import { ConcentrationPanel } from '../features/concentration/concentration-panel';
import { CostCurvesPanel } from '../features/cost-curves/cost-curves-panel';

export interface PanelEntry {
  readonly id: string;
  readonly Component: ComponentType;
}

export const PANELS: readonly PanelEntry[] = [
  { id: 'concentration', Component: ConcentrationPanel },
  { id: 'cost', Component: CostCurvesPanel },
];

/** The panel for an embed id, if any. */
export function panelById(id: string): PanelEntry | undefined {
  return PANELS.find((panel) => panel.id === id);
}
