/**
 * The store's state, slice by slice. Kept in one file so slices can reach each
 * other's fields (Zustand's slices pattern) without import cycles.
 */
import type { InputId } from '../model/input-specs';
import type { Scenario } from '../model/scenario';
import type { ShareLang } from '../url/view';

export interface ScenarioSlice {
  /** The current scenario (inputs only, canonical precision). */
  readonly scenario: Scenario;
  /** What "reset" returns to: the sourced defaults or the loaded preset. */
  readonly baseline: Scenario;
  /** The sourced defaults (reset target when a non-preset scenario is loaded). */
  readonly defaults: Scenario;
  /** Sets one input, clamped to its limits (mix inputs rebalance the others). */
  setInput: (id: InputId, value: number) => void;
  /** Returns one input to its baseline value. */
  resetInput: (id: InputId) => void;
  /** Returns every input to the baseline. */
  resetAll: () => void;
  /** Replaces the whole scenario (presets, share links), sanitized against the baseline. */
  replaceScenario: (next: Partial<Record<InputId, number>>) => void;
}

/**
 * How the last change came about, for URL sync: a slider `edit` (the address bar
 * follows quietly), a discrete `step` (a new browser history entry), a `restore`
 * from Back/Forward (nothing to write), a `view` change, the `init`ial state, or a
 * presentation `frame` (a tween step: no history, nothing written).
 */
export type ChangeKind = 'init' | 'edit' | 'step' | 'restore' | 'view' | 'frame';

export interface HistorySlice {
  /** Earlier scenarios, oldest first (undo pops the last). */
  readonly past: readonly Scenario[];
  /** Undone scenarios, next first (redo pops the first). */
  readonly future: readonly Scenario[];
  /** The last slider edit, so quick successive edits of one input are one undo step. */
  readonly lastEdit: { readonly key: string; readonly at: number } | null;
  readonly change: { readonly kind: ChangeKind; readonly seq: number };
  undo: () => void;
  redo: () => void;
  /** Shows a scenario restored from the browser history (Back/Forward); undoable. */
  restoreScenario: (scenario: Scenario, view?: Partial<ViewState>, comparison?: Scenario | null) => void;
  /**
   * Shows a scenario without recording it: the frames of a presentation's animated
   * step change, and the step itself (a deck, not undo, is a presentation's history).
   */
  showFrame: (scenario: Scenario, view?: Partial<ViewState>, comparison?: Scenario | null) => void;
}

export interface ComparisonSlice {
  /** The pinned comparison scenario ("baseline" in the UI), shown as ghosts and deltas. */
  readonly comparison: Scenario | null;
  /** Pins the current scenario as the comparison. */
  pinComparison: () => void;
  setComparison: (scenario: Scenario | null) => void;
}

export interface ViewState {
  /** Slug of the preset the scenario was loaded from, if any. */
  readonly preset: string | null;
  /** The open panel or dialog. */
  readonly panel: string | null;
  readonly lang: ShareLang | null;
}

export interface ViewSlice {
  readonly view: ViewState;
  setPanel: (panel: string | null) => void;
  setLang: (lang: ShareLang | null) => void;
  /**
   * Opens a whole scenario as one undoable step: a preset (`preset` set; reset then
   * returns to it) or a saved or imported scenario (reset returns to the defaults).
   */
  loadScenario: (scenario: Partial<Record<InputId, number>>, preset: string | null) => void;
}

export type ScenarioState = ScenarioSlice & HistorySlice & ComparisonSlice & ViewSlice;
