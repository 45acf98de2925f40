/**
 * Cross-checks the loaded data against the input registry and builds the default
 * scenario. Pure: no fetching here, so tests feed it the JSON files directly.
 */
import { INPUT_SPECS, type InputId } from '../model/input-specs';
import { canonicalizeScenario } from '../model/precision';
import { normalizeMix, type Scenario } from '../model/scenario';
import type { Assumption, AssumptionsFile, Source, SourcesFile } from './schema';

export interface ReferenceData {
  readonly asOf: string;
  readonly assumptions: Readonly<Record<InputId, Assumption>>;
  readonly sources: Readonly<Record<string, Source>>;
  /** The default scenario: every input at its sourced default (canonical precision, see model/precision). */
  readonly defaults: Scenario;
}

export class ReferenceDataError extends Error {
  override name = 'ReferenceDataError';
}

/**
 * Joins the assumptions and sources files: every registry input needs a default
 * inside its slider limits, and every cited source id must exist.
 * Throws a ReferenceDataError naming each problem.
 */
export function buildReferenceData(
  assumptionsFile: AssumptionsFile,
  sourcesFile: SourcesFile,
): ReferenceData {
  const problems: string[] = [];
  const assumptions = {} as Record<InputId, Assumption>;
  const defaults = {} as Record<InputId, number>;
  for (const spec of INPUT_SPECS) {
    const entry = assumptionsFile.assumptions[spec.id];
    if (!entry) {
      problems.push(`no default for "${spec.id}"`);
      continue;
    }
    if (entry.value < spec.min || entry.value > spec.max) {
      problems.push(`default for "${spec.id}" (${entry.value}) is outside ${spec.min}–${spec.max}`);
    }
    for (const id of entry.sources) {
      if (!sourcesFile.sources[id]) problems.push(`"${spec.id}" cites unknown source "${id}"`);
    }
    assumptions[spec.id] = entry;
    defaults[spec.id] = Math.min(spec.max, Math.max(spec.min, entry.value));
  }
  if (problems.length > 0) {
    throw new ReferenceDataError(`Reference data is inconsistent: ${problems.slice(0, 5).join('; ')}`);
  }
  return {
    asOf: assumptionsFile.asOf,
    assumptions,
    sources: sourcesFile.sources,
    defaults: canonicalizeScenario(normalizeMix(defaults)),
  };
}
