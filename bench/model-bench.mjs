// Model evaluation time per scenario, from `vitest bench` on src/model/derive.bench.ts.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const OUTPUT = 'bench/results/model.tmp.json';

/** Runs the Vitest benchmark and returns mean, median and p99 (ms) per benchmark name. */
export async function runModelBench() {
  const result = spawnSync(
    'npx',
    ['vitest', 'bench', '--run', 'src/model/derive.bench.ts', '--outputJson', OUTPUT],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`vitest bench failed (exit ${result.status})`);
  const report = JSON.parse(await readFile(OUTPUT, 'utf8'));
  const figures = {};
  for (const file of report.files) {
    for (const group of file.groups) {
      for (const b of group.benchmarks) {
        figures[b.name] = { meanMs: b.mean, medianMs: b.median, p99Ms: b.p99, samples: b.sampleCount };
      }
    }
  }
  return figures;
}
