/**
 * Property and fuzz tests for the share link: any in-range scenario survives a round
 * trip exactly, and no string whatsoever makes decoding throw or leave the limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import assumptionsJson from '../../public/data/assumptions.json';
import { INPUT_SPECS, type InputId } from '../model/input-specs';
import { canonicalizeScenario } from '../model/precision';
import { mixTotal, normalizeMix, type Scenario } from '../model/scenario';
import { decodeScenario, encodeScenario } from './codec';
import { SHARE_LANGS } from './view';

const published = assumptionsJson.assumptions as Record<string, { value: number }>;
const defaults = canonicalizeScenario(
  normalizeMix(Object.fromEntries(INPUT_SPECS.map((s) => [s.id, published[s.id]?.value ?? 0])) as Scenario),
);
const options = { defaults, presets: new Map([['loi-as-announced', { nvidiaShare: 100 }]]) };

const anyScenario = fc
  .record(
    Object.fromEntries(
      INPUT_SPECS.map((spec) => [spec.id, fc.double({ min: spec.min, max: spec.max, noNaN: true })]),
    ) as Record<InputId, fc.Arbitrary<number>>,
  )
  .map((s) => canonicalizeScenario(s as Scenario));

/** Every input finite and within its limits, the mix at 100% (plain checks: this runs 10,000 times). */
function inRange(scenario: Scenario): boolean {
  return (
    INPUT_SPECS.every((spec) => {
      const value = scenario[spec.id];
      return Number.isFinite(value) && value >= spec.min && value <= spec.max;
    }) && Math.abs(mixTotal(scenario) - 100) < 1e-6
  );
}

describe('share link round trip', () => {
  it('restores any in-range scenario, view and baseline exactly', () => {
    const view = fc.record({
      preset: fc.constantFrom(null, 'loi-as-announced'),
      lang: fc.constantFrom(null, ...SHARE_LANGS),
      panel: fc.constantFrom(null, 'presets', 'compare'),
      baseline: fc.option(anyScenario),
    });
    fc.assert(
      fc.property(anyScenario, view, (scenario, v) => {
        const decoded = decodeScenario(encodeScenario(scenario, v), options);
        expect(decoded.scenario).toEqual(scenario);
        expect(decoded.view).toEqual(v);
        expect(decoded.repairs).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a link that is a fixed point for any value at all', () => {
    const loose = fc.record(
      Object.fromEntries(INPUT_SPECS.map((spec) => [spec.id, fc.double()])) as Record<
        InputId,
        fc.Arbitrary<number>
      >,
    );
    fc.assert(
      fc.property(loose, (s) => {
        const once = encodeScenario(s as Scenario);
        expect(encodeScenario(decodeScenario(once, options).scenario)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('share link fuzz', () => {
  const keys = fc.constantFrom(
    ...INPUT_SPECS.map((s) => s.urlKey),
    ...INPUT_SPECS.slice(0, 5).map((s) => `base.${s.urlKey}`),
    'v',
    'preset',
    'lang',
    'panel',
    'year',
    'base',
    'share',
    '',
    '__proto__',
    'constructor',
  );
  const values = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.double().map(String),
    fc.integer().map(String),
    fc.constantFrom(
      'NaN',
      '-Infinity',
      '1e309',
      '<script>alert(1)</script>',
      '%',
      '%E0%A4%A',
      '0x1F',
      '  7 ',
      '+.5e-3',
    ),
    fc.string({ minLength: 100, maxLength: 1000 }),
  );
  const param = fc.tuple(fc.oneof(keys, fc.string()), values).map(([k, v]) => `${k}=${v}`);
  const hostile = fc.oneof(
    fc.array(param, { maxLength: 60 }).map((ps) => `?${ps.join('&')}`),
    fc.array(param, { maxLength: 60 }).map((ps) => encodeURI(ps.join('&'))),
    fc.string({ unit: 'binary', maxLength: 2000 }),
    anyScenario.chain((s) => fc.nat({ max: 2000 }).map((cut) => encodeScenario(s).slice(0, cut))),
  );

  it('never throws and always yields an in-range scenario (10,000 links)', () => {
    fc.assert(
      fc.property(hostile, (search) => {
        const decoded = decodeScenario(search, options);
        const echoesShort = decoded.repairs.every((repair) =>
          Object.values(repair).every((v) => typeof v !== 'string' || [...v].length <= 64),
        );
        return (
          inRange(decoded.scenario) &&
          (decoded.view.baseline === null || inRange(decoded.view.baseline)) &&
          echoesShort
        );
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
