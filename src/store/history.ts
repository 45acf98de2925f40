/** Pure undo/redo bookkeeping: past and future stacks of scenarios (inputs only). */
import { sameScenario } from '../model/precision';
import type { Scenario } from '../model/scenario';
import type { ChangeKind, HistorySlice } from './types';

/** Undo steps kept. */
export const HISTORY_LIMIT = 100;
/** Edits of one input closer together than this are one undo step (a slider drag). */
export const COALESCE_MS = 1000;

type HistoryFields = Pick<HistorySlice, 'past' | 'future' | 'lastEdit' | 'change'>;

/**
 * The state after changing `current` to `next`. `editKey` names the input of a slider
 * edit (null for discrete steps); successive edits of one input within COALESCE_MS
 * extend the same undo step. Redo is cleared by any new change.
 */
export function recordChange(
  state: HistoryFields & { readonly scenario: Scenario },
  next: Scenario,
  kind: ChangeKind,
  editKey: string | null,
  at: number,
): HistoryFields & { scenario: Scenario } {
  const last = state.lastEdit;
  const coalesce = editKey !== null && last?.key === editKey && at - last.at <= COALESCE_MS;
  const past = coalesce ? state.past : [...state.past, state.scenario].slice(-HISTORY_LIMIT);
  return {
    scenario: next,
    past,
    future: [],
    lastEdit: editKey === null ? null : { key: editKey, at },
    change: { kind, seq: state.change.seq + 1 },
  };
}

/** The state after undo, or null when there is nothing to undo. */
export function undoChange(state: HistoryFields & { readonly scenario: Scenario }) {
  const previous = state.past.at(-1);
  if (!previous) return null;
  return {
    scenario: previous,
    past: state.past.slice(0, -1),
    future: [state.scenario, ...state.future],
    lastEdit: null,
    change: { kind: 'step' as const, seq: state.change.seq + 1 },
  };
}

/** The state after redo, or null when there is nothing to redo. */
export function redoChange(state: HistoryFields & { readonly scenario: Scenario }) {
  const next = state.future[0];
  if (!next) return null;
  return {
    scenario: next,
    past: [...state.past, state.scenario].slice(-HISTORY_LIMIT),
    future: state.future.slice(1),
    lastEdit: null,
    change: { kind: 'step' as const, seq: state.change.seq + 1 },
  };
}

/** True when a change would actually alter the scenario. */
export function changes(current: Scenario, next: Scenario): boolean {
  return !sameScenario(current, next);
}
