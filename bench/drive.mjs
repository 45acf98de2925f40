// The browser half of the benchmark: opens the explore view with every panel on screen
// (a tall viewport, so nothing is lazily skipped) and measures keyboard steps and drags.
//
// - Input to next paint: Event Timing entries (what Chrome reports as INP) for each key
//   press; the browser does not report interactions under its 16 ms floor, so an
//   unreported press counts as 16 ms.
// - Charts repainted: from the key press to the first animation frame after the last DOM
//   change inside the panel grid (a MutationObserver), once the page has been quiet 300 ms.
// - Drag: the mouse drags each headline slider's thumb across its track in 60 moves,
//   one per 16 ms; fps counts animation frames; long tasks come from the Long Tasks API.

const SLIDERS = ['Compute spend', 'Nvidia share', 'Inference load'];
const STEPS = 12;

const INSTRUMENT = () => {
  const w = window;
  w.__bench = {
    events: [],
    longTasks: [],
    lastMutation: 0,
    frameAfterMutation: 0,
    frames: 0,
    counting: false,
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__bench.events.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const tick = () => {
    if (w.__bench.counting) w.__bench.frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  w.__benchWatch = () => {
    const target = document.querySelector('.panels') ?? document.body;
    new MutationObserver(() => {
      const now = performance.now();
      w.__bench.lastMutation = now;
      requestAnimationFrame(() => {
        w.__bench.frameAfterMutation = performance.now();
      });
    }).observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
  };
};

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};
const summary = (xs) => ({
  n: xs.length,
  p50: quantile(xs, 0.5),
  p95: quantile(xs, 0.95),
  max: Math.max(...xs),
});

async function settle(page, quietMs = 300, timeout = 5000) {
  await page.waitForFunction((quiet) => performance.now() - window.__bench.lastMutation > quiet, quietMs, {
    timeout,
    polling: 50,
  });
}

export async function driveSliders(browser, baseUrl) {
  // Tall enough that every panel is on screen at once (the worst case for a redraw).
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  await page.goto(baseUrl);
  await page.getByRole('slider', { name: SLIDERS[0] }).waitFor({ timeout: 20_000 });
  // Scroll through once so anything rendered on visibility is on the page, then show
  // every panel at once by zooming the layout out (the viewport stays laptop-sized).
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 100));
    }
    window.scrollTo(0, 0);
  });
  await page.setViewportSize({ width: 1440, height: 4000 });
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.__benchWatch());

  const inputToPaint = [];
  const repainted = [];
  for (const name of SLIDERS) {
    const slider = page.getByRole('slider', { name });
    await slider.focus();
    for (let i = 0; i < STEPS; i++) {
      const key = i < STEPS / 2 ? 'ArrowRight' : 'ArrowLeft';
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.press(key);
      await settle(page);
      const r = await page.evaluate((since) => {
        const b = window.__bench;
        const events = b.events.filter((e) => e.start >= since && /key|input/.test(e.name));
        const keydown = events.find((e) => e.name === 'keydown');
        return {
          inp: events.length ? Math.max(...events.map((e) => e.duration)) : 16,
          start: keydown ? keydown.start : since,
          painted: b.frameAfterMutation,
          mutated: b.lastMutation,
        };
      }, t0);
      inputToPaint.push(r.inp);
      if (r.mutated > r.start) repainted.push(r.painted - r.start);
    }
  }

  // Drags.
  let frames = 0;
  let dragMs = 0;
  const dragLong = [];
  for (const name of SLIDERS) {
    const box = await page.getByRole('slider', { name }).boundingBox();
    if (!box) continue;
    const y = box.y + box.height / 2;
    const from = box.x + box.width * 0.2;
    const to = box.x + box.width * 0.8;
    const current = await page
      .getByRole('slider', { name })
      .evaluate((el) => Number(el.value) / Number(el.max));
    await page.mouse.move(box.x + box.width * current, y);
    await page.mouse.down();
    await page.mouse.move(from, y, { steps: 5 });
    await settle(page);
    const start = await page.evaluate(() => {
      window.__bench.frames = 0;
      window.__bench.counting = true;
      return performance.now();
    });
    for (let i = 1; i <= 60; i++) {
      await page.mouse.move(from + ((to - from) * i) / 60, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const r = await page.evaluate((s) => {
      const b = window.__bench;
      b.counting = false;
      const end = performance.now();
      return {
        frames: b.frames,
        ms: end - s,
        long: b.longTasks.filter((t) => t.start >= s && t.start <= end),
      };
    }, start);
    frames += r.frames;
    dragMs += r.ms;
    dragLong.push(...r.long);
    await settle(page);
  }
  await context.close();
  return {
    inputToPaint: summary(inputToPaint),
    chartsRepainted: summary(repainted),
    fps: Math.round((frames / dragMs) * 1000 * 10) / 10,
    dragFrames: frames,
    dragMs,
    longTasksDuringDrag: dragLong.length,
    longestTaskMs: dragLong.length ? Math.max(...dragLong.map((t) => t.duration)) : 0,
  };
}
