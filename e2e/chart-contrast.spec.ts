// axe skips most SVG text, and Recharts writes its own greys into each text's style
// attribute; so this reads the colours the browser actually paints: every tick, axis
// title, reference and bar label in every panel, light and dark, at 4.5:1 or better
// against what it sits on (a band label against its band tint).
import { expect, test } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`chart text is legible in the ${colorScheme} theme`, async ({ page, dashboard }) => {
    await page.emulateMedia({ colorScheme });
    await dashboard.open();
    await expect(page.locator('section.panel[data-testid]')).toHaveCount(8);
    await expect(page.getByTestId('sensitivity-panel').locator('svg text').first()).toBeVisible();
    const failures = await page.evaluate(() => {
      const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).map(Number);
      const channel = (c: number) => {
        const v = c / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      const ratio = (a: number[], b: number[]) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
      };
      const out: string[] = [];
      for (const panel of document.querySelectorAll<HTMLElement>('section.panel[data-testid]')) {
        const surface = rgb(getComputedStyle(panel).backgroundColor);
        for (const text of panel.querySelectorAll<SVGTextElement>('svg text')) {
          if (!text.textContent?.trim() || getComputedStyle(text).display === 'none') continue;
          const tint = text.closest('.recharts-reference-area')?.querySelector('path, rect');
          const background = tint ? rgb(getComputedStyle(tint).fill) : surface;
          const value = ratio(rgb(getComputedStyle(text).fill), background);
          if (value < 4.5) out.push(`${panel.dataset.testid}: “${text.textContent}” ${value.toFixed(2)}:1`);
        }
      }
      return out;
    });
    expect(failures).toEqual([]);
  });
}
