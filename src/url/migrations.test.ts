import { describe, expect, it } from 'vitest';
import { INPUT_SPECS } from '../model/input-specs';
import { CURRENT_VERSION, MIGRATIONS, V0_DEFAULTS, V1_ADDED, migrateParams, pinMissing } from './migrations';

const v0 = (entries: Record<string, string>) => migrateParams(new Map(Object.entries(entries)), 0);

describe(migrateParams, () => {
  it('has one migration per version step, in order, up to the current version', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: CURRENT_VERSION }, (_, i) => [i, i + 1]),
    );
    for (const m of MIGRATIONS) expect(m.description.length).toBeGreaterThan(40);
  });

  it('turns the v0 fraction `share` into the v1 percentage `nvidia`', () => {
    expect(v0({ share: '0.35' }).get('nvidia')).toBe('35');
    expect(v0({ share: '.5' }).get('nvidia')).toBe('50');
    expect(v0({ share: '1' }).get('nvidia')).toBe('100');
    expect(v0({ share: '0.123456789' }).get('nvidia')).toBe('12.345679');
    expect(v0({ share: '80' }).get('nvidia')).toBe('80');
    expect(v0({ share: 'lots' }).get('nvidia')).toBe('lots'); // left for validation to repair
    expect(v0({ share: '0.2', nvidia: '90' }).get('nvidia')).toBe('90');
    expect(v0({ share: '0.2' }).has('share')).toBe(false);
  });

  it("pins the prototype's defaults and fixed assumptions for everything a v0 link left out", () => {
    const migrated = v0({ spend: '120' });
    expect(migrated.get('spend')).toBe('120');
    for (const [key, value] of Object.entries(V0_DEFAULTS)) {
      if (key !== 'spend') expect(migrated.get(key)).toBe(value);
    }
  });

  it('only pins values that are current parameters', () => {
    const urlKeys = new Set(INPUT_SPECS.map((s) => s.urlKey));
    for (const key of Object.keys(V0_DEFAULTS)) expect(urlKeys.has(key)).toBe(true);
    for (const key of Object.keys(V1_ADDED)) expect(urlKeys.has(key)).toBe(true);
  });

  it('pins every input v2 added, with no cost of capital, on a v1 scenario link', () => {
    const urlKeys = INPUT_SPECS.map((s) => s.urlKey);
    const v1Keys = new Set([...Object.keys(V0_DEFAULTS), ...Object.keys(V1_ADDED)]);
    expect(urlKeys.filter((k) => !v1Keys.has(k))).toEqual([]);
    const migrated = migrateParams(
      new Map([
        ['spend', '90'],
        ['year', '2030'],
      ]),
      1,
    );
    expect(migrated.get('wacc')).toBe('0');
    expect(migrated.get('year')).toBe('2030');
    expect(migrated.get('growth')).toBe(V1_ADDED.growth);
    // A link with only view state, or a preset slug, is not pinned.
    expect([...migrateParams(new Map([['lang', 'it']]), 1)]).toEqual([['lang', 'it']]);
    expect([...migrateParams(new Map([['preset', 'inference-boom']]), 1)]).toEqual([
      ['preset', 'inference-boom'],
    ]);
  });

  it('leaves links that are not prototype scenario links alone', () => {
    expect([...v0({ lang: 'it' })]).toEqual([['lang', 'it']]);
    expect([...v0({ preset: 'inference-boom', spend: '10' })]).toEqual([
      ['preset', 'inference-boom'],
      ['spend', '10'],
    ]);
  });

  it('pins values only where a link is silent (the helper for inputs added in a version)', () => {
    const migrate = pinMissing({ year: '2026', pue: '1.2' });
    expect([...migrate(new Map([['pue', '1.5']]))]).toEqual([
      ['pue', '1.5'],
      ['year', '2026'],
    ]);
  });

  it('does nothing to a current link', () => {
    const params = new Map([['spend', '1']]);
    expect(migrateParams(params, CURRENT_VERSION)).toEqual(params);
  });
});
