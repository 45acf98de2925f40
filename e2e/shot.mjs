import { chromium } from 'playwright-core';
const [, , url, out, w = '1440', h = '900'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errors = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text());
});
page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
await page.goto(url);
await page
  .waitForSelector('.recharts-line-curve', { timeout: 10000 })
  .catch((e) => errors.push('no chart: ' + e.message));
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
console.log(errors.join('\n') || 'no console errors');
await browser.close();
