/**
 * Schemas for the runtime reference data in public/data. Validation runs inside the
 * query function, so a broken file surfaces as a query error with a readable message.
 */
import { z } from 'zod';

export const CONFIDENCE_LEVELS = [
  'reported',
  'analyst',
  'rumor',
  'vendorClaim',
  'derived',
  'placeholder',
] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const assumptionSchema = z
  .object({
    value: finite,
    low: finite,
    high: finite,
    confidence: z.enum(CONFIDENCE_LEVELS),
    sources: z.array(z.string().min(1)),
    note: z.string().min(1),
  })
  .refine((a) => a.low <= a.value && a.value <= a.high, {
    message: 'value must lie within [low, high]',
  });
export type Assumption = z.infer<typeof assumptionSchema>;

export const assumptionsFileSchema = z.object({
  schemaVersion: z.literal(1),
  asOf: z.string(),
  assumptions: z.record(z.string(), assumptionSchema),
});
export type AssumptionsFile = z.infer<typeof assumptionsFileSchema>;

export const sourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string(),
  date: z.string(),
  url: z.url({ protocol: /^https?$/ }),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.object({
  schemaVersion: z.literal(1),
  sources: z.record(z.string(), sourceSchema),
});
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/** Formats schema issues as one readable line each ("assumptions.pue.value: must be a finite number"). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`)
    .join('; ');
}
