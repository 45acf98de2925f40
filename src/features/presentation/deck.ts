/** Pure deck operations: steps are immutable; every operation returns a new list. */
import type { Deck, DeckStep } from '../../data/decks';
import { DECK_FORMAT, MAX_STEPS } from '../../data/decks';

/** Panels a step shows when it names none. */
export const DEFAULT_STEP_PANELS = ['concentration', 'cost'] as const;

/** Appends a step (the list is capped at MAX_STEPS: a full deck is returned unchanged). */
export function addStep(steps: readonly DeckStep[], step: DeckStep): DeckStep[] {
  return steps.length >= MAX_STEPS ? [...steps] : [...steps, step];
}

/** Moves the step at `index` by `delta` places (clamped to the ends). */
export function moveStep(steps: readonly DeckStep[], index: number, delta: number): DeckStep[] {
  const target = Math.max(0, Math.min(steps.length - 1, index + delta));
  const step = steps[index];
  if (!step || target === index) return [...steps];
  const rest = steps.filter((_, i) => i !== index);
  return [...rest.slice(0, target), step, ...rest.slice(target)];
}

/** Replaces fields of the step at `index`. */
export function updateStep(steps: readonly DeckStep[], index: number, patch: Partial<DeckStep>): DeckStep[] {
  return steps.map((step, i) => (i === index ? { ...step, ...patch } : step));
}

/** Removes the step at `index`. */
export function removeStep(steps: readonly DeckStep[], index: number): DeckStep[] {
  return steps.filter((_, i) => i !== index);
}

/** A step index kept inside the deck (0 for an empty or a nonsense index). */
export function clampStep(count: number, index: number): number {
  if (!Number.isFinite(index) || count <= 0) return 0;
  return Math.max(0, Math.min(count - 1, Math.trunc(index)));
}

/** The panels a step shows: the ones it names that exist, else the default pair. */
export function stepPanels(step: DeckStep | undefined, known: readonly string[]): string[] {
  const named = (step?.panels ?? []).filter((id) => known.includes(id));
  return named.length > 0 ? named.slice(0, 2) : DEFAULT_STEP_PANELS.filter((id) => known.includes(id));
}

/** The deck file for a list of steps. */
export function toDeck(steps: readonly DeckStep[], title?: string): Deck {
  return { format: DECK_FORMAT, version: 1, ...(title ? { title } : {}), steps: [...steps] };
}
