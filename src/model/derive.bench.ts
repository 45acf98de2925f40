/**
 * Model evaluation time per scenario: what one slider step asks of the model. Run by
 * `npm run bench` (through `vitest bench`); the budget is 4 ms for all three together.
 */
import { bench, describe } from 'vitest';
// The benchmark needs the real default scenario, which only the data layer can build
// from public/data; the model itself still imports nothing outside src/model.
// eslint-disable-next-line import-x/no-restricted-paths
import { loadTestReferenceData } from '../testing/reference-data';
import { deriveConcentrationCurve, deriveCostCurves } from './cost-curves';
import { deriveOutputs } from './derive';
import type { Scenario } from './scenario';

const defaults = loadTestReferenceData().defaults;

// Distinct scenario objects (the Nvidia share swept as a slider would), so nothing can
// be served from a cache keyed on the same object.
const scenarios: Scenario[] = Array.from({ length: 101 }, (_, share) => ({
  ...defaults,
  nvidiaShare: share,
}));
let next = 0;
function nextScenario(): Scenario {
  next = (next + 1) % scenarios.length;
  return scenarios[next] ?? defaults;
}

describe('model evaluation per scenario', () => {
  bench('deriveOutputs', () => {
    deriveOutputs(nextScenario());
  });
  bench('deriveCostCurves', () => {
    deriveCostCurves(nextScenario());
  });
  bench('deriveConcentrationCurve', () => {
    deriveConcentrationCurve(nextScenario());
  });
  bench('all three (one slider step)', () => {
    const scenario = nextScenario();
    deriveOutputs(scenario);
    deriveCostCurves(scenario);
    deriveConcentrationCurve(scenario);
  });
});
