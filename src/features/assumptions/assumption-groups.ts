/** Which inputs the assumptions panel lists, grouped as the brief asks. */
import { INPUT_SPECS, type InputGroup, type InputId } from '../../model/input-specs';

/**
 * The groups in display order. The headline and mix inputs also sit in the rail; they
 * are listed here too (collapsed) so their sources show and a tornado click can open them.
 */
export const ASSUMPTION_GROUPS = [
  'headline',
  'mix',
  'vendor',
  'energy',
  'workload',
  'customSilicon',
  'projection',
  'uncertainty',
  'vendorSide',
] as const satisfies readonly InputGroup[];
export type AssumptionGroup = (typeof ASSUMPTION_GROUPS)[number];

/** Inputs shown elsewhere: the year selector sits in the rail. */
const SHOWN_ELSEWHERE: readonly InputId[] = ['year'];

/** The inputs of each group, in registry order. */
export function assumptionsByGroup(): Record<AssumptionGroup, InputId[]> {
  const groups: Record<AssumptionGroup, InputId[]> = {
    headline: [],
    mix: [],
    vendor: [],
    energy: [],
    workload: [],
    customSilicon: [],
    projection: [],
    uncertainty: [],
    vendorSide: [],
  };
  for (const spec of INPUT_SPECS) {
    if (SHOWN_ELSEWHERE.includes(spec.id)) continue;
    const group = ASSUMPTION_GROUPS.find((g) => g === spec.group);
    if (group) groups[group].push(spec.id);
  }
  return groups;
}

/** The group an input is listed under, if any. */
export function groupOf(id: InputId): AssumptionGroup | undefined {
  const groups = assumptionsByGroup();
  return ASSUMPTION_GROUPS.find((g) => groups[g].includes(id));
}
