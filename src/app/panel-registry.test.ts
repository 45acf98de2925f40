import { CHART_PANEL_IDS } from './chart-panel-ids';
import { PANELS } from './panel-registry';

describe('panel registry', () => {
  it('lists every chart panel id once, in the order of CHART_PANEL_IDS', () => {
    expect(PANELS.map((panel) => panel.id)).toEqual([...CHART_PANEL_IDS]);
  });
});
