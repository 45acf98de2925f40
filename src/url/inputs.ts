/** Reads scenario inputs out of link parameters, clamping and defaulting with a repair for each. */
import { INPUT_SPECS, MIX_INPUT_IDS, type InputId } from '../model/input-specs';
import { canonicalizeScenario, quantizeInput } from '../model/precision';
import { mixTotal, normalizeMix, type Scenario } from '../model/scenario';
import { MAX_NUMBER_LENGTH, parseUrlNumber } from './numbers';
import { echo, type Repair, type RepairTarget } from './repairs';

export interface ReadInputs {
  /** The scenario read, canonical (in range, mix at 100%). */
  readonly scenario: Scenario;
  /** Inputs the parameters did not mention (they took the fallback). */
  readonly missing: readonly InputId[];
  /** How many inputs the parameters mentioned. */
  readonly present: number;
}

/** A mix that sums to within this many points of 100% is rounding, not an error. */
const MIX_TOLERANCE = 0.5;

/**
 * Reads every registry input from `params` under `prefix` + its urlKey, deleting what it
 * reads. A missing, non-numeric or over-long value takes `fallback`'s value; an
 * out-of-range one is clamped. Each repair is pushed onto `repairs`.
 */
export function readInputs(
  params: Map<string, string>,
  prefix: string,
  fallback: Scenario,
  target: RepairTarget,
  repairs: Repair[],
): ReadInputs {
  const values: Record<InputId, number> = { ...fallback };
  const missing: InputId[] = [];
  let mixMentioned = false;
  for (const spec of INPUT_SPECS) {
    const key = prefix + spec.urlKey;
    const raw = params.get(key);
    params.delete(key);
    if (raw === undefined) {
      missing.push(spec.id);
      continue;
    }
    if (MIX_INPUT_IDS.some((id) => id === spec.id)) mixMentioned = true;
    const used = fallback[spec.id];
    if (raw.length > MAX_NUMBER_LENGTH) {
      repairs.push({ kind: 'tooLong', key, length: raw.length, input: spec.id, target, used });
      continue;
    }
    const value = parseUrlNumber(raw);
    if (value === null) {
      repairs.push({ kind: 'notANumber', target, input: spec.id, raw: echo(raw), used });
      continue;
    }
    if (value < spec.min || value > spec.max) {
      const clamped = quantizeInput(spec, Math.min(spec.max, Math.max(spec.min, value)));
      repairs.push({ kind: 'outOfRange', target, input: spec.id, raw: echo(raw), used: clamped });
      values[spec.id] = clamped;
      continue;
    }
    values[spec.id] = value;
  }
  const total = mixTotal(values);
  if (mixMentioned && Math.abs(total - 100) > MIX_TOLERANCE) {
    repairs.push({ kind: 'mixRescaled', target, total: Number(total.toPrecision(4)) });
  }
  return {
    scenario: canonicalizeScenario(normalizeMix(values)),
    missing,
    present: INPUT_SPECS.length - missing.length,
  };
}
