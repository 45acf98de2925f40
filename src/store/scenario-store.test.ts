import { describe, expect, it } from 'vitest';
import { mixTotal } from '../model/scenario';
import { loadTestReferenceData } from '../testing/reference-data';
import { createScenarioStore } from './scenario-store';

const { defaults } = loadTestReferenceData();
const freshStore = () => createScenarioStore({ scenario: defaults });

describe(createScenarioStore, () => {
  it('gives each store its own state', () => {
    const a = freshStore();
    const b = freshStore();
    a.getState().setInput('spend', 120);
    expect(a.getState().scenario.spend).toBe(120);
    expect(b.getState().scenario.spend).toBe(defaults.spend);
  });

  it('clamps every action to the input spec', () => {
    const store = freshStore();
    store.getState().setInput('nvidiaShare', 250);
    expect(store.getState().scenario.nvidiaShare).toBe(100);
    store.getState().setInput('load', -3);
    expect(store.getState().scenario.load).toBe(0.1);
    store.getState().setInput('spend', Number.NaN);
    expect(store.getState().scenario.spend).toBe(defaults.spend);
  });

  it('keeps the alternatives mix at 100% when one share moves', () => {
    const store = freshStore();
    store.getState().setInput('mix.custom', 80);
    const s = store.getState().scenario;
    expect(s['mix.custom']).toBe(80);
    expect(mixTotal(s)).toBeCloseTo(100, 9);
    // The others keep their proportions (AMD 32 : hyperscaler 10.7 : specialist 4) to the
    // mix's canonical precision of 0.1 point, so a share link restores them exactly.
    expect(s['mix.amd']).toBeCloseTo((20 * 32) / 46.7, 1);
    expect(s['mix.specialist']).toBeCloseTo((20 * 4) / 46.7, 1);
  });

  it('splits the remainder equally when the other shares are all zero', () => {
    const store = freshStore();
    store.getState().setInput('mix.amd', 100);
    store.getState().setInput('mix.amd', 40);
    const s = store.getState().scenario;
    expect(s['mix.custom']).toBeCloseTo(20, 9);
    expect(s['mix.hyperscaler']).toBeCloseTo(20, 9);
    expect(s['mix.specialist']).toBeCloseTo(20, 9);
  });

  it('resets one input or all of them to the baseline', () => {
    const store = freshStore();
    store.getState().setInput('spend', 300);
    store.getState().setInput('pue', 1.5);
    store.getState().resetInput('spend');
    expect(store.getState().scenario.spend).toBe(defaults.spend);
    expect(store.getState().scenario.pue).toBe(1.5);
    store.getState().resetAll();
    expect(store.getState().scenario).toEqual(defaults);
  });

  it('sanitizes a replaced scenario', () => {
    const store = freshStore();
    store.getState().replaceScenario({ spend: 9999, nvidiaShare: 40 });
    expect(store.getState().scenario.spend).toBe(500);
    expect(store.getState().scenario.nvidiaShare).toBe(40);
    expect(store.getState().scenario.pue).toBe(defaults.pue);
  });

  it('does not notify subscribers when a value does not change', () => {
    const store = freshStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().setInput('nvidiaShare', defaults.nvidiaShare);
    expect(calls).toBe(0);
  });
});
