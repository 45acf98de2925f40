/**
 * A fast-check generator of random in-range scenarios, built from the input registry:
 * every input drawn between its min and max (log-scale inputs evenly in log space),
 * then sanitized like a share link (mix normalized). For property tests only.
 */
import fc from 'fast-check';
import { INPUT_IDS, INPUT_SPECS, type InputSpec } from './input-specs';
import { sanitizeScenario, type Scenario } from './scenario';
import { recordOf } from './units';

function valueAt(spec: InputSpec, u: number): number {
  if (spec.scale === 'log') return spec.min * (spec.max / spec.min) ** u;
  return spec.min + u * (spec.max - spec.min);
}

/** Random scenarios with every input inside its registry limits. */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .array(fc.double({ min: 0, max: 1, noNaN: true }), {
    minLength: INPUT_SPECS.length,
    maxLength: INPUT_SPECS.length,
  })
  .map((us) => {
    const values = recordOf(INPUT_IDS, (id) => {
      const index = INPUT_IDS.indexOf(id);
      const spec = INPUT_SPECS[index];
      return spec ? valueAt(spec, us[index] ?? 0) : 0;
    });
    return sanitizeScenario(values, values);
  });
