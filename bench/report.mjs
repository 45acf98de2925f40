// Writes BENCHMARKS.md from the results: each figure beside its budget, pass or fail,
// and the machine it was measured on.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { FLOOR_MODES } from './floor.mjs';
import { perScenarioFigure } from './model-bench.mjs';
import { round } from './stats.mjs';

/** The machine, so figures from different machines are never compared blindly. */
export function machine(chromiumVersion) {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    memoryGiB: round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    // A negative nice value means the run was given priority over other work on the machine.
    nice: os.getPriority(),
  };
}

const ms = (v) => (v === null || v === undefined ? 'n/a' : `${v} ms`);
const kB = (bytes) => `${round(bytes / 1000)} kB`;
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'pass' : '**FAIL**');
const atMost = (value, limit) => (value === null || value === undefined ? null : value <= limit);

/** Budget rows for one throttle level; the bundle and model rows only at 1x. */
function budgetRows(b, results, withStatic) {
  const o = b.overall;
  const rows = [
    [
      'Input → next paint, keyboard steps',
      `median ${ms(o.keyboard.nextPaintMs.median)}, p95 ${ms(o.keyboard.nextPaintMs.p95)}, max ${ms(o.keyboard.nextPaintMs.max)}`,
      'p95 ≤ 16.7 ms',
      verdict(atMost(o.keyboard.nextPaintMs.p95, 16.7)),
    ],
    [
      'Input → next paint, pointer drag',
      `median ${ms(o.drag.nextPaintMs.median)}, p95 ${ms(o.drag.nextPaintMs.p95)}, max ${ms(o.drag.nextPaintMs.max)}`,
      'p95 ≤ 16.7 ms',
      verdict(atMost(o.drag.nextPaintMs.p95, 16.7)),
    ],
    [
      'Input → charts repainted, keyboard steps',
      `median ${ms(o.keyboard.chartsRepaintedMs.median)}, p95 ${ms(o.keyboard.chartsRepaintedMs.p95)}`,
      'p95 ≤ 33 ms',
      verdict(atMost(o.keyboard.chartsRepaintedMs.p95, 33)),
    ],
    [
      'Input → charts repainted, pointer drag',
      `median ${ms(o.drag.chartsRepaintedMs.median)}, p95 ${ms(o.drag.chartsRepaintedMs.p95)}`,
      'p95 ≤ 33 ms',
      verdict(atMost(o.drag.chartsRepaintedMs.p95, 33)),
    ],
    [
      'Frames per second while dragging',
      `median ${o.fps.median}, worst drag ${o.fps.worst} (longest frame ${ms(o.fps.worstFrameMs)})`,
      '≥ 58 fps',
      verdict(o.fps.median === null ? null : o.fps.median >= 58),
    ],
    [
      'Long tasks (> 50 ms) during drags',
      `${o.longTasksDuringDrag.count} (longest ${ms(o.longTasksDuringDrag.longestMs)})`,
      'none',
      verdict(o.longTasksDuringDrag.count === 0),
    ],
    [
      'Navigation → first chart painted',
      `median ${ms(b.firstChartPaintedMs.median)} (first contentful paint ${ms(b.firstContentfulPaintMs.median)})`,
      '—',
      '—',
    ],
  ];
  if (withStatic) {
    const all = perScenarioFigure(results.model);
    rows.push(
      [
        'Initial JS (gzip)',
        kB(results.bundle.js.gzipBytes),
        '≤ 220 kB',
        verdict(results.bundle.js.gzipBytes <= 220_000),
      ],
      ['Initial CSS (gzip)', kB(results.bundle.css.gzipBytes), '—', '—'],
      [
        `Model evaluation per scenario (${all.group ? `${all.group}: ` : ''}${all.name})`,
        `mean ${round(all.meanMs, 3)} ms, p99 ${round(all.p99Ms, 3)} ms`,
        '≤ 4 ms',
        verdict(atMost(all.p99Ms, 4)),
      ],
    );
  }
  return rows;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function sliderRows(b) {
  return Object.entries(b.perSlider).map(([name, s]) => [
    name,
    `${ms(s.keyboard.nextPaintMs.median)} / ${ms(s.keyboard.nextPaintMs.p95)}`,
    `${ms(s.drag.nextPaintMs.median)} / ${ms(s.drag.nextPaintMs.p95)}`,
    `${ms(s.keyboard.chartsRepaintedMs.p95)} / ${ms(s.drag.chartsRepaintedMs.p95)}`,
    `${s.fps.median}`,
    `${s.longTasksDuringDrag.count + s.longTasksDuringKeyboard.count}`,
    `${s.keyboard.fromEventTiming + s.drag.fromEventTiming} of ${s.keyboard.steps + s.drag.steps}`,
  ]);
}

const pair = (s) => `${ms(s.median)} / ${ms(s.p95)}`;

/** The dashboard beside the floor page, per design: the same four step figures. */
function floorSection(results) {
  const floor = results.floor ?? {};
  const modes = Object.keys(FLOOR_MODES).filter((mode) => floor[mode]);
  if (modes.length === 0) return [];
  const row = (label, o) => [
    label,
    pair(o.keyboard.nextPaintMs),
    pair(o.keyboard.chartsRepaintedMs),
    pair(o.drag.nextPaintMs),
    pair(o.drag.chartsRepaintedMs),
  ];
  const rows = [
    row('Dashboard', results.browser['1x'].overall),
    ...modes.map((mode) => row(`Floor page: ${FLOOR_MODES[mode]}`, floor[mode].overall)),
  ];
  const notes = [
    'The floor page ([bench/floor/index.html](bench/floor/index.html)) has the dashboard’s three sliders and eight charts spread down a page about as tall, each chart one SVG path of 101 points, and almost no app work. The same harness drives it in the same browser, so its figures are what this browser, machine and harness cost on their own: the dashboard cannot do better than the floor row of its own design.',
  ];
  const next = floor.next?.overall.keyboard;
  if (next && next.chartsRepaintedMs.p95 !== null && next.chartsRepaintedMs.p95 > 33) {
    notes.push(
      `With the charts drawn after the slider’s frame, even the floor misses the 33 ms charts budget on keyboard steps (p95 ${ms(next.chartsRepaintedMs.p95)}): a key press arrives at any point in a frame, so the slider first waits for a frame to begin and the charts then wait for the one after it, while a pointer move is delivered at the start of a frame.`,
    );
  }
  const same = floor.same?.overall.keyboard;
  if (same) {
    notes.push(
      `With the charts drawn in the slider’s frame, the floor’s keyboard next paint is ${pair(same.nextPaintMs)} (median / p95): the slider’s frame then carries all the charts’ work, so this design fits the next-paint budget only for charts that cost almost nothing.`,
    );
  }
  return [
    '## The floor: what the page itself costs (no CPU throttling)',
    table(
      [
        'Page',
        'Next paint, keys: median / p95',
        'Charts repainted, keys: median / p95',
        'Next paint, drag: median / p95',
        'Charts repainted, drag: median / p95',
      ],
      rows,
    ),
    notes.join(' '),
  ];
}

/** A warning when other work shared the CPU during the run (1-min load ≥ half the CPUs). */
function busyWarning(m) {
  const { before, after } = m.loadAverage1m;
  const peak = Math.max(before, after);
  if (peak < m.cpuCount / 2) return [];
  return [
    `> **Busy machine:** the 1-minute load average was ${round(before, 2)} before and ${round(after, 2)} after the browser runs on ${m.cpuCount} CPUs, so other processes competed for the CPU and the timings below overstate what the dashboard needs.`,
  ];
}

/** Renders and writes the report. */
export async function writeReport(results, path) {
  const m = results.machine;
  const sections = [
    '# Benchmarks',
    `Generated by \`npm run bench\` (bench/run.mjs) on ${results.generatedAt.slice(0, 10)}. Raw figures: [bench/results/latest.json](bench/results/latest.json). Benchmarks report; tests never assert on time.`,
    `**Machine:** ${m.cpuModel}, ${m.cpuCount} logical CPUs, ${m.memoryGiB} GiB RAM, ${m.os}; Node ${m.node}; Chromium ${m.chromium} (headless, software rendering); 1-min load average ${round(m.loadAverage1m.before, 2)} before the browser runs, ${round(m.loadAverage1m.after, 2)} after; run at nice ${m.nice}.`,
    ...busyWarning(m),
    `**Setup:** production build served by \`vite preview\` on 127.0.0.1; viewport ${results.browser['1x'].viewports.join(', ')} (1440 wide, as tall as the page, so every panel is on screen; the first-chart time is taken at 1440x900), service worker blocked (its first-visit precache would compete with the measurements); ${results.settings.runs} fresh browser runs; per run and slider, ${results.settings.stepsPerMode} keyboard steps, ${results.settings.stepsPerMode} pointer-drag steps and one continuous 60-move drag.`,
    '## Budgets (no CPU throttling)',
    table(['Figure', 'Measured', 'Budget', 'Result'], budgetRows(results.browser['1x'], results, true)),
    ...floorSection(results),
    '## Per slider (no CPU throttling)',
    table(
      [
        'Slider',
        'Next paint, keys: median / p95',
        'Next paint, drag: median / p95',
        'Charts repainted p95: keys / drag',
        'Drag fps (median)',
        'Long tasks',
        'Steps timed by Event Timing',
      ],
      sliderRows(results.browser['1x']),
    ),
    '"Charts repainted" counts any change to a chart\u2019s DOM, visible or not.',
    '## Chart redraw (no CPU throttling)',
    table(
      ['Measure', 'Redraws', 'Median', 'p95'],
      Object.entries(results.browser['1x'].perPanel ?? {}).map(([panel, p]) => [
        panel,
        `${p.redraws}`,
        ms(p.median),
        ms(p.p95),
      ]),
    ),
    'JavaScript time of each redraw of the charts (all queued panels render and commit together), from the `chart:all` User Timing measure of src/hooks/chart-queue.ts; layout and paint come after and are in the figures above.',
  ];
  if (results.browser['4x']) {
    sections.push(
      '## At 4x CPU throttling (a slower laptop; for information)',
      table(['Figure', 'Measured', 'Budget', 'Result'], budgetRows(results.browser['4x'], results, false)),
    );
  }
  sections.push(
    '## Model evaluation (Vitest bench on src/model/*.bench.ts)',
    table(
      ['Benchmark', 'Mean', 'Median', 'p99'],
      results.model.map((f) => [
        [f.group, f.name].filter(Boolean).join(' › '),
        `${round(f.meanMs, 4)} ms`,
        `${round(f.medianMs, 4)} ms`,
        `${round(f.p99Ms, 4)} ms`,
      ]),
    ),
    '## How the figures are taken',
    [
      '- **Input → next paint**: the Event Timing API (PerformanceObserver `event`, durationThreshold 16 ms) gives the duration from the input event to the next paint for the slowest event of the step (keydown or input). Steps it does not report fall back to the time from the event to a task posted from the next requestAnimationFrame, i.e. just after that frame is committed: steps under 16 ms, and every drag step (Chromium does not time the `input` a range fires from `pointermove`, a continuous event). The classic double-rAF estimate is kept in latest.json (`doubleRafMs`) for comparison.',
      '- **Input → charts repainted**: a MutationObserver on each `.recharts-wrapper`; the time from the input event to the paint after the last chart mutation of the step (charts and KPI tiles redraw together through the chart queue, after the slider has painted).',
      '- **Frames per second**: requestAnimationFrame callbacks counted during a continuous drag of 60 pointer moves about 16 ms apart. **Long tasks**: PerformanceObserver `longtask` during the drags.',
      '- **Initial JS / CSS**: the files dist/index.html references, gzipped with node:zlib at its default level (kB = 1000 bytes, as Vite reports).',
      '- **First chart**: from navigation start to the paint after the first Recharts line gets its path.',
      "- Headless Chromium renders in software without a display; treat absolute figures as this machine's, and compare runs on the same machine.",
    ].join('\n'),
  );
  // The hand-kept history (what changed, and what it bought) follows the generated tables.
  const history = await readFile(new URL('./history.md', import.meta.url), 'utf8').catch(() => '');
  if (history.trim()) sections.push(history.trim());
  await writeFile(path, `${sections.join('\n\n')}\n`);
}
