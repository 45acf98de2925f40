/**
 * Presets: named, sourced scenarios in public/data/presets.json. Each sets explicit
 * values for some inputs (the rest take the defaults when it loads) and is reachable
 * by a stable slug link, `?preset=loi-as-announced`. A preset's values are frozen
 * once published: old slug links must keep their meaning (fixtures/urls pins them).
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { isInputId, specFor, type InputId } from '../model/input-specs';
import { fetchValidated, referenceDataKeys } from './queries';
import type { ReferenceData } from './reference-data';
import { ReferenceDataError } from './reference-data';

/** Lowercase words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const presetTextSchema = z.object({
  title: z.string().min(1).max(90),
  summary: z.string().min(1).max(160),
  narrative: z.string().min(1),
});

export const presetSchema = z.object({
  slug: z.string().max(64).regex(SLUG, 'must be lowercase words joined by hyphens'),
  title: z.string().min(1).max(90),
  summary: z.string().min(1).max(160),
  narrative: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
  values: z.record(z.string(), finite),
  /** The title, summary and narrative in other languages (English is the default). */
  translations: z.object({ it: presetTextSchema.optional() }).optional(),
});

export const presetsFileSchema = z.object({
  schemaVersion: z.literal(1),
  asOf: z.string(),
  presets: z.array(presetSchema).min(1),
});
export type PresetsFile = z.infer<typeof presetsFileSchema>;

export interface PresetText {
  readonly title: string;
  readonly summary: string;
  readonly narrative: string;
}

/** A preset's title, summary and narrative in `locale`, falling back to English. */
export function presetText(preset: Preset, locale: string): PresetText {
  const translated = locale === 'it' ? preset.translations?.it : undefined;
  return translated ?? preset;
}

export interface Preset {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly narrative: string;
  readonly sources: readonly string[];
  readonly translations?: { readonly it?: PresetText | undefined } | undefined;
  /** The inputs this preset sets, by input id. */
  readonly values: Readonly<Partial<Record<InputId, number>>>;
}

/**
 * Checks presets against the registry and the sources: unique slugs, known input ids,
 * values within each input's limits, cited sources present. Throws a
 * ReferenceDataError naming the problems.
 */
export function buildPresets(file: PresetsFile, reference: Pick<ReferenceData, 'sources'>): Preset[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const presets = file.presets.map((p) => {
    if (seen.has(p.slug)) problems.push(`duplicate slug "${p.slug}"`);
    seen.add(p.slug);
    const values: Partial<Record<InputId, number>> = {};
    for (const [id, value] of Object.entries(p.values)) {
      if (!isInputId(id)) {
        problems.push(`"${p.slug}" sets unknown input "${id}"`);
        continue;
      }
      const spec = specFor(id);
      if (value < spec.min || value > spec.max) {
        problems.push(`"${p.slug}" sets ${id} to ${value}, outside ${spec.min}–${spec.max}`);
      }
      values[id] = value;
    }
    for (const id of p.sources) {
      if (!reference.sources[id]) problems.push(`"${p.slug}" cites unknown source "${id}"`);
    }
    return { ...p, values };
  });
  if (problems.length > 0) {
    throw new ReferenceDataError(`Presets are inconsistent: ${problems.slice(0, 5).join('; ')}`);
  }
  return presets;
}

export const presetsQuery = () =>
  queryOptions({
    queryKey: referenceDataKeys.file('presets'),
    queryFn: ({ signal }) => fetchValidated('presets.json', presetsFileSchema, signal),
    staleTime: Infinity,
  });
