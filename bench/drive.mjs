// One benchmark run: a fresh browser context opens the dashboard, then each headline
// slider is stepped from the keyboard, dragged step by step, and dragged continuously.
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./page-probe.js', import.meta.url));
export const SLIDERS = ['Compute spend', 'Nvidia share', 'Inference load'];
// Half the 20 px thumb in src/app/styles.css: the thumb's centre never reaches the track ends.
const THUMB_RADIUS = 10;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one fresh measurement of every slider; `cpuThrottle` > 1 slows the page's CPU. */
export async function benchRun(browser, baseUrl, { cpuThrottle, steps }) {
  // No service worker: its first-visit precache would compete with the measured steps.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    serviceWorkers: 'block',
  });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (cpuThrottle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  }
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.__bench.firstChart.paintedMs !== null, null, { timeout: 30_000 });
  const firstChart = await page.evaluate(() => window.__bench.firstChart);
  const fcpMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  // Every panel on screen, so each step pays for repainting all of them: as wide as a
  // laptop, as tall as the page (eight panels do not fit in 900 px).
  // The page grows once its lazy parts (assumptions, model view) arrive: resize until it stops.
  for (let i = 0; i < 3; i++) {
    await page.waitForTimeout(1000);
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1440, height: Math.max(900, pageHeight) });
  }
  await assertPanelsOnScreen(page);

  // Waits grow with the throttle, so a slow deferred chart render is not cut off.
  const settle = { quietMs: 60 * cpuThrottle, noChartMs: 250 * cpuThrottle, timeoutMs: 5000 * cpuThrottle };
  const sliders = {};
  for (const name of SLIDERS) {
    const slider = page.getByRole('slider', { name, exact: true });
    sliders[name] = {
      keyboard: await keyboardSteps(page, slider, steps, settle),
      drag: await dragSteps(page, slider, steps, settle),
      continuous: await continuousDrag(page, slider),
    };
  }
  await context.close();
  return { firstChart, fcpMs, viewport: page.viewportSize(), sliders, pageErrors };
}

/** The benchmark's premise: every panel is on screen while the sliders move. */
async function assertPanelsOnScreen(page) {
  const offscreen = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="kpis"], section.panel, .rail')]
      // A pixel of slack: scrollHeight is rounded, layout boxes are not.
      .filter((el) => el.getBoundingClientRect().bottom > window.innerHeight + 1)
      .map((el) => el.getAttribute('data-testid') ?? el.className),
  );
  if (offscreen.length) throw new Error(`Not on screen: ${offscreen.join(', ')}`);
}

async function measuredStep(page, settle, act) {
  await page.evaluate(() => window.__bench.arm());
  await act();
  return page.evaluate((options) => window.__bench.settle(options), settle);
}

const pageNow = (page) => page.evaluate(() => performance.now());
const longTasks = (page, from, to) =>
  page.evaluate(([a, b]) => window.__bench.longTasksBetween(a, b), [from, to]);

/** Arrow-key steps, turning round at either end of the slider. */
async function keyboardSteps(page, slider, steps, settle) {
  await slider.focus();
  const from = await pageNow(page);
  const samples = [];
  let key = 'ArrowRight';
  for (let i = 0; i < steps; i += 1) {
    const { value, min, max } = await slider.evaluate((el) => ({
      value: Number(el.value),
      min: Number(el.min),
      max: Number(el.max),
    }));
    if (value >= max) key = 'ArrowLeft';
    else if (value <= min) key = 'ArrowRight';
    samples.push(await measuredStep(page, settle, () => page.keyboard.press(key)));
  }
  return { samples, longTasks: await longTasks(page, from, await pageNow(page)) };
}

/** Geometry for dragging: the thumb's x for a position, and a step of at least two positions. */
async function track(slider) {
  const box = await slider.boundingBox();
  const { value, max } = await slider.evaluate((el) => ({ value: Number(el.value), max: Number(el.max) }));
  const left = box.x + THUMB_RADIUS;
  const right = box.x + box.width - THUMB_RADIUS;
  return {
    left,
    right,
    y: box.y + box.height / 2,
    start: left + (value / max) * (right - left),
    dx: Math.max(3, (2 * (right - left)) / max),
  };
}

/** x positions for `count` moves from `start`, bouncing between the track ends. */
function zigzag({ left, right, start, dx }, count) {
  const xs = [];
  let x = start;
  let dir = right - start >= start - left ? 1 : -1;
  for (let i = 0; i < count; i += 1) {
    if (x + dir * dx > right || x + dir * dx < left) dir = -dir;
    x += dir * dx;
    xs.push(x);
  }
  return xs;
}

/** A pointer drag, one measured move at a time. */
async function dragSteps(page, slider, steps, settle) {
  const t = await track(slider);
  const from = await pageNow(page);
  await page.mouse.move(t.start, t.y);
  // Pressing the thumb can snap the value by a position; let that settle unmeasured.
  await measuredStep(page, settle, () => page.mouse.down());
  const samples = [];
  for (const x of zigzag(t, steps))
    samples.push(await measuredStep(page, settle, () => page.mouse.move(x, t.y)));
  await page.mouse.up();
  return { samples, longTasks: await longTasks(page, from, await pageNow(page)) };
}

/** A continuous drag at about one move per 16 ms, counting the frames the page produced. */
async function continuousDrag(page, slider, moves = 60) {
  const t = await track(slider);
  await page.mouse.move(t.start, t.y);
  await page.mouse.down();
  const from = await page.evaluate(() => window.__bench.startFrames());
  for (const x of zigzag(t, moves)) {
    await page.mouse.move(x, t.y);
    await sleep(16);
  }
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  const to = await pageNow(page);
  await page.mouse.up();
  const gaps = frames.slice(1).map((f, i) => f - frames[i]);
  const span = frames.length > 1 ? frames[frames.length - 1] - frames[0] : 0;
  return {
    fps: span > 0 ? ((frames.length - 1) * 1000) / span : null,
    worstFrameMs: gaps.length ? Math.max(...gaps) : null,
    durationMs: to - from,
    longTasks: await longTasks(page, from, to),
  };
}
