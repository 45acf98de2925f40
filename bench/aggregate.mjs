// Pools the per-step samples of several runs into the figures the report shows.
import { quantile, round, summarize } from './stats.mjs';

const rounded = (s) => ({ n: s.n, median: round(s.median), p95: round(s.p95), max: round(s.max) });

/** Next-paint latency per step: Event Timing where it reported the step, else the fallback. */
function stepFigures(samples) {
  const measured = samples.filter((s) => s.input);
  const nextPaint = measured.map((s) => s.eventTimingMs ?? s.fallbackMs).filter((v) => v !== null);
  const charts = measured.map((s) => s.chartsMs).filter((v) => v !== null);
  return {
    steps: samples.length,
    stepsWithoutInput: samples.length - measured.length,
    fromEventTiming: measured.filter((s) => s.eventTimingMs !== null).length,
    nextPaintMs: rounded(summarize(nextPaint)),
    chartsRepaintedMs: rounded(summarize(charts)),
    doubleRafMs: rounded(summarize(measured.map((s) => s.doubleRafMs).filter((v) => v !== null))),
    // How far the fallback sits from Event Timing on steps both measured (calibration).
    fallbackMinusEventTimingMs: rounded(
      summarize(measured.filter((s) => s.eventTimingMs !== null).map((s) => s.fallbackMs - s.eventTimingMs)),
    ),
  };
}

function longTaskFigures(tasks) {
  return {
    count: tasks.length,
    longestMs: round(tasks.length ? Math.max(...tasks.map((t) => t.durationMs)) : 0),
  };
}

function fpsFigures(drags) {
  const fps = drags.map((d) => d.fps).filter((v) => v !== null);
  return {
    drags: drags.length,
    median: round(quantile(fps, 0.5)),
    worst: round(fps.length ? Math.min(...fps) : null),
    worstFrameMs: round(Math.max(...drags.map((d) => d.worstFrameMs ?? 0))),
  };
}

function pool(runs, pick) {
  const keyboard = runs.flatMap((r) => pick(r).flatMap((s) => s.keyboard.samples));
  const drag = runs.flatMap((r) => pick(r).flatMap((s) => s.drag.samples));
  const continuous = runs.flatMap((r) => pick(r).map((s) => s.continuous));
  const dragTasks = runs.flatMap((r) =>
    pick(r).flatMap((s) => [...s.drag.longTasks, ...s.continuous.longTasks]),
  );
  const keyboardTasks = runs.flatMap((r) => pick(r).flatMap((s) => s.keyboard.longTasks));
  return {
    keyboard: stepFigures(keyboard),
    drag: stepFigures(drag),
    fps: fpsFigures(continuous),
    longTasksDuringDrag: longTaskFigures(dragTasks),
    longTasksDuringKeyboard: longTaskFigures(keyboardTasks),
  };
}

/** Median and p95 redraw time of each panel over the steps that redrew it (keyboard and drag). */
function panelFigures(runs, sliderNames) {
  const times = {};
  for (const run of runs)
    for (const name of sliderNames)
      for (const sample of [...run.sliders[name].keyboard.samples, ...run.sliders[name].drag.samples])
        for (const [panel, value] of Object.entries(sample.panelMs ?? {})) (times[panel] ??= []).push(value);
  return Object.fromEntries(
    Object.entries(times).map(([panel, values]) => {
      const s = summarize(values);
      return [panel, { redraws: s.n, median: round(s.median), p95: round(s.p95) }];
    }),
  );
}

/** Overall and per-slider figures for a set of runs at one CPU throttle. */
export function aggregate(runs, sliderNames) {
  const perSlider = {};
  for (const name of sliderNames) perSlider[name] = pool(runs, (r) => [r.sliders[name]]);
  return {
    runs: runs.length,
    viewports: [...new Set(runs.map((r) => `${r.viewport.width}x${r.viewport.height}`))],
    firstChartPaintedMs: rounded(summarize(runs.map((r) => r.firstChart.paintedMs))),
    firstContentfulPaintMs: rounded(summarize(runs.map((r) => r.fcpMs).filter((v) => v !== null))),
    overall: pool(runs, (r) => sliderNames.map((name) => r.sliders[name])),
    perSlider,
    perPanel: panelFigures(runs, sliderNames),
    pageErrors: runs.flatMap((r) => r.pageErrors),
  };
}
