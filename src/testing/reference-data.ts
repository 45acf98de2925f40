/** The real reference data, loaded from public/data for tests (no fetch). */
import assumptionsJson from '../../public/data/assumptions.json';
import sourcesJson from '../../public/data/sources.json';
import { buildReferenceData, type ReferenceData } from '../data/reference-data';
import { assumptionsFileSchema, sourcesFileSchema } from '../data/schema';

/** Parses and joins the committed data files exactly as the app does after fetching them. */
export function loadTestReferenceData(): ReferenceData {
  return buildReferenceData(
    assumptionsFileSchema.parse(assumptionsJson),
    sourcesFileSchema.parse(sourcesJson),
  );
}
