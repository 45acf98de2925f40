// Model evaluation time per scenario, from `vitest bench` on the model's *.bench.ts files:
// derive.bench.ts (the three headline functions) and, where the model provides it,
// all-outputs.bench.ts (everything on screen for one scenario).
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const OUTPUT = 'bench/results/model.tmp.json';

/** Runs the Vitest benchmarks; returns one row per benchmark with mean, median and p99 in ms. */
export async function runModelBench() {
  const result = spawnSync('npx', ['vitest', 'bench', '--run', 'src/model', '--outputJson', OUTPUT], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vitest bench failed (exit ${result.status})`);
  const report = JSON.parse(await readFile(OUTPUT, 'utf8'));
  return report.files.flatMap((file) =>
    file.groups.flatMap((group) =>
      group.benchmarks.map((b) => ({
        group: group.fullName.split(' > ').slice(1).join(' > '),
        name: b.name,
        meanMs: b.mean,
        medianMs: b.median,
        p99Ms: b.p99,
        samples: b.sampleCount,
      })),
    ),
  );
}

/**
 * The figure the 4 ms budget applies to: everything the dashboard derives for one slider
 * step (deriveAllOutputs over a drag) when the model has that benchmark, else the three
 * headline functions together.
 */
export function perScenarioFigure(rows) {
  return (
    rows.find((r) => r.group.includes('deriveAllOutputs') && r.name.startsWith('a slider drag')) ??
    rows.find((r) => r.name === 'all three (one slider step)')
  );
}
