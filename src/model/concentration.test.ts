import { hhi, hhiBand, largestShare } from './concentration';

describe(hhi, () => {
  it.each([
    // one supplier: 100² = 10,000
    [[1], 10_000],
    // 70/30: 4,900 + 900 = 5,800
    [[0.7, 0.3], 5_800],
    // five equal: 5 × 20² = 2,000
    [[0.2, 0.2, 0.2, 0.2, 0.2], 2_000],
  ])('HHI of %j is %i', (shares, expected) => {
    expect(hhi(shares)).toBeCloseTo(expected, 9);
  });
});

describe(hhiBand, () => {
  it.each([
    [999, 'unconcentrated'],
    [1000, 'moderatelyConcentrated'],
    [1800, 'moderatelyConcentrated'],
    [1801, 'highlyConcentrated'],
  ] as const)('%i is %s', (value, band) => {
    expect(hhiBand(value)).toBe(band);
  });
});

describe(largestShare, () => {
  it('returns the largest share', () => {
    expect(largestShare([0.1, 0.6, 0.3])).toBe(0.6);
  });
});
