// Injected into the dashboard before its own scripts (page.addInitScript). It times each
// slider step from the input event to the next paint and to the charts' repaint, counts
// frames and long tasks, and notes when the first chart line is drawn. The driver in
// drive.mjs calls window.__bench.arm() before a step and window.__bench.settle() after.
(() => {
  const now = () => performance.now();

  /**
   * Resolves just after the next frame is painted: requestAnimationFrame runs before the
   * frame's rendering, and a user-blocking task posted from it runs as soon as that
   * frame is committed. (A plain posted message would queue behind React's deferred
   * chart render, which the input has already scheduled.) The classic double-rAF time
   * is recorded too, for comparison.
   */
  function afterNextPaint() {
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        if (globalThis.scheduler?.postTask) {
          void globalThis.scheduler.postTask(() => resolve(now()), { priority: 'user-blocking' });
        } else {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(now());
          channel.port2.postMessage(null);
        }
      });
    });
  }

  const eventEntries = [];
  const longTasks = [];
  const eventObserver = new PerformanceObserver((list) => eventEntries.push(...list.getEntries()));
  // 16 ms is the lowest threshold the Event Timing API allows; shorter steps fall back
  // to afterNextPaint().
  eventObserver.observe({ type: 'event', durationThreshold: 16, buffered: true });
  const longTaskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  longTaskObserver.observe({ type: 'longtask', buffered: true });

  // Navigation to first chart: the first Recharts line with a path, then its paint.
  const firstChart = { drawnMs: null, paintedMs: null };
  const firstChartObserver = new MutationObserver(() => {
    const line = document.querySelector('path.recharts-line-curve[d^="M"]');
    if (!line || firstChart.drawnMs !== null) return;
    firstChart.drawnMs = now();
    firstChartObserver.disconnect();
    void afterNextPaint().then((t) => (firstChart.paintedMs = t));
  });
  firstChartObserver.observe(document, { subtree: true, childList: true, attributes: true });

  let step = null;
  let chartObserver = null;

  function onInputish(event) {
    if (!step) return;
    if (step.startTs === null) step.startTs = event.timeStamp;
    if (event.type === 'input' && step.inputTs === null) {
      const current = step;
      current.inputTs = event.timeStamp;
      void afterNextPaint().then((t) => (current.inputPaintMs = t));
      // The classic double-rAF estimate, kept for comparison with the one above.
      requestAnimationFrame(() => requestAnimationFrame(() => (current.doubleRafMs = now())));
    }
  }
  for (const type of ['keydown', 'pointermove', 'pointerdown', 'input']) {
    window.addEventListener(type, onInputish, { capture: true });
  }

  function onChartMutation() {
    if (!step || step.inputTs === null) return;
    const current = step;
    current.chartMutations += 1;
    current.lastMutationMs = now();
    void afterNextPaint().then((t) => (current.chartPaintMs = t));
  }

  /** Event Timing entries for this step: from its first event up to its input event. */
  function eventTimingFor(s) {
    eventObserver.takeRecords().forEach((e) => eventEntries.push(e));
    const matching = eventEntries.filter(
      (e) => e.startTime >= s.startTs - 0.5 && e.startTime <= s.inputTs + 0.5,
    );
    return matching.length ? Math.max(...matching.map((e) => e.duration)) : null;
  }

  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  let frames = null;
  function frameLoop(t) {
    if (!frames) return;
    frames.push(t);
    requestAnimationFrame(frameLoop);
  }

  window.__bench = {
    firstChart,
    /** Starts a step: watch the chart wrappers (re-queried, in case Recharts replaced them). */
    arm() {
      chartObserver?.disconnect();
      chartObserver = new MutationObserver(onChartMutation);
      for (const wrapper of document.querySelectorAll('.recharts-wrapper')) {
        chartObserver.observe(wrapper, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      }
      step = {
        startTs: null,
        inputTs: null,
        inputPaintMs: null,
        doubleRafMs: null,
        chartMutations: 0,
        lastMutationMs: null,
        chartPaintMs: null,
      };
    },
    /**
     * Waits for the step to finish: its input painted, then the charts quiet for
     * `quietMs` (or unchanged for `noChartMs`). Returns the step's timings in ms.
     */
    async settle({ quietMs = 150, noChartMs = 300, timeoutMs = 5000 } = {}) {
      const s = step;
      const deadline = now() + timeoutMs;
      while (now() < deadline) {
        await wait(10);
        if (s.inputTs === null || s.inputPaintMs === null) continue;
        if (
          s.lastMutationMs === null
            ? now() - s.inputPaintMs >= noChartMs
            : now() - s.lastMutationMs >= quietMs
        ) {
          if (s.lastMutationMs === null || s.chartPaintMs !== null) break;
        }
      }
      step = null;
      chartObserver?.disconnect();
      // The charts' redraw time for this step: the chart queue's `chart:*` measures.
      const panelMs = {};
      for (const m of performance.getEntriesByType('measure')) {
        if (!m.name.startsWith('chart:') || m.startTime < s.startTs - 0.5) continue;
        const panel = m.name.slice('chart:'.length);
        panelMs[panel] = (panelMs[panel] ?? 0) + m.duration;
      }
      performance.clearMeasures();
      if (s.inputTs === null) return { input: false };
      return {
        input: true,
        eventTimingMs: eventTimingFor(s),
        fallbackMs: s.inputPaintMs === null ? null : s.inputPaintMs - s.startTs,
        doubleRafMs: s.doubleRafMs === null ? null : s.doubleRafMs - s.startTs,
        chartsMs: s.chartPaintMs === null ? null : s.chartPaintMs - s.startTs,
        chartMutations: s.chartMutations,
        panelMs,
      };
    },
    startFrames() {
      frames = [];
      requestAnimationFrame(frameLoop);
      return now();
    },
    stopFrames() {
      const stamps = frames ?? [];
      frames = null;
      return stamps;
    },
    /** Long tasks that started within [fromMs, toMs]. */
    longTasksBetween(fromMs, toMs) {
      longTaskObserver.takeRecords().forEach((e) => longTasks.push(e));
      return longTasks
        .filter((t) => t.startTime >= fromMs && t.startTime <= toMs)
        .map((t) => ({ startMs: t.startTime, durationMs: t.duration }));
    },
  };
})();
