import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeckStep } from '../../data/decks';
import { addStep, clampStep, moveStep, removeStep, stepPanels, updateStep } from './deck';

const step = (title: string): DeckStep => ({ title, notes: '', query: `preset=${title}` });
const titles = (steps: readonly DeckStep[]) => steps.map((s) => s.title);
const abc = [step('a'), step('b'), step('c')];

describe(moveStep, () => {
  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, -1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
    [0, 5, ['b', 'c', 'a']],
    [7, 1, ['a', 'b', 'c']],
  ])('moves step %i by %i', (index, delta, expected) => {
    expect(titles(moveStep(abc, index, delta))).toEqual(expected);
  });
  it('keeps every step (a permutation)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -4, max: 4 }), (i, d) => {
        expect(titles(moveStep(abc, i, d)).sort()).toEqual(['a', 'b', 'c']);
      }),
    );
  });
});

describe(updateStep, () => {
  it('changes one step and leaves the input alone', () => {
    const next = updateStep(abc, 1, { title: 'B', notes: 'say this' });
    expect(next[1]).toEqual({ title: 'B', notes: 'say this', query: 'preset=b' });
    expect(abc[1]!.title).toBe('b');
  });
});

describe(removeStep, () => {
  it('removes one step', () => expect(titles(removeStep(abc, 0))).toEqual(['b', 'c']));
});

describe(addStep, () => {
  it('appends, up to the limit', () => {
    expect(titles(addStep(abc, step('d')))).toEqual(['a', 'b', 'c', 'd']);
    const full = Array.from({ length: 60 }, (_, i) => step(`s${i}`));
    expect(addStep(full, step('x'))).toHaveLength(60);
  });
});

describe(clampStep, () => {
  it.each([
    [3, -1, 0],
    [3, 9, 2],
    [3, 1.7, 1],
    [3, Number.NaN, 0],
    [0, 4, 0],
  ])('count %i, index %d → %i', (count, index, expected) => {
    expect(clampStep(count, index)).toBe(expected);
  });
});

describe(stepPanels, () => {
  const known = ['concentration', 'cost', 'budget'];
  it.each([
    [undefined, ['concentration', 'cost']],
    [['budget'], ['budget']],
    [
      ['nope', 'budget', 'cost', 'concentration'],
      ['budget', 'cost'],
    ],
    [['nope'], ['concentration', 'cost']],
  ])('panels %j → %j', (panels, expected) => {
    expect(stepPanels({ ...step('a'), ...(panels ? { panels } : {}) }, known)).toEqual(expected);
  });
});
