import { describe, expect, it } from 'vitest';
import assumptionsJson from '../../public/data/assumptions.json';
import presetsJson from '../../public/data/presets.json';
import sourcesJson from '../../public/data/sources.json';
import { deriveOutputs } from '../model/derive';
import { sanitizeScenario } from '../model/scenario';
import { buildPresets, presetsFileSchema } from './presets';
import { buildReferenceData } from './reference-data';
import { assumptionsFileSchema, sourcesFileSchema } from './schema';

const reference = buildReferenceData(
  assumptionsFileSchema.parse(assumptionsJson),
  sourcesFileSchema.parse(sourcesJson),
);
const presets = buildPresets(presetsFileSchema.parse(presetsJson), reference);
const outputs = (slug: string) => {
  const preset = presets.find((p) => p.slug === slug);
  if (!preset) throw new Error(`no preset ${slug}`);
  return deriveOutputs(sanitizeScenario(preset.values, reference.defaults));
};

describe(buildPresets, () => {
  it('accepts the committed presets: at least six, each with a narrative and sources', () => {
    expect(presets.length).toBeGreaterThanOrEqual(6);
    for (const p of presets) {
      expect(p.narrative.length).toBeGreaterThan(200);
      expect(p.sources.length).toBeGreaterThan(0);
      expect(Object.keys(p.values).length).toBeGreaterThan(0);
    }
  });

  it('covers the scenarios users ask for', () => {
    expect(presets.map((p) => p.slug)).toEqual(
      expect.arrayContaining([
        'nvidia-dominant-2025',
        'loi-as-announced',
        'multi-vendor-pipeline',
        'custom-silicon-first-2028',
        'hedged-after-stall',
        'inference-boom',
      ]),
    );
  });

  it('reproduces the fleet sizes and concentration their narratives claim', () => {
    expect(outputs('nvidia-dominant-2025').fleetPowerGw).toBeCloseTo(1.9, 0);
    expect(outputs('loi-as-announced').fleetPowerGw).toBeCloseTo(10, 0);
    expect(outputs('multi-vendor-pipeline').fleetPowerGw).toBeCloseTo(28.75, 0);
    expect(outputs('multi-vendor-pipeline').hhi).toBeCloseTo(2900, -2);
    expect(outputs('custom-silicon-first-2028').fleetPowerGw).toBeCloseTo(12.75, 0);
    // Same budget as the letter of intent, so the comparison is like for like; the mix buys more GW.
    const hedged = presets.find((p) => p.slug === 'hedged-after-stall');
    const loi = presets.find((p) => p.slug === 'loi-as-announced');
    expect(hedged?.values.spend).toBe(loi?.values.spend);
    expect(outputs('hedged-after-stall').fleetPowerGw).toBeGreaterThan(
      outputs('loi-as-announced').fleetPowerGw,
    );
    expect(outputs('inference-boom').inferenceShareOfBudget).toBeGreaterThan(0.8);
  });

  it('names every problem in a bad file', () => {
    const bad = presetsFileSchema.parse({
      schemaVersion: 1,
      asOf: 'x',
      presets: [
        { slug: 'a', title: 'A', summary: 's', narrative: 'n', sources: ['nope'], values: { spend: 9999 } },
        { slug: 'a', title: 'B', summary: 's', narrative: 'n', sources: ['cna_350b'], values: { colour: 1 } },
      ],
    });
    expect(() => buildPresets(bad, reference)).toThrow(
      /spend to 9999, outside 1–500.*unknown source "nope".*duplicate slug "a".*unknown input "colour"/,
    );
  });

  it('rejects a malformed slug in the schema', () => {
    const result = presetsFileSchema.safeParse({
      ...presetsJson,
      presets: [{ ...presetsJson.presets[0], slug: 'Has Spaces' }],
    });
    expect(result.success).toBe(false);
  });
});
