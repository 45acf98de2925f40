// Chart text stays clear (e2e/chart-text.ts) on each screen the dashboard is used on, in
// both languages: Italian labels are longer and broke layouts English did not.
import { chartTextProblems } from './chart-text';
import { expect, test } from './fixtures';

const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const screen of SCREENS) {
  for (const lang of ['en', 'it'] as const) {
    test(`chart text stays clear at ${screen.width}x${screen.height} (${screen.name}, ${lang})`, async ({
      page,
      dashboard,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await dashboard.open(`./?lang=${lang}`);
      await expect(page.locator('section.panel[data-testid]')).toHaveCount(8);
      await expect(page.getByTestId('sensitivity-panel').locator('svg text').first()).toBeVisible();
      // Panels off screen redraw when the browser is idle: wait until every chart has text.
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              [...document.querySelectorAll('section.panel[data-testid]')].filter(
                (panel) => !panel.querySelector('.recharts-surface text'),
              ).length,
          ),
        )
        .toBe(0);
      const problems = await chartTextProblems(page);
      expect(problems).toEqual([]);
    });
  }
}
