import { describe, expect, it } from 'vitest';
import assumptionsJson from '../../public/data/assumptions.json';
import sourcesJson from '../../public/data/sources.json';
import { INPUT_SPECS } from '../model/input-specs';
import { mixTotal } from '../model/scenario';
import { buildReferenceData, ReferenceDataError } from './reference-data';
import { assumptionsFileSchema, sourcesFileSchema, type AssumptionsFile } from './schema';

const assumptions = assumptionsFileSchema.parse(assumptionsJson);
const sources = sourcesFileSchema.parse(sourcesJson);

describe(buildReferenceData, () => {
  it('gives every registry input a sourced default inside its slider limits', () => {
    const data = buildReferenceData(assumptions, sources);
    for (const spec of INPUT_SPECS) {
      const value = data.defaults[spec.id];
      expect(value, spec.id).toBeGreaterThanOrEqual(spec.min);
      expect(value, spec.id).toBeLessThanOrEqual(spec.max);
      const entry = data.assumptions[spec.id];
      // A default without a source must say it is our placeholder.
      if (entry.sources.length === 0) expect(entry.confidence, spec.id).toBe('placeholder');
      expect(entry.note.length, spec.id).toBeGreaterThan(20);
    }
    expect(mixTotal(data.defaults)).toBeCloseTo(100, 9);
  });

  it('names a missing default and an unknown source', () => {
    const broken: AssumptionsFile = structuredClone(assumptions);
    delete broken.assumptions.pue;
    const nre = broken.assumptions.customNre;
    if (nre) nre.sources = ['no_such_source'];
    expect(() => buildReferenceData(broken, sources)).toThrow(ReferenceDataError);
    expect(() => buildReferenceData(broken, sources)).toThrow(
      /no default for "pue".*unknown source "no_such_source"/,
    );
  });

  it('rejects a default outside the slider limits', () => {
    const broken: AssumptionsFile = structuredClone(assumptions);
    broken.assumptions.spend = { ...assumptions.assumptions.spend!, value: 5000, high: 6000 };
    expect(() => buildReferenceData(broken, sources)).toThrow(/"spend" \(5000\) is outside 1–500/);
  });
});

describe('assumptionsFileSchema', () => {
  it('rejects a value outside its own low–high range, and a bad confidence tag', () => {
    const bad = structuredClone(assumptionsJson) as { assumptions: Record<string, Record<string, unknown>> };
    bad.assumptions.pue = { ...bad.assumptions.pue, value: 9 };
    bad.assumptions.load = { ...bad.assumptions.load, confidence: 'gossip' };
    const result = assumptionsFileSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('assumptions.pue');
    expect(paths).toContain('assumptions.load.confidence');
  });
});
