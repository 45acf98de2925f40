/**
 * TanStack Query factories for the reference data in public/data. Keys go from
 * general to specific; the files are static, so they never go stale in a session.
 */
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { assumptionsFileSchema, describeIssues, sourcesFileSchema } from './schema';

export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** Fetches a JSON file relative to the app's base URL and validates it with `schema`. */
export async function fetchValidated<T>(
  file: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const url = `${import.meta.env.BASE_URL}data/${file}`;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    throw new DataFileError(
      `Could not reach ${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  if (!response.ok) throw new DataFileError(`Could not load ${file} (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataFileError(`${file} is not valid JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataFileError(`${file} failed validation: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export const referenceDataKeys = {
  all: ['reference-data'] as const,
  file: (name: string) => [...referenceDataKeys.all, name] as const,
};

export const assumptionsQuery = () =>
  queryOptions({
    queryKey: referenceDataKeys.file('assumptions'),
    queryFn: ({ signal }) => fetchValidated('assumptions.json', assumptionsFileSchema, signal),
    staleTime: Infinity,
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: referenceDataKeys.file('sources'),
    queryFn: ({ signal }) => fetchValidated('sources.json', sourcesFileSchema, signal),
    staleTime: Infinity,
  });
