import { describe, expect, it } from 'vitest';
import { loadTestReferenceData } from '../testing/reference-data';
import { COALESCE_MS, HISTORY_LIMIT } from './history';
import { createScenarioStore } from './scenario-store';

const { defaults } = loadTestReferenceData();

/** A store with a hand-driven clock. */
function storeWithClock() {
  let t = 0;
  const store = createScenarioStore({ scenario: defaults, defaults, now: () => t });
  return { store, tick: (ms: number) => (t += ms), state: () => store.getState() };
}

describe('history slice', () => {
  it('undoes and redoes one change at a time', () => {
    const { state, tick } = storeWithClock();
    state().setInput('spend', 100);
    tick(1000);
    state().setInput('load', 200);
    expect(state().past).toHaveLength(2);
    state().undo();
    expect(state().scenario.load).toBe(defaults.load);
    expect(state().scenario.spend).toBe(100);
    state().undo();
    expect(state().scenario).toEqual(defaults);
    state().redo();
    state().redo();
    expect(state().scenario).toMatchObject({ spend: 100, load: 200 });
  });

  it('coalesces a slider drag (quick edits of one input) into one step', () => {
    const { state, tick } = storeWithClock();
    for (const v of [60, 62, 64, 66, 68]) {
      state().setInput('nvidiaShare', v);
      tick(COALESCE_MS - 100);
    }
    state().setInput('spend', 300); // another input: a new step
    expect(state().past).toHaveLength(2);
    state().undo();
    state().undo();
    expect(state().scenario.nvidiaShare).toBe(defaults.nvidiaShare);
  });

  it('starts a new step after a pause, and when a discrete action intervenes', () => {
    const { state, tick } = storeWithClock();
    state().setInput('nvidiaShare', 60);
    tick(COALESCE_MS + 1);
    state().setInput('nvidiaShare', 50);
    state().resetInput('nvidiaShare');
    state().setInput('nvidiaShare', 40);
    expect(state().past).toHaveLength(4);
    state().resetInput('load'); // resetting an unchanged input is no step
    expect(state().past).toHaveLength(4);
  });

  it('clears redo on a new change and caps the history', () => {
    const { state, tick } = storeWithClock();
    state().setInput('spend', 100);
    state().undo();
    expect(state().future).toHaveLength(1);
    state().setInput('spend', 120);
    expect(state().future).toHaveLength(0);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      tick(COALESCE_MS + 1);
      state().setInput('spend', 10 + i);
    }
    expect(state().past).toHaveLength(HISTORY_LIMIT);
  });

  it('ignores undo and redo with nothing to do', () => {
    const { store } = storeWithClock();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().undo();
    store.getState().redo();
    expect(calls).toBe(0);
  });

  it('labels each change for URL sync: edits, steps, restores, view changes', () => {
    const { state } = storeWithClock();
    expect(state().change.kind).toBe('init');
    state().setInput('spend', 100);
    expect(state().change.kind).toBe('edit');
    state().resetAll();
    expect(state().change.kind).toBe('step');
    state().undo();
    expect(state().change.kind).toBe('step');
    state().restoreScenario({ ...defaults, load: 9 }, { panel: 'presets' });
    expect(state().change.kind).toBe('restore');
    expect(state().view.panel).toBe('presets');
    state().undo(); // a restore can be undone like anything else
    expect(state().scenario.load).not.toBe(9);
    state().setPanel(null);
    expect(state().change.kind).toBe('view');
  });
});

describe('view and comparison slices', () => {
  it('loads a preset as one step; reset then returns to the preset', () => {
    const { state } = storeWithClock();
    state().loadScenario({ nvidiaShare: 100, spend: 95 }, 'loi-as-announced');
    expect(state().view.preset).toBe('loi-as-announced');
    expect(state().scenario).toMatchObject({ nvidiaShare: 100, spend: 95, pue: defaults.pue });
    state().setInput('spend', 20);
    state().resetAll();
    expect(state().scenario.spend).toBe(95);
    state().loadScenario({ spend: 7 }, null);
    state().resetAll();
    expect(state().scenario).toEqual(defaults);
  });

  it('pins the current scenario for comparison and clears it', () => {
    const { state } = storeWithClock();
    state().setInput('nvidiaShare', 100);
    state().pinComparison();
    state().setInput('nvidiaShare', 40);
    expect(state().comparison?.nvidiaShare).toBe(100);
    state().setComparison(null);
    expect(state().comparison).toBeNull();
  });
});

describe('presentation frames', () => {
  it('show a scenario without undo history, and tell URL sync', () => {
    const { state } = storeWithClock();
    state().setInput('spend', 100);
    const past = state().past;
    state().showFrame({ ...defaults, spend: 123.456789 }, { preset: 'x' }, null);
    expect(state().past).toBe(past);
    expect(state().future).toHaveLength(0);
    expect(state().change.kind).toBe('frame');
    expect(state().scenario.spend).toBe(123.46); // canonical precision
    expect(state().view.preset).toBe('x');
    state().undo();
    expect(state().scenario.spend).toBe(defaults.spend);
  });
});
