import { materialChanges, type MaterialState } from './material-changes';

const state = (over: Partial<MaterialState>): MaterialState => ({
  band: 'moderatelyConcentrated',
  hhi: 2000,
  overBudget: false,
  ...over,
});
const fmt = (hhi: number) => String(hhi);

describe(materialChanges, () => {
  it.each([
    ['a step within a band', state({}), state({ hhi: 2100 }), []],
    [
      'a band change',
      state({}),
      state({ band: 'highlyConcentrated', hhi: 2450 }),
      ['announce.band.highlyConcentrated'],
    ],
    ['the gap opening', state({}), state({ overBudget: true }), ['announce.gapOpened']],
    ['the gap closing', state({ overBudget: true }), state({}), ['announce.gapClosed']],
  ] as const)('%s', (_name, before, after, keys) => {
    expect(materialChanges(before, after, fmt).map((a) => a.key)).toEqual(keys);
  });

  it('names the new HHI with the band', () => {
    const [a] = materialChanges(state({}), state({ band: 'highlyConcentrated', hhi: 2450 }), fmt);
    expect(a?.values).toEqual({ hhi: '2450' });
  });
});
