import {
  breakEvenLoad,
  cheaperAtEveryLoad,
  hhiSweep,
  logLoadGrid,
  strategyCostAtLoad,
  type Strategy,
} from './curves';
import { trillionTokensPerDay, usdPerMillionTokens, usdPerYear } from './units';

const shares = { nvidia: 1, amd: 0, custom: 0, hyperscaler: 0, specialist: 0 };
const buy: Strategy = { shares, hardware: usdPerMillionTokens(0.3), designCost: usdPerYear(0) };
const build: Strategy = { shares, hardware: usdPerMillionTokens(0.2), designCost: usdPerYear(300e6) };

describe(breakEvenLoad, () => {
  it('is extra design cost ÷ hardware saving', () => {
    // 300e6 / (0.3 − 0.2) per million = 3e9 million tokens/yr = 3e15 / 365 / 1e12 = 8.2192 T/day
    expect(breakEvenLoad(build, buy)).toBeCloseTo(8.2192, 4);
  });
  it('is null when building never wins', () => {
    expect(breakEvenLoad({ ...build, hardware: usdPerMillionTokens(0.35) }, buy)).toBeNull();
    expect(breakEvenLoad(buy, buy)).toBeNull();
  });
  it('is where the two cost curves cross', () => {
    const load = trillionTokensPerDay(breakEvenLoad(build, buy) ?? 0);
    expect(strategyCostAtLoad(build, load)).toBeCloseTo(strategyCostAtLoad(buy, load), 12);
  });
});

describe(cheaperAtEveryLoad, () => {
  it.each([
    ['cheaper hardware, no design cost', { ...build, designCost: usdPerYear(0) }, true],
    ['cheaper hardware with a design cost to repay (a break-even exists)', build, false],
    ['dearer hardware, no design cost', { ...buy, hardware: usdPerMillionTokens(0.35) }, false],
    ['the same strategy', buy, false],
    [
      'hardware cheaper only by float rounding',
      { ...buy, hardware: usdPerMillionTokens(0.3 * (1 - 1e-15)) },
      false,
    ],
  ] as const)('%s → %s', (_, candidate, expected) => {
    expect(cheaperAtEveryLoad(candidate, buy)).toBe(expected);
    // Where it holds there is no break-even, and building costs less at the lightest and heaviest loads.
    if (expected) {
      expect(breakEvenLoad(candidate, buy)).toBeNull();
      for (const load of [0.1, 10000].map(trillionTokensPerDay))
        expect(strategyCostAtLoad(candidate, load)).toBeLessThan(strategyCostAtLoad(buy, load));
    }
  });
});

describe(hhiSweep, () => {
  it('runs from the alternatives-only HHI to 10,000', () => {
    // mix 50/50 AMD/custom. 0% Nvidia: 50² + 50² = 5,000; 50%: 50² + 25² + 25² = 3,750; 100%: 10,000
    const points = hhiSweep({ amd: 50, custom: 50, hyperscaler: 0, specialist: 0 }, 50);
    expect(points.map((p) => p.hhi)).toEqual([5000, 3750, 10000]);
  });
});

describe(logLoadGrid, () => {
  it('spaces points evenly in log space', () => {
    expect(logLoadGrid(0.1, 1000, 5).map((v) => Number(v.toPrecision(6)))).toEqual([0.1, 1, 10, 100, 1000]);
  });
});
