// What a presenter relies on besides presentation mode: panel exports (PNG at 2× the
// framed SVG), the one-panel embed, and the dashboard loading offline from the
// service worker's cache.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function download(page: Page, panel: string, item: string): Promise<Buffer> {
  const frame = page.getByTestId(panel);
  await frame.getByText('Export', { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: item }).click(),
  ]);
  const path = await file.path();
  return readFile(path);
}

test('a PNG export is a real PNG at twice the framed SVG size', async ({ page, dashboard }) => {
  await dashboard.open();
  const svg = (await download(page, 'concentration-panel', 'Vector (SVG)')).toString('utf8');
  const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
  expect(width).toBeGreaterThan(400);
  expect(height).toBeGreaterThan(200);
  const png = await download(page, 'concentration-panel', 'Image (PNG, 2×)');
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
    width: width * 2,
    height: height * 2,
  });
  expect(png.length).toBeGreaterThan(10_000);
});

test('the embed view renders exactly one panel', async ({ page }) => {
  await page.goto('./?embed=cost&preset=loi-as-announced');
  await expect(page.getByTestId('cost-panel-summary')).toBeVisible();
  await expect(page.locator('.panel')).toHaveCount(1);
  await expect(page.getByRole('slider')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open the full scenario' })).toBeVisible();
});

test('once the service worker controls the page, a reload works offline', async ({ browser }) => {
  // A context of its own, with service workers explicitly allowed.
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByTestId('concentration-panel-summary')).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    // autoUpdate claims clients, but the first load may finish before it does.
    await page.reload();
  }
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Compute Scenarios' })).toBeVisible();
  await expect(page.getByTestId('concentration-panel-summary')).toContainText('HHI');
  await context.close();
});
