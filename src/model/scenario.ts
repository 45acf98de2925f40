/**
 * A scenario is a value for every input in the registry, in display units.
 * These helpers keep a scenario valid: clamped to each input's limits and with
 * the alternatives mix summing to 100%.
 */
import { INPUT_SPECS, MIX_INPUT_IDS, type InputId, type InputSpec, type MixInputId } from './input-specs';

export type Scenario = Readonly<Record<InputId, number>>;

/** Clamps `value` into the spec's [min, max]; a non-finite value falls back to `fallback`. */
export function clampToSpec(spec: InputSpec, value: number, fallback: number): number {
  if (!Number.isFinite(value)) return Math.min(spec.max, Math.max(spec.min, fallback));
  return Math.min(spec.max, Math.max(spec.min, value));
}

/** Total of the alternatives mix, percent. */
export function mixTotal(scenario: Scenario): number {
  return MIX_INPUT_IDS.reduce((sum, id) => sum + scenario[id], 0);
}

/**
 * Sets one alternative's share of the non-Nvidia spend (percent) and rescales the
 * others in proportion so the mix still sums to 100%. When the others are all zero,
 * the remainder is split equally among them.
 */
export function rebalanceMix(scenario: Scenario, changed: MixInputId, percent: number): Scenario {
  const target = Math.min(100, Math.max(0, Number.isFinite(percent) ? percent : 0));
  const others = MIX_INPUT_IDS.filter((id) => id !== changed);
  const othersTotal = others.reduce((sum, id) => sum + scenario[id], 0);
  const remainder = 100 - target;
  const next: Record<InputId, number> = { ...scenario, [changed]: target };
  for (const id of others) {
    next[id] = othersTotal > 0 ? (scenario[id] / othersTotal) * remainder : remainder / others.length;
  }
  return next;
}

/** Rescales the alternatives mix to sum to 100% (an all-zero mix becomes an equal split). */
export function normalizeMix(scenario: Scenario): Scenario {
  const total = mixTotal(scenario);
  const next: Record<InputId, number> = { ...scenario };
  for (const id of MIX_INPUT_IDS) {
    next[id] = total > 0 ? (scenario[id] / total) * 100 : 100 / MIX_INPUT_IDS.length;
  }
  return next;
}

/** Clamps every input to its spec and normalizes the mix; missing inputs take `defaults`. */
export function sanitizeScenario(candidate: Partial<Record<InputId, number>>, defaults: Scenario): Scenario {
  const next = {} as Record<InputId, number>;
  for (const spec of INPUT_SPECS) {
    const raw = candidate[spec.id];
    next[spec.id] = clampToSpec(spec, raw ?? defaults[spec.id], defaults[spec.id]);
  }
  return normalizeMix(next);
}
