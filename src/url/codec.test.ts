import { describe, expect, it } from 'vitest';
import assumptionsJson from '../../public/data/assumptions.json';
import { INPUT_SPECS } from '../model/input-specs';
import { canonicalizeScenario } from '../model/precision';
import { mixTotal, normalizeMix, type Scenario } from '../model/scenario';
import { decodeScenario, encodeScenario } from './codec';
import { parseQuery } from './query';
import type { Repair } from './repairs';

const published = assumptionsJson.assumptions as Record<string, { value: number }>;
const defaults = canonicalizeScenario(
  normalizeMix(Object.fromEntries(INPUT_SPECS.map((s) => [s.id, published[s.id]?.value ?? 0])) as Scenario),
);
const presets = new Map([['all-in-nvidia', { nvidiaShare: 100, spend: 95 }]]);
const decode = (search: string) =>
  decodeScenario(search, { defaults, presets, panels: ['presets', 'compare'] });
const kinds = (repairs: readonly Repair[]) => repairs.map((r) => r.kind);

describe(encodeScenario, () => {
  it('writes the version first and every input explicitly, compactly', () => {
    const query = encodeScenario(defaults);
    expect(query.startsWith('v=2&spend=58&nvidia=70&load=50&mix_amd=32&mix_asic=53.3&')).toBe(true);
    const { params } = parseQuery(query);
    for (const spec of INPUT_SPECS) expect(params.has(spec.urlKey)).toBe(true);
    expect(query).toContain('elec=0.08&pue=1.2&');
    expect(query).toContain('tps_nv=13415&');
    expect(query).not.toMatch(/\d{7,}/); // no float noise such as 53.29999999999999
  });

  it('puts the preset up front and view state and baseline differences after the inputs', () => {
    const query = encodeScenario(defaults, {
      preset: 'all-in-nvidia',
      lang: 'it',
      panel: 'compare',
      baseline: { ...defaults, nvidiaShare: 100 },
    });
    expect(query.startsWith('v=2&preset=all-in-nvidia&spend=58&')).toBe(true);
    expect(query.endsWith('&lang=it&panel=compare&base=1&base.nvidia=100')).toBe(true);
  });

  it('drops view values that are not well formed', () => {
    const query = encodeScenario(defaults, { preset: '<b>', panel: 'Not A Slug' });
    expect(query).not.toMatch(/preset|panel/);
  });
});

describe(decodeScenario, () => {
  it('restores an encoded scenario and view exactly, with nothing to repair', () => {
    const scenario = canonicalizeScenario({ ...defaults, spend: 120, nvidiaShare: 35, 'mix.amd': 50 });
    const view = { preset: null, lang: 'en', panel: 'presets', baseline: defaults } as const;
    const decoded = decode(encodeScenario(scenario, view));
    expect(decoded.scenario).toEqual(scenario);
    expect(decoded.view).toEqual(view);
    expect(decoded.repairs).toEqual([]);
  });

  it('opens the default scenario for an empty link without comment', () => {
    for (const search of ['', '?', '?lang=en', '#top', '?utm_source=mail&fbclid=x', '?embed=cost']) {
      const decoded = decode(search);
      expect(decoded.scenario).toEqual(defaults);
      expect(decoded.repairs).toEqual([]);
      expect(decoded.specified).toBe(false);
    }
  });

  it('clamps an out-of-range value and says what it used', () => {
    const decoded = decode(`?${encodeScenario(defaults)}`.replace('nvidia=70', 'nvidia=250'));
    expect(decoded.scenario.nvidiaShare).toBe(100);
    expect(decoded.repairs).toEqual([
      { kind: 'outOfRange', target: 'scenario', input: 'nvidiaShare', raw: '250', used: 100 },
    ]);
  });

  it.each([
    ['abc', 'notANumber'],
    ['', 'notANumber'],
    ['0x10', 'notANumber'],
    ['Infinity', 'notANumber'],
    ['1e999', 'outOfRange'],
    ['-5', 'outOfRange'],
    ['7'.repeat(200), 'tooLong'],
  ])('repairs spend=%s (%s) with the default', (raw, kind) => {
    const decoded = decode(encodeScenario(defaults).replace('spend=58', `spend=${raw}`));
    expect(kinds(decoded.repairs)).toEqual([kind]);
    expect(decoded.scenario.spend).toBe(kind === 'outOfRange' ? (raw === '-5' ? 1 : 500) : 58);
  });

  it('reports duplicates (first wins), unknown parameters, and ignores tracking tags', () => {
    const decoded = decode(`${encodeScenario(defaults)}&spend=300&colour=red&utm_campaign=q3`);
    expect(decoded.scenario.spend).toBe(58);
    expect(decoded.repairs).toEqual([
      { kind: 'duplicate', key: 'spend' },
      { kind: 'unknownParam', key: 'colour' },
    ]);
  });

  it('rescales a mix that does not sum to 100% and says so', () => {
    const decoded = decode('v=1&mix_amd=50&mix_asic=50&mix_cloud=50&mix_spec=50');
    expect(mixTotal(decoded.scenario)).toBeCloseTo(100, 9);
    expect(decoded.scenario['mix.amd']).toBe(25);
    expect(kinds(decoded.repairs)).toEqual(['mixRescaled', 'missing']);
  });

  it('treats a link cut short as missing values and fills them with defaults', () => {
    const full = encodeScenario({ ...defaults, spend: 200 });
    const decoded = decode(full.slice(0, full.indexOf('&util=')));
    expect(decoded.scenario.spend).toBe(200);
    expect(decoded.scenario.utilization).toBe(defaults.utilization);
    const missing = decoded.repairs.find((r) => r.kind === 'missing');
    expect(missing && 'inputs' in missing ? missing.inputs : []).toContain('utilization');
  });

  it('reads an unknown future version as the current one and warns', () => {
    const decoded = decode(encodeScenario(defaults).replace('v=2', 'v=7'));
    expect(decoded.scenario).toEqual(defaults);
    expect(decoded.repairs).toEqual([{ kind: 'futureVersion', version: 7 }]);
    expect(kinds(decode('v=abc&spend=5').repairs)).toContain('badVersion');
  });

  it('expands a preset slug; explicit values win over it', () => {
    const decoded = decode('?preset=all-in-nvidia');
    expect(decoded.scenario.nvidiaShare).toBe(100);
    expect(decoded.scenario.spend).toBe(95);
    expect(decoded.scenario.pue).toBe(defaults.pue);
    expect(decoded.view.preset).toBe('all-in-nvidia');
    expect(decoded.repairs).toEqual([]);
    expect(decode('?preset=all-in-nvidia&spend=10').scenario.spend).toBe(10);
  });

  it('leaves the values an unknown preset would have set to the defaults, without calling them missing', () => {
    const decoded = decode('?v=1&preset=nope&spend=9');
    expect(decoded.scenario).toEqual({ ...defaults, spend: 9 });
    expect(decoded.repairs).toEqual([{ kind: 'unknownPreset', slug: 'nope' }]);
  });

  it('reports an unknown preset and bad view values, echoing them safely', () => {
    const decoded = decode('?preset=nope&lang=klingon&panel=<script>');
    expect(decoded.scenario).toEqual(defaults);
    expect(decoded.view).toMatchObject({ preset: null, lang: null, panel: null });
    expect(decoded.repairs).toEqual([
      { kind: 'unknownPreset', slug: 'nope' },
      { kind: 'badView', key: 'lang', raw: 'klingon' },
      { kind: 'badView', key: 'panel', raw: '<script>' },
    ]);
  });

  it('decodes a baseline as the scenario plus its differences, repairing them too', () => {
    const decoded = decode(`${encodeScenario(defaults)}&base=1&base.nvidia=900&base.load=20`);
    expect(decoded.view.baseline).toEqual({ ...defaults, nvidiaShare: 100, load: 20 });
    expect(decoded.repairs).toEqual([
      { kind: 'outOfRange', target: 'baseline', input: 'nvidiaShare', raw: '900', used: 100 },
    ]);
  });

  it('survives malformed percent-escapes', () => {
    const decoded = decode('v=1&spend=%E0%A4%A&nvidia=%');
    expect(kinds(decoded.repairs)).toEqual(expect.arrayContaining(['malformed', 'notANumber']));
    expect(decoded.scenario.spend).toBe(defaults.spend);
  });

  it('clamps every input of the registry to its minimum (an all-zero mix splits equally)', () => {
    const decoded = decode(INPUT_SPECS.map((s) => `${s.urlKey}=-1e9`).join('&'));
    for (const spec of INPUT_SPECS) {
      expect(decoded.scenario[spec.id]).toBe(spec.group === 'mix' ? 25 : spec.min);
    }
  });
});
