// `npm run bench`: builds the dashboard, serves dist/ on 127.0.0.1, drives the headline
// sliders in headless Chromium (3 fresh runs, then again at 4x CPU throttling), times
// the model with Vitest bench, and writes bench/results/latest.json and BENCHMARKS.md.
// Options: --runs N, --steps N, --no-throttle, --skip-build, --no-floor (skip the floor
// page, bench/floor.mjs), --wait-idle SECONDS (wait up to that long for the machine's load
// average to drop before measuring).
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.mjs';
import { aggregate } from './aggregate.mjs';
import { benchRun, SLIDERS } from './drive.mjs';
import { FLOOR_MODES, serveFloor } from './floor.mjs';
import { runModelBench } from './model-bench.mjs';
import { machine, writeReport } from './report.mjs';
import { measureBundle } from './sizes.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    steps: { type: 'string', default: '30' },
    'no-throttle': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    'wait-idle': { type: 'string', default: '0' },
  },
});
const RUNS = Number(args.runs);
const STEPS = Number(args.steps);
const THROTTLES = args['no-throttle'] ? [1] : [1, 4];
// Its own port, clear of vite's 4173 and the browser tests' 4319.
const PORT = Number(process.env.BENCH_PORT ?? 4329);
const FLOOR_PORT = PORT + 1;

function heading(text) {
  console.log(`\n== ${text}`);
}

if (!args['skip-build']) {
  heading('Production build');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

heading('Initial JS and CSS (gzip)');
const bundle = await measureBundle('dist');
console.log(`JS ${bundle.js.gzipBytes} B gzip, CSS ${bundle.css.gzipBytes} B gzip`);

heading('Model evaluation (vitest bench)');
const model = await runModelBench();

heading(`Serving dist/ on 127.0.0.1:${PORT}`);
const server = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
});
const baseUrl = `http://127.0.0.1:${PORT}/`;

// Timings on a shared machine are only as good as its idleness: optionally wait for a
// quiet moment, and record the load either way so the report can flag a busy run.
const idleBy = Date.now() + Number(args['wait-idle']) * 1000;
while (os.loadavg()[0] >= 1 && Date.now() < idleBy) {
  console.log(`waiting for the machine to go quiet (1-min load ${os.loadavg()[0].toFixed(2)})`);
  await new Promise((resolve) => setTimeout(resolve, 15_000));
}
const loadBefore = os.loadavg()[0];

const browserRuns = {};
let chromiumVersion = null;
try {
  for (const cpuThrottle of THROTTLES) {
    const runs = [];
    for (let run = 1; run <= RUNS; run += 1) {
      heading(`Browser run ${run}/${RUNS} at ${cpuThrottle}x CPU`);
      // A fresh browser per run: no warm caches or JIT state carried between runs.
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      chromiumVersion = browser.version();
      try {
        runs.push(await benchRun(browser, baseUrl, { cpuThrottle, steps: STEPS }));
      } finally {
        await browser.close();
      }
    }
    browserRuns[`${cpuThrottle}x`] = aggregate(runs, SLIDERS);
  }
} finally {
  await server.close();
}

// The floor: the same harness on a page with almost no app work, in both chart designs.
const floor = {};
if (!args['no-floor']) {
  const floorServer = await serveFloor(FLOOR_PORT);
  try {
    for (const mode of Object.keys(FLOOR_MODES)) {
      const runs = [];
      for (let run = 1; run <= RUNS; run += 1) {
        heading(`Floor page (${FLOOR_MODES[mode]}) run ${run}/${RUNS}`);
        const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
        try {
          runs.push(await benchRun(browser, floorServer.url(mode), { cpuThrottle: 1, steps: STEPS }));
        } finally {
          await browser.close();
        }
      }
      floor[mode] = aggregate(runs, SLIDERS);
    }
  } finally {
    await floorServer.close();
  }
}

const results = {
  generatedAt: new Date().toISOString(),
  machine: { ...machine(chromiumVersion), loadAverage1m: { before: loadBefore, after: os.loadavg()[0] } },
  settings: { runs: RUNS, stepsPerMode: STEPS, viewportWidth: 1440, cpuThrottles: THROTTLES },
  bundle,
  model,
  browser: browserRuns,
  floor,
};
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
await writeReport(results, 'BENCHMARKS.md');
heading('Wrote bench/results/latest.json and BENCHMARKS.md');
