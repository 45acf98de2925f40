// Browser tests for share links, presets, history and hostile links. Self-contained
// (playwright-core, no build step): run against a server that is already up, e.g.
//   npm run build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort &
//   BASE_URL=http://127.0.0.1:4173/ node e2e/share.e2e.mjs
// Exits non-zero, naming each failed check, when anything fails.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const HEADLINE = ['Compute spend', 'Nvidia share', 'Inference load'];
const MIX = ['AMD GPUs', 'Custom ASICs', 'Hyperscaler TPU/Trainium', 'Specialists'];
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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

class Failure extends Error {}
function check(condition, message) {
  if (!condition) throw new Failure(message);
}

/** A fresh context and page that records console errors, page errors and JS dialogs. */
async function openPage(search = '') {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`a ${d.type()} dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(new URL(search, BASE_URL).toString());
  await page.getByRole('slider', { name: 'Compute spend' }).waitFor({ timeout: 15_000 });
  return { context, page, problems };
}

const valueText = (page, name) => page.getByRole('slider', { name }).getAttribute('aria-valuetext');
const scenarioName = (page) => page.getByTestId('scenario-name').innerText();

async function readSliders(page) {
  const out = {};
  for (const name of [...HEADLINE, ...MIX]) out[name] = await valueText(page, name);
  return out;
}

/** Waits until `probe()` returns true (polling), or fails with `message`. */
async function eventually(probe, message, timeout = 5_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Failure(message);
}

/** The address bar once it has stopped changing (the slider debounce has flushed). */
async function settledUrl(page, quietMs = 800) {
  let last = page.url();
  let since = Date.now();
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    if (page.url() !== last) {
      last = page.url();
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return last;
  }
  throw new Failure('the URL kept changing');
}

async function pressOn(page, slider, key, times) {
  const el = page.getByRole('slider', { name: slider });
  await el.focus();
  for (let i = 0; i < times; i++) await el.press(key);
}

async function choosePreset(page, title) {
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await dialog.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await dialog.getByRole('button', { name: 'Open this scenario' }).click();
  await eventually(async () => (await scenarioName(page)).includes(title), `header should name "${title}"`);
}

async function axeViolations(page, selector) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (context) => {
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  }, selector);
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('moved sliders give a link that reopens the same values in a fresh browser', async () => {
  const { context, page, problems } = await openPage();
  const historyBefore = await page.evaluate(() => history.length);
  await pressOn(page, 'Nvidia share', 'ArrowLeft', 12);
  await pressOn(page, 'Compute spend', 'ArrowRight', 9);
  await pressOn(page, 'Inference load', 'ArrowLeft', 5);
  await pressOn(page, 'Custom ASICs', 'ArrowRight', 7);
  const expected = await readSliders(page);
  check(expected['Nvidia share'] === '58%', `Nvidia share should read 58%, got ${expected['Nvidia share']}`);
  await eventually(
    () => page.url().includes('nvidia=58'),
    'the URL should follow the slider after the debounce',
  );
  // Slow key presses may flush the debounce between sliders: read the URL once it is still.
  const link = await settledUrl(page);
  const historyAfter = await page.evaluate(() => history.length);
  check(
    historyAfter === historyBefore,
    `dragging must not add history entries (${historyBefore} → ${historyAfter})`,
  );
  check(/^[^?]+\?v=2&spend=\d/.test(link), `the link should start with v=2 and spend: ${link}`);
  await context.close();

  const fresh = await openPage(link.slice(link.indexOf('?')));
  const reopened = await readSliders(fresh.page);
  for (const name of Object.keys(expected)) {
    check(
      reopened[name] === expected[name],
      `${name}: expected ${expected[name]}, reopened ${reopened[name]}`,
    );
  }
  check(fresh.page.url() === link, 'reopening a canonical link must not change it');
  check(
    (await fresh.page.getByRole('status', { name: 'This link needed repairs' }).count()) === 0,
    'no repairs',
  );
  check(problems.length + fresh.problems.length === 0, [...problems, ...fresh.problems].join('; '));
  await fresh.context.close();
});

test('Back and Forward walk through preset changes', async () => {
  const { context, page, problems } = await openPage();
  await choosePreset(page, 'The 10 GW Nvidia–OpenAI letter of intent');
  check((await valueText(page, 'Nvidia share')) === '100%', 'the letter of intent is all Nvidia');
  await choosePreset(page, 'Inference boom');
  check((await valueText(page, 'Inference load')) === '450 T tokens/day', 'the boom preset sets 450T/day');
  check(page.url().includes('preset=inference-boom&'), `the URL keeps the preset: ${page.url()}`);
  await page.goBack();
  await eventually(async () => (await valueText(page, 'Nvidia share')) === '100%', 'Back returns to the LOI');
  check((await scenarioName(page)).includes('letter of intent'), 'Back restores the preset name');
  await page.goBack();
  await eventually(
    async () => (await valueText(page, 'Nvidia share')) === '70%',
    'Back again returns to defaults',
  );
  check((await scenarioName(page)).includes('Default assumptions'), 'the header names the defaults');
  await page.goForward();
  await eventually(
    async () => (await valueText(page, 'Nvidia share')) === '100%',
    'Forward reapplies the LOI',
  );
  await page.goForward();
  await eventually(
    async () => (await valueText(page, 'Inference load')) === '450 T tokens/day',
    'Forward reapplies the boom',
  );
  check(problems.length === 0, problems.join('; '));
  await context.close();
});

test('undo and redo with the keyboard; a drag is one step', async () => {
  const { context, page, problems } = await openPage();
  await pressOn(page, 'Nvidia share', 'ArrowRight', 10);
  check((await valueText(page, 'Nvidia share')) === '80%', 'ten steps right reach 80%');
  await page.keyboard.press('Control+z');
  check((await valueText(page, 'Nvidia share')) === '70%', 'Ctrl+Z undoes the whole drag');
  await page.keyboard.press('Control+Shift+z');
  check((await valueText(page, 'Nvidia share')) === '80%', 'Shift+Ctrl+Z redoes it');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  check((await valueText(page, 'Nvidia share')) === '70%', 'reset returns to the defaults');
  check(problems.length === 0, problems.join('; '));
  await context.close();
});

test('copy link puts the scenario link on the clipboard (or shows it to copy by hand)', async () => {
  const { context, page, problems } = await openPage('?v=1&spend=77');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = page.getByText('Link copied to the clipboard.');
  const fallback = page.getByRole('dialog', { name: 'Copy this link' });
  await eventually(async () => (await copied.count()) + (await fallback.count()) > 0, 'copy gives feedback');
  const text =
    (await copied.count()) > 0
      ? await page.evaluate(() => navigator.clipboard.readText())
      : await fallback.getByRole('textbox', { name: 'Share link' }).inputValue();
  check(text.includes('?v=2&spend=77&nvidia=70&'), `the copied link carries the scenario: ${text}`);
  check(problems.length === 0, problems.join('; '));
  await context.close();
});

const HOSTILE = [
  '?v=1&nvidia=250&spend=-4',
  '?v=1&spend=abc&load=NaN&nvidia=Infinity',
  '?v=1&spend=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E',
  '?v=1&nvidia=%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E',
  '?v=1&load=javascript:window.__xss=1&lang=%3Csvg%20onload%3Dalert(1)%3E',
  '?v=99&spend=58',
  '?v=abc&spend=12',
  '?v=1&spend=58&spend=300&nvidia=10&nvidia=20',
  `?v=1&spend=${'9'.repeat(5000)}`,
  `?v=1&${'junk=1&'.repeat(800)}`,
  '?v=1&spend=5&nvi',
  '?v=1&mix_amd=500&mix_asic=500',
  '?v=1&spend=%E0%A4%A&nvidia=%',
  '?preset=does-not-exist',
  '?preset=%3Cb%3Ebold%3C%2Fb%3E',
  '?v=1&__proto__=1&constructor=2&panel=javascript:alert(1)',
  '?v=1&base=1&base.nvidia=9999&base.load=-1',
  '?spend=1e999&share=7',
];

test(`hostile links (${HOSTILE.length}) load, raise no error or dialog, and show a repair notice`, async () => {
  for (const search of HOSTILE) {
    const { context, page, problems } = await openPage(search);
    const label = search.length > 80 ? `${search.slice(0, 80)}…` : search;
    const notice = page.getByRole('status', { name: 'This link needed repairs' });
    check(await notice.isVisible(), `${label}: a repair notice is visible`);
    const injected = await page.evaluate(
      () => window.__xss !== undefined || document.querySelector('img[src="x"], svg[onload], b') !== null,
    );
    check(!injected, `${label}: nothing from the link was rendered as HTML`);
    for (const name of [...HEADLINE, ...MIX]) {
      const slider = page.getByRole('slider', { name });
      const [value, max] = await Promise.all([slider.inputValue(), slider.getAttribute('max')]);
      check(Number(value) >= 0 && Number(value) <= Number(max), `${label}: ${name} stays in range`);
    }
    const longest = await notice
      .locator('li')
      .evaluateAll((items) => Math.max(...items.map((i) => i.textContent.length)));
    check(longest < 400, `${label}: repair lines stay short (${longest} characters)`);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    check((await notice.count()) === 0, `${label}: the notice can be dismissed`);
    check(problems.length === 0, `${label}: ${problems.join('; ')}`);
    await context.close();
  }
});

test('the preset gallery and the repair notice pass axe', async () => {
  const { context, page, problems } = await openPage('?v=1&nvidia=250&panel=presets');
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await dialog.waitFor();
  check(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the gallery');
  const inDialog = await axeViolations(page, '[role="dialog"]');
  check(inDialog.length === 0, `axe in the gallery: ${inDialog.join('; ')}`);
  await page.keyboard.press('Escape');
  check((await dialog.count()) === 0, 'Esc closes the gallery');
  const inNotice = await axeViolations(page, '.notice');
  check(inNotice.length === 0, `axe on the notice: ${inNotice.join('; ')}`);
  check(problems.length === 0, problems.join('; '));
  await context.close();
});

let failed = 0;
for (const { name, fn } of tests) {
  const started = Date.now();
  try {
    await fn();
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    const text = error instanceof Failure ? error.message : String(error?.stack ?? error);
    console.log(`  ✗ ${name}\n      ${text.length > 600 ? `${text.slice(0, 600)}…` : text}`);
  }
}
await browser.close();
console.log(failed === 0 ? `\n${tests.length} passed` : `\n${failed} of ${tests.length} failed`);
process.exit(failed === 0 ? 0 : 1);
