/**
 * Everything on screen for one scenario (snapshot, cost curves, HHI sweep, projection with
 * its fan, diversification curve, upstream and supply risk, both tornados). Budget: ≤ ~4 ms
 * per scenario on a 2-core machine. Run: npx vitest bench --run
 */
import { bench, describe } from 'vitest';
import { deriveAllOutputs } from './all-outputs';
import { scenarioArbitrary } from './scenario-arbitrary';
import { defaultRanges, defaultScenario } from './test-helpers';
import fc from 'fast-check';

const ranges = defaultRanges();
const base = defaultScenario();
const OPTIONS = { time: 3000, warmupTime: 1000 };
const random = fc.sample(scenarioArbitrary, { numRuns: 200, seed: 42 });

describe('deriveAllOutputs', () => {
  let i = 0;
  bench(
    'a slider drag: the default scenario with a new Nvidia share each call',
    () => {
      i = (i + 1) % 101;
      deriveAllOutputs({ ...base, nvidiaShare: i }, ranges);
    },
    OPTIONS,
  );
  let j = 0;
  bench(
    'random in-range scenarios',
    () => {
      j = (j + 1) % random.length;
      const scenario = random[j];
      if (scenario) deriveAllOutputs(scenario, ranges);
    },
    OPTIONS,
  );
});
