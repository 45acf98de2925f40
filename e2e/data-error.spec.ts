// A reference-data file that fails to load shows an alert with Retry, and Retry loads
// the dashboard once the file is back.
import { expect, test } from './fixtures';

const BROKEN = [
  {
    name: 'an HTTP 500',
    fulfil: { status: 500, contentType: 'text/plain', body: 'Internal Server Error' },
    message: /assumptions\.json.*HTTP 500/,
  },
  {
    name: 'invalid JSON',
    fulfil: { status: 200, contentType: 'application/json', body: '{"asOf": "2026-06", "assumptions": ' },
    message: /assumptions\.json is not valid JSON/,
  },
] as const;

test.use({
  // The browser itself logs a failed resource load; that one error is the point of the test.
  allowedConsoleErrors: [/Failed to load resource: .*status of 500/],
  // The service worker precaches the data files and claims the page once installed;
  // a request it answers from cache would bypass page.route and never fail.
  serviceWorkers: 'block',
});

for (const { name, fulfil, message } of BROKEN) {
  test(`assumptions.json answering ${name} shows an alert, and Retry recovers`, async ({
    page,
    dashboard,
  }) => {
    let broken = 0;
    await page.route('**/data/assumptions.json', async (route) => {
      broken += 1;
      await route.fulfill(fulfil);
    });
    await page.goto('./');

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('The reference data could not be loaded');
    await expect(alert).toContainText(message);
    await expect(dashboard.kpis()).toHaveCount(0);
    expect(broken, 'the broken file was requested').toBeGreaterThan(0);

    await page.unroute('**/data/assumptions.json');
    await alert.getByRole('button', { name: 'Retry' }).click();

    await expect(alert).toHaveCount(0);
    await expect(dashboard.kpis()).toBeVisible();
    await dashboard.expectChartsDrawn();
  });
}
