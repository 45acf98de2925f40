import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import assumptionsJson from '../../public/data/assumptions.json';
import { INPUT_SPECS, MIX_INPUT_IDS, specFor, type InputId } from './input-specs';
import {
  canonicalizeScenario,
  decimalPlaces,
  linearDecimals,
  quantizeInput,
  sameScenario,
} from './precision';
import { mixTotal, normalizeMix, type Scenario } from './scenario';

const published = assumptionsJson.assumptions as Record<string, { value: number }>;
/** The published defaults, exactly as written in public/data/assumptions.json. */
const defaults = Object.fromEntries(
  INPUT_SPECS.map((spec) => [spec.id, published[spec.id]?.value ?? Number.NaN]),
) as Scenario;

/** An arbitrary scenario with every input anywhere in its range (not canonical). */
const anyScenario = fc.record(
  Object.fromEntries(
    INPUT_SPECS.map((spec) => [spec.id, fc.double({ min: spec.min, max: spec.max, noNaN: true })]),
  ) as Record<InputId, fc.Arbitrary<number>>,
) as fc.Arbitrary<Scenario>;

describe(decimalPlaces, () => {
  it.each([
    [1, 0],
    [0.5, 1],
    [0.005, 3],
    [10, 0],
    [1e-7, 7],
    [2.5e-7, 8],
  ])('%s has %s decimals', (x, d) => expect(decimalPlaces(x)).toBe(d));
});

describe(quantizeInput, () => {
  it.each([
    ['spend', 57.99999999, 58],
    ['throughput.nvidia', 13415, 13415],
    ['throughput.nvidia', 13415.4, 13415],
    ['load', 0.30000000000000004, 0.3],
    ['nvidiaShare', 70.04, 70],
    ['mix.custom', 53.29999999999999, 53.3],
    ['electricityPrice', 0.0812345, 0.0812],
    ['pue', -0, 0],
  ] as const)('%s: %s → %s', (id, raw, expected) => {
    expect(Object.is(quantizeInput(specFor(id), raw), expected)).toBe(true);
  });

  it('keeps linear inputs to one decimal more than their step', () => {
    expect(linearDecimals(specFor('nvidiaShare'))).toBe(1);
    expect(linearDecimals(specFor('electricityPrice'))).toBe(4);
  });
});

describe(canonicalizeScenario, () => {
  it('leaves every sourced default exactly as published', () => {
    // Normalizing the mix adds float noise (53.29999999999999); canonical precision removes it.
    expect(canonicalizeScenario(normalizeMix(defaults))).toEqual(defaults);
  });

  it('is idempotent, in range and keeps the mix at exactly 100%', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const c = canonicalizeScenario(s);
        expect(sameScenario(canonicalizeScenario(c), c)).toBe(true);
        for (const spec of INPUT_SPECS) {
          expect(c[spec.id]).toBeGreaterThanOrEqual(spec.min);
          expect(c[spec.id]).toBeLessThanOrEqual(spec.max);
        }
        expect(Math.round(mixTotal(c) * 10)).toBe(1000);
        for (const id of MIX_INPUT_IDS) expect(Math.abs(c[id] - Math.round(c[id] * 10) / 10)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('splits an all-zero mix equally', () => {
    const zero = { ...defaults, 'mix.amd': 0, 'mix.custom': 0, 'mix.hyperscaler': 0, 'mix.specialist': 0 };
    const c = canonicalizeScenario(zero);
    expect(MIX_INPUT_IDS.map((id) => c[id])).toEqual([25, 25, 25, 25]);
  });

  it('rounds a rebalanced mix by largest remainder', () => {
    const third = { ...defaults, 'mix.amd': 100 / 3, 'mix.custom': 100 / 3, 'mix.hyperscaler': 100 / 3 };
    const c = canonicalizeScenario({ ...third, 'mix.specialist': 0 });
    expect(MIX_INPUT_IDS.map((id) => c[id])).toEqual([33.4, 33.3, 33.3, 0]);
  });
});
