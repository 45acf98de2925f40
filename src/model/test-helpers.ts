/**
 * Test helpers for the model: the default scenario built from the committed reference
 * data (public/data/assumptions.json), without the app's fetching and validation layers.
 */
import file from '../../public/data/assumptions.json';
import { INPUT_IDS, specFor, type InputId } from './input-specs';
import { sanitizeScenario, type Scenario } from './scenario';
import type { InputRange } from './sensitivity';
import { recordOf } from './units';

const table: Readonly<
  Record<string, { readonly value: number; readonly low: number; readonly high: number }>
> = file.assumptions;

/** The sourced default scenario (every input at its value in assumptions.json). */
export function defaultScenario(): Scenario {
  return sanitizeScenario(
    {},
    recordOf(INPUT_IDS, (id) => table[id]?.value ?? specFor(id).min),
  );
}

/** A scenario from the defaults with some inputs changed (sanitized: clamped, mix normalized). */
export function scenarioWith(changes: Partial<Record<InputId, number>>): Scenario {
  return sanitizeScenario(changes, defaultScenario());
}

/** The sourced sensitivity range (low, high) of every input. */
export function defaultRanges(): Partial<Record<InputId, InputRange>> {
  const ranges: Partial<Record<InputId, InputRange>> = {};
  for (const id of INPUT_IDS) {
    const entry = table[id];
    if (entry) ranges[id] = { low: entry.low, high: entry.high };
  }
  return ranges;
}
