/** The committed reference data, validated and joined exactly as the app does after fetching it. */
import assumptionsJson from '../../public/data/assumptions.json';
import sourcesJson from '../../public/data/sources.json';
import { buildReferenceData, type ReferenceData } from '../data/reference-data';
import { assumptionsFileSchema, sourcesFileSchema } from '../data/schema';

/** The reference data from public/data, parsed with the app's schemas. */
export function loadReferenceData(): ReferenceData {
  return buildReferenceData(
    assumptionsFileSchema.parse(assumptionsJson),
    sourcesFileSchema.parse(sourcesJson),
  );
}
