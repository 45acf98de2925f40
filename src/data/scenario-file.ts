/**
 * Scenario files: a scenario exported as JSON and imported again. The values are
 * keyed by share-link parameter and carry the link version, so an import goes
 * through the same decoder, migrations and repairs as a link.
 */
import { z } from 'zod';
import { describeIssues } from './schema';

export const SCENARIO_FILE_KIND = 'compute-scenarios/scenario';
/** Largest file read, bytes. */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

export const scenarioFileSchema = z.object({
  kind: z.literal(SCENARIO_FILE_KIND),
  fileVersion: z.literal(1),
  name: z.string().max(200),
  exportedAt: z.string().max(64),
  /** The share-link version the values are written in. */
  linkVersion: z.number().int().min(0).max(1_000),
  /** Input values by share-link parameter ("spend", "nvidia", …). */
  values: z.record(z.string().max(64), z.number()),
  /** Optional view state: the preset the scenario came from. */
  preset: z.string().max(64).nullable().optional(),
});
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

const kindSchema = z.object({ kind: z.literal(SCENARIO_FILE_KIND) });

export type ScenarioFileResult =
  | { readonly ok: true; readonly file: ScenarioFile }
  | { readonly ok: false; readonly error: 'tooLarge' | 'notJson' | 'notScenario' }
  | { readonly ok: false; readonly error: 'invalid'; readonly detail: string };

/** Parses and validates a scenario file's text; never throws. */
export function parseScenarioFile(text: string): ScenarioFileResult {
  if (text.length > MAX_SCENARIO_FILE_BYTES) return { ok: false, error: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (!kindSchema.safeParse(json).success) return { ok: false, error: 'notScenario' };
  const parsed = scenarioFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'invalid', detail: describeIssues(parsed.error) };
  return { ok: true, file: parsed.data };
}

/** The link-style query (`v=1&spend=58&…`) for a file's values, to decode like a link. */
export function scenarioFileQuery(file: ScenarioFile): string {
  const params = new URLSearchParams();
  params.set('v', String(file.linkVersion));
  if (file.preset) params.set('preset', file.preset);
  for (const [key, value] of Object.entries(file.values)) params.set(key, String(value));
  return params.toString();
}
