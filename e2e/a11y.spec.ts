// axe-core accessibility audit of the explore view, in both colour schemes and with the
// data tables open. Results are saved to artifacts/ for reading; violations fail.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import { CHART_IDS, expect, test } from './fixtures';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One readable line per failing element, so the test output says what to fix. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.impact ?? 'unknown'} ${v.id}: ${v.help} — ${node.target.join(' ')}`),
  );
}

const VARIANTS = [
  { name: 'light', colorScheme: 'light', openTables: false, phone: false, lang: 'en' },
  { name: 'dark', colorScheme: 'dark', openTables: false, phone: false, lang: 'en' },
  { name: 'light-tables', colorScheme: 'light', openTables: true, phone: false, lang: 'en' },
  // A phone, with the headline sliders pinned to the bottom of the screen, in Italian.
  { name: 'phone-dark-it', colorScheme: 'dark', openTables: false, phone: true, lang: 'it' },
] as const;

for (const variant of VARIANTS) {
  test(`axe finds no violations on the explore view (${variant.name})`, async ({ page, dashboard }) => {
    await page.emulateMedia({ colorScheme: variant.colorScheme });
    if (variant.phone) await page.setViewportSize({ width: 390, height: 844 });
    await dashboard.open(variant.lang === 'en' ? './' : `./?lang=${variant.lang}`);
    if (variant.openTables) {
      // Every panel's table: each toggle becomes "Hide data" once clicked.
      const toggles = page.getByRole('button', { name: 'Show data' });
      const panels = await toggles.count();
      expect(panels, 'panels with a data table').toBeGreaterThanOrEqual(CHART_IDS.length);
      for (let i = 0; i < panels; i += 1) await toggles.first().click();
      await expect(page.getByRole('button', { name: 'Hide data' })).toHaveCount(panels);
    }
    await page.addScriptTag({ path: AXE_SCRIPT });
    const results: AxeResults = await page.evaluate(() =>
      window.axe.run(document, { resultTypes: ['violations', 'incomplete'] }),
    );
    await mkdir('artifacts', { recursive: true });
    await writeFile(
      `artifacts/axe-${variant.name}.json`,
      JSON.stringify({ violations: results.violations, incomplete: results.incomplete }, null, 2),
    );
    // "Needs review" items are not failures, but worth a look: list them in the report.
    for (const item of results.incomplete) {
      test
        .info()
        .annotations.push({ type: 'axe needs review', description: `${item.id} (${item.nodes.length})` });
    }
    expect(describeViolations(results.violations), 'axe violations').toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the embed view (?embed=cost, ${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./?embed=cost');
    await expect(page.getByTestId('cost-panel-summary')).toBeVisible();
    await page.addScriptTag({ path: AXE_SCRIPT });
    const results: AxeResults = await page.evaluate(() => window.axe.run(document));
    await mkdir('artifacts', { recursive: true });
    await writeFile(`artifacts/axe-embed-${colorScheme}.json`, JSON.stringify(results.violations, null, 2));
    expect(describeViolations(results.violations), 'axe violations').toEqual([]);
  });
}
