// The explore view loads cleanly, draws every chart, and responds to the headline
// sliders driven from the keyboard.
import { CHART_IDS, CHART_LINES, HEADLINE_SLIDERS, expect, test, type DashboardState } from './fixtures';
import type { HeadlineSlider, StateKey } from './fixtures';

test('the page loads with no console errors, page errors or failed requests', async ({ page, dashboard }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  await dashboard.open();
  await expect(page).toHaveTitle(/Compute Scenarios/);
  await expect(page.getByRole('heading', { level: 1, name: 'Compute Scenarios' })).toBeVisible();
  await expect(dashboard.kpis()).toBeVisible();
  expect(failed, 'requests that failed while loading').toEqual([]);
  // The console-error check runs in the fixture after every test.
});

test('every chart draws its series', async ({ dashboard }) => {
  await dashboard.open();
  for (const id of CHART_IDS) {
    await expect(dashboard.lines(id)).toHaveCount(CHART_LINES[id]);
    const lengths = await dashboard
      .lines(id)
      .evaluateAll((paths) => paths.map((p) => (p instanceof SVGPathElement ? p.getTotalLength() : 0)));
    for (const length of lengths) expect(length, `${id}: every line has visible length`).toBeGreaterThan(10);
    await expect(dashboard.summary(id)).not.toBeEmpty();
  }
});

test('every chart on the page draws a series', async ({ page, dashboard }) => {
  await dashboard.open();
  const wrappers = page.locator('section.panel .recharts-wrapper');
  await expect(wrappers.first()).toBeVisible();
  // A series is a line or area with a path, or a bar with a drawn rectangle; a chart
  // with only axes and gridlines (empty data, zero size) has none.
  const series =
    'path.recharts-line-curve[d^="M"], path.recharts-area-area[d^="M"], .recharts-bar-rectangle path[d^="M"]';
  const empty = await wrappers.evaluateAll(
    (charts, selector) =>
      charts
        .filter((chart) => chart.querySelector(selector) === null)
        .map((chart) => chart.closest('section')?.getAttribute('data-testid') ?? 'unnamed panel'),
    series,
  );
  expect(empty, 'charts that drew no series').toEqual([]);
  expect(await wrappers.count(), 'charts on the page').toBeGreaterThanOrEqual(CHART_IDS.length);
});

/**
 * What each headline slider visibly changes in the current model. Compute spend moves
 * only the KPI tiles: concentration is about shares of spend, and the cost curves size
 * a fleet to each load, so neither chart depends on the total. Load moves the cost
 * chart's marker along fixed curves; Nvidia share moves both markers and reshapes the
 * current-mix cost curve.
 */
const RESPONDS: Record<HeadlineSlider, readonly StateKey[]> = {
  'Compute spend': ['kpis'],
  'Nvidia share': [
    'kpis',
    'concentration-panel-summary',
    'concentration-panel-marker',
    'cost-panel-summary',
    'cost-panel-lines',
    'cost-panel-marker',
  ],
  'Inference load': ['kpis', 'cost-panel-summary', 'cost-panel-marker'],
};

/**
 * One arrow step may leave a rounded summary unchanged ("$0.309" at 70% and 71%), so
 * arrow steps check the KPI tiles and the drawn geometry; End and Home jump to the
 * limits and must change everything the slider drives.
 */
const KEYS = [
  { key: 'ArrowRight', checks: (key: StateKey) => key === 'kpis' || !key.endsWith('-summary') },
  { key: 'ArrowLeft', checks: (key: StateKey) => key === 'kpis' || !key.endsWith('-summary') },
  { key: 'End', checks: () => true },
  { key: 'Home', checks: () => true },
] as const;

function changedKeys(before: DashboardState, after: DashboardState): StateKey[] {
  const keys: StateKey[] = [
    'kpis',
    'concentration-panel-summary',
    'cost-panel-summary',
    'concentration-panel-lines',
    'cost-panel-lines',
    'concentration-panel-marker',
    'cost-panel-marker',
  ];
  return keys.filter((key) => before[key] !== after[key]);
}

for (const name of HEADLINE_SLIDERS) {
  test(`the "${name}" slider, moved with the keyboard, updates what it drives`, async ({ dashboard }) => {
    await dashboard.open();
    const slider = dashboard.slider(name);
    await slider.focus();
    await expect(slider).toBeFocused();
    let before = await dashboard.state();
    for (const { key, checks } of KEYS) {
      const valueBefore = await slider.inputValue();
      await slider.press(key);
      await expect(slider, `${key} moves the slider`).not.toHaveValue(valueBefore);
      const expected = RESPONDS[name].filter(checks);
      // Charts redraw from a deferred scenario, so poll until the change lands.
      await expect
        .poll(async () => changedKeys(before, await dashboard.state()), {
          message: `after ${key} on "${name}", these should change: ${expected.join(', ')}`,
        })
        .toEqual(expect.arrayContaining(expected));
      before = await dashboard.state();
    }
    await expect(slider).toHaveValue('0');
    await dashboard.expectChartsDrawn();
  });
}
