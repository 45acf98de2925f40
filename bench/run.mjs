// `npm run bench`: builds the app, serves dist/ with `vite preview`, drives the headline
// sliders in headless Chromium with every panel on screen, evaluates the model, and
// writes the figures against the budget to BENCHMARKS.md (keeping its "What changed"
// section). Flags: --no-build (reuse dist/), --no-write (print only).
import { spawn, execSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.mjs';
import { driveSliders } from './drive.mjs';

const args = new Set(process.argv.slice(2));
const PORT = Number(process.env.BENCH_PORT ?? 4339);
const BASE_URL = `http://127.0.0.1:${PORT}/`;

const BUDGET = {
  inputToPaintP95: 16.7,
  chartsRepaintedP95: 33,
  fps: 58,
  longTasksDuringDrag: 0,
  initialJsGzipKb: 220,
  modelEvalMs: 4,
};

if (!args.has('--no-build')) execSync('npm run build', { stdio: 'inherit' });

/** Gzip size of the JS the first paint needs: the entry script and its modulepreloads. */
function initialJs() {
  const html = readFileSync('dist/index.html', 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const files = [...new Set(refs)].filter((f) => !f.startsWith('registerSW'));
  const sizes = files.map((f) => ({ file: f, gzip: gzipSync(readFileSync(`dist/${f}`)).length }));
  const allJs = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  const lazy = allJs
    .filter((f) => !files.includes(`assets/${f}`))
    .map((f) => ({ file: `assets/${f}`, gzip: gzipSync(readFileSync(`dist/assets/${f}`)).length }));
  return { files: sizes, totalKb: sizes.reduce((s, x) => s + x.gzip, 0) / 1024, lazy };
}

/** Model evaluation (deriveAllOutputs) via the vitest benchmark, mean and p99 in ms. */
function modelEval() {
  const out = 'artifacts/bench-model.json';
  execSync(`npx vitest bench --run src/model/all-outputs.bench.ts --outputJson ${out}`, { stdio: 'ignore' });
  const json = JSON.parse(readFileSync(out, 'utf8'));
  const benches = json.files.flatMap((f) => f.groups.flatMap((g) => g.benchmarks));
  return benches.map((b) => ({ name: b.name, mean: b.mean, p99: b.p99 }));
}

async function waitForServer(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start on ${url}`);
}

const js = initialJs();
const model = modelEval();
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--bypass-lock'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
let ui;
try {
  await waitForServer(BASE_URL);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    ui = await driveSliders(browser, BASE_URL);
  } finally {
    await browser.close();
  }
} finally {
  process.kill(-server.pid);
}

const drag = model.find((m) => m.name.startsWith('a slider drag')) ?? model[0];
const rows = [
  [
    'Input to next paint, p95 (keyboard step)',
    ui.inputToPaint.p95,
    `≤ ${BUDGET.inputToPaintP95} ms`,
    ui.inputToPaint.p95 <= BUDGET.inputToPaintP95,
    'ms',
  ],
  [
    'Charts repainted, p95 (keyboard step)',
    ui.chartsRepainted.p95,
    `≤ ${BUDGET.chartsRepaintedP95} ms`,
    ui.chartsRepainted.p95 <= BUDGET.chartsRepaintedP95,
    'ms',
  ],
  ['Frame rate while dragging', ui.fps, `≥ ${BUDGET.fps} fps`, ui.fps >= BUDGET.fps, 'fps'],
  [
    'Long tasks during a drag',
    ui.longTasksDuringDrag,
    `${BUDGET.longTasksDuringDrag}`,
    ui.longTasksDuringDrag <= BUDGET.longTasksDuringDrag,
    '',
  ],
  [
    'Initial JS (gzip)',
    js.totalKb,
    `≤ ${BUDGET.initialJsGzipKb} KB`,
    js.totalKb <= BUDGET.initialJsGzipKb,
    'KB',
  ],
  [
    'Model evaluation (all outputs, mean)',
    drag.mean,
    `≤ ${BUDGET.modelEvalMs} ms`,
    drag.mean <= BUDGET.modelEvalMs,
    'ms',
  ],
];
const fmt = (v, unit) => `${Number.isInteger(v) ? v : v.toFixed(1)}${unit ? ` ${unit}` : ''}`;
const table = [
  '| Measure | Result | Budget | |',
  '| --- | ---: | ---: | --- |',
  ...rows.map(
    ([name, v, budget, ok, unit]) =>
      `| ${name} | ${fmt(v, unit)} | ${budget} | ${ok ? 'pass' : '**fail**'} |`,
  ),
].join('\n');
const detail = [
  `- Keyboard steps: ${ui.inputToPaint.n} (input to next paint median ${fmt(ui.inputToPaint.p50, 'ms')}, max ${fmt(ui.inputToPaint.max, 'ms')}; charts repainted median ${fmt(ui.chartsRepainted.p50, 'ms')}, max ${fmt(ui.chartsRepainted.max, 'ms')})`,
  `- Drag: ${ui.dragFrames} frames in ${fmt(ui.dragMs, 'ms')}; long tasks ${ui.longTasksDuringDrag} (longest ${fmt(ui.longestTaskMs, 'ms')})`,
  `- Initial JS files: ${js.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')}`,
  `- Lazy JS: ${js.lazy.length ? js.lazy.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ') : 'none'}`,
  ...model.map((m) => `- Model, ${m.name}: mean ${m.mean.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms`),
].join('\n');

const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Chromium headless (${CHROMIUM_PATH}), viewport 1440×4000 (every panel on screen)`;
const report = `## Latest run (${when})\n\n${machine}\n\n${table}\n\n${detail}\n`;
console.log(report);

if (!args.has('--no-write')) {
  const HEADER = `# Benchmarks\n\nWritten by \`npm run bench\` (bench/run.mjs). How it measures: bench/README.md.\n\n`;
  let rest = '';
  if (existsSync('BENCHMARKS.md')) {
    const old = readFileSync('BENCHMARKS.md', 'utf8');
    const at = old.indexOf('\n## ', old.indexOf('## Latest run') + 1);
    const keep = old.indexOf('## Latest run') >= 0 ? (at >= 0 ? old.slice(at + 1) : '') : '';
    rest = keep;
  }
  writeFileSync('BENCHMARKS.md', `${HEADER}${report}\n${rest}`);
}
