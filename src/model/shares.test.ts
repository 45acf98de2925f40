import { spendShares } from './shares';

describe(spendShares, () => {
  it('gives Nvidia its share and splits the rest by the mix', () => {
    // 70% Nvidia; the 30% rest split 32 / 53.3 / 10.7 / 4 (sum 100)
    const s = spendShares(0.7, { amd: 32, custom: 53.3, hyperscaler: 10.7, specialist: 4 });
    expect(s.nvidia).toBe(0.7);
    expect(s.amd).toBeCloseTo(0.096, 12);
    expect(s.custom).toBeCloseTo(0.1599, 12);
    expect(s.nvidia + s.amd + s.custom + s.hyperscaler + s.specialist).toBeCloseTo(1, 12);
  });
  it('splits the rest equally when the mix is all zero', () => {
    const s = spendShares(0.6, { amd: 0, custom: 0, hyperscaler: 0, specialist: 0 });
    expect(s.amd).toBeCloseTo(0.1, 12);
  });
});
