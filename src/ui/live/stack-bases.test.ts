import { stackBaseKey, withStackBases } from './stack-bases';

describe(withStackBases, () => {
  it.each([
    { row: { x: 1, a: 2, b: 3, c: 4 }, bases: [0, 2, 5] },
    { row: { x: 2, a: 0, b: 0, c: 7 }, bases: [0, 0, 0] },
    { row: { x: 3, a: Number.NaN, b: 1 }, bases: [0, 0, 1] },
  ])('stacks each series on the ones before it ($row.x)', ({ row, bases }) => {
    const [stacked] = withStackBases([row], ['a', 'b', 'c']);
    expect(['a', 'b', 'c'].map((key) => stacked?.[stackBaseKey(key)])).toEqual(bases);
  });

  it('keeps the rows own fields and leaves the input untouched', () => {
    const rows = [{ year: 2028, a: 1, b: 2 }];
    const [stacked] = withStackBases(rows, ['a', 'b']);
    expect(stacked).toEqual({ year: 2028, a: 1, b: 2, stackBase_a: 0, stackBase_b: 1 });
    expect(rows[0]).toEqual({ year: 2028, a: 1, b: 2 });
  });
});
