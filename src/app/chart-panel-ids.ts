/**
 * The chart panels' ids, in dashboard order: the `?embed=<id>` names and the ids a deck
 * step lists. Kept apart from the panel registry so views can name panels without
 * pulling the panels' chunk (and Recharts) into the first download.
 */
export const CHART_PANEL_IDS = [
  'concentration',
  'cost',
  'budget',
  'predictability',
  'vendor',
  'upstream',
  'energy',
  'sensitivity',
] as const;

export type ChartPanelId = (typeof CHART_PANEL_IDS)[number];
