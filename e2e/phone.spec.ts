// On a phone the headline sliders ride in a bar pinned to the bottom of the screen: a
// user can move one while a chart further down the page is in view. The bar must not
// hide the end of the page or a focused control.
import type { Locator, Page } from '@playwright/test';
import { expect, HEADLINE_SLIDERS, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** The element's box lies wholly inside the viewport and above the headline bar. */
async function expectClearOfBar(page: Page, target: Locator, what: string): Promise<void> {
  const bar = await page.locator('.rail .controls__headline').boundingBox();
  const box = await target.boundingBox();
  expect(bar, 'headline bar').not.toBeNull();
  expect(box, what).not.toBeNull();
  if (!bar || !box) return;
  expect(box.y, `${what}: top on screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom above the bar`).toBeLessThanOrEqual(bar.y + 1);
}

test('the headline sliders stay on screen beside a chart far down the page', async ({ page, dashboard }) => {
  await dashboard.open();
  const panel = page.getByTestId('cost-panel');
  await dashboard.summary('cost-panel').scrollIntoViewIfNeeded();
  await expectClearOfBar(page, dashboard.summary('cost-panel'), 'cost summary');
  for (const name of HEADLINE_SLIDERS) await expect(dashboard.slider(name)).toBeInViewport({ ratio: 1 });

  const before = await dashboard.summary('cost-panel').innerText();
  const load = dashboard.slider('Inference load');
  await load.focus();
  await load.press('ArrowRight');
  await expect(dashboard.summary('cost-panel')).not.toHaveText(before);
  // Moving the slider did not scroll the page away from the chart.
  await expect(panel).toBeInViewport();
});

test('the bar hides neither the end of the page nor a focused control', async ({ page, dashboard }) => {
  await dashboard.open();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expectClearOfBar(page, page.locator('.footer'), 'footer');

  // Focus a control low on the screen: the page scrolls it clear of the bar (WCAG 2.4.11).
  await page.evaluate(() => window.scrollTo(0, 0));
  const toggle = page.getByTestId('energy-panel').getByRole('button', { name: 'Show data' });
  await toggle.focus();
  await expectClearOfBar(page, toggle, 'focused Show data button');
});

test('the bar is keyboard reachable in reading order: after Reset, before the mix', async ({
  page,
  dashboard,
}) => {
  await dashboard.open();
  await page.getByRole('button', { name: 'Reset to defaults' }).focus();
  for (const name of HEADLINE_SLIDERS) {
    await page.keyboard.press('Tab');
    await expect(dashboard.slider(name)).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('slider', { name: 'AMD GPUs' })).toBeFocused();
});
