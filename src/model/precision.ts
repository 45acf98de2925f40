/**
 * Canonical precision for scenario values. The store only ever holds values at this
 * precision and the share link writes exactly these values, so opening a link
 * restores the sender's scenario bit for bit (and every KPI to the last digit).
 *
 * - Linear inputs: a tenth of the input's step (step 1 → 0.1; step 0.005 → 0.0005).
 *   Slider values sit on the step grid; the extra digit keeps one-decimal sourced
 *   defaults (a 53.3% mix share) and rebalanced mix shares exact.
 * - Log inputs: 5 significant figures. Sliders produce 3; five keep sourced defaults
 *   such as the MLPerf throughput of 13,415 tokens/s exact (4 would write 13,420).
 */
import { INPUT_SPECS, MIX_INPUT_IDS, specFor, type InputId, type InputSpec } from './input-specs';
import type { Scenario } from './scenario';

/** Significant figures kept for log-scale inputs. */
export const LOG_SIGNIFICANT_FIGURES = 5;

/** Decimal places of a number as written (0.005 → 3, 1 → 0, 1e-7 → 7). */
export function decimalPlaces(x: number): number {
  const text = String(x);
  const exp = /e-(\d+)$/.exec(text);
  if (exp?.[1]) return Number(exp[1]) + (text.split('e')[0]?.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** Decimal places a linear input is held at: one more than its step has. */
export function linearDecimals(spec: Pick<InputSpec, 'step'>): number {
  return Math.min(12, decimalPlaces(spec.step) + 1);
}

/** Rounds a value to the input's canonical precision (−0 becomes 0; non-finite passes through). */
export function quantizeInput(spec: Pick<InputSpec, 'step' | 'scale'>, value: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const rounded =
    spec.scale === 'log'
      ? Number(value.toPrecision(LOG_SIGNIFICANT_FIGURES))
      : Number(value.toFixed(linearDecimals(spec)));
  return rounded === 0 ? 0 : rounded;
}

/** The mix's quantum, percent (the finest precision among the mix inputs). */
function mixQuantum(): number {
  return Math.min(...MIX_INPUT_IDS.map((id) => 10 ** -linearDecimals(specFor(id))));
}

/**
 * Quantizes the alternatives mix so it sums to exactly 100% in whole quanta
 * (largest-remainder rounding); an all-zero mix becomes an equal split.
 */
function canonicalMix(values: Record<InputId, number>): void {
  const q = mixQuantum();
  const decimals = Math.round(-Math.log10(q));
  const target = Math.round(100 / q);
  const units = MIX_INPUT_IDS.map((id) => Math.max(0, values[id]) / q);
  const rounded = units.map((u) => Math.round(u));
  const exact =
    units.every((u, i) => Math.abs(u - (rounded[i] ?? 0)) < 1e-6) &&
    rounded.reduce((a, b) => a + b, 0) === target;
  let quanta = rounded;
  if (!exact) {
    const total = units.reduce((a, b) => a + b, 0);
    const scaled = units.map((u) => (total > 0 ? (u * target) / total : target / units.length));
    quanta = scaled.map((s) => Math.floor(s + 1e-9));
    let left = target - quanta.reduce((a, b) => a + b, 0);
    const order = scaled
      .map((s, i) => ({ i, frac: s - (quanta[i] ?? 0) }))
      .sort((a, b) => b.frac - a.frac || a.i - b.i);
    for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
      const i = order[k]?.i ?? 0;
      quanta[i] = (quanta[i] ?? 0) + 1;
    }
  }
  MIX_INPUT_IDS.forEach((id, i) => {
    values[id] = Number(((quanta[i] ?? 0) * q).toFixed(decimals));
  });
}

/**
 * The canonical form of a scenario: every input clamped to its limits and rounded
 * to its canonical precision, the mix summing to exactly 100%. Idempotent.
 * A non-finite value falls back to the input's minimum (callers sanitize first).
 */
export function canonicalizeScenario(scenario: Scenario): Scenario {
  const next = {} as Record<InputId, number>;
  for (const spec of INPUT_SPECS) {
    const raw = scenario[spec.id];
    const value = Number.isFinite(raw) ? raw : spec.min;
    next[spec.id] = Math.min(spec.max, Math.max(spec.min, quantizeInput(spec, value)));
  }
  canonicalMix(next);
  return next;
}

/** True when two scenarios hold the same value for every input. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return INPUT_SPECS.every((spec) => a[spec.id] === b[spec.id]);
}
