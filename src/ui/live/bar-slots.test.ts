import { barSlots } from './bar-slots';

describe(barSlots, () => {
  it.each([
    {
      // The upstream panel at 1440 px: three bars in a 132.67 px band, 22% category gap, 4 px apart
      // (Recharts drew them at x = 109.19, 135.19, 161.19 from a band starting at 80).
      name: 'shares the band between the bars',
      band: 398 / 3,
      count: 3,
      options: { barCategoryGap: '22%' },
      slots: [
        { offset: 29.1867, size: 22 },
        { offset: 55.1867, size: 22 },
        { offset: 81.1867, size: 22 },
      ],
    },
    {
      // The tornado: two 16 px bars overlapping (barGap −16) in a 32.5 px row, centred and rounded.
      name: 'centres fixed-size bars, overlapping with a negative gap',
      band: 32.5,
      count: 2,
      options: { barSize: 16, barGap: -16 },
      slots: [
        { offset: 8, size: 16 },
        { offset: 8, size: 16 },
      ],
    },
    {
      name: 'shrinks fixed-size bars that would overflow the band to 90% of an equal share',
      band: 20,
      count: 2,
      options: { barSize: 16 },
      slots: [
        { offset: 1, size: 9 },
        { offset: 10, size: 9 },
      ],
    },
    {
      name: 'caps shared bars at maxBarSize, keeping the group centred',
      band: 100,
      count: 1,
      options: { barCategoryGap: 0, maxBarSize: 40 },
      slots: [{ offset: 30, size: 40 }],
    },
  ])('$name', ({ band, count, options, slots }) => {
    const got = barSlots(band, count, options);
    expect(got).toHaveLength(slots.length);
    got.forEach((slot, i) => {
      expect(slot.offset).toBeCloseTo(slots[i]?.offset ?? NaN, 3);
      expect(slot.size).toBeCloseTo(slots[i]?.size ?? NaN, 3);
    });
  });

  it('gives no slots to no bars', () => {
    expect(barSlots(50, 0)).toEqual([]);
  });
});
