import {
  acceleratorCostPerMillionTokens,
  annualDesignCost,
  annualEnergyCost,
  annualizedCostPerAccelerator,
  capitalRecoveryFactor,
  costPerMillionTokens,
  costPerMillionTokensAtVolume,
  mixCostPerMillionTokens,
  tokensPerYearPerAccelerator,
  type AcceleratorEconomics,
  type SiteEconomics,
} from './cost';
import { tokensPerYear, usdPerMillionTokens, usdPerYear } from './units';

const site: SiteEconomics = {
  electricityUsdPerKwh: 0.08,
  pue: 1.2,
  operationsShareOfCapex: 0.03,
  utilization: 0.5,
  workloadIntensity: 2,
  costOfCapital: 0,
};
const chip: AcceleratorEconomics = {
  capexUsd: 50_000,
  powerKw: 1,
  throughputTokensPerSecond: 10_000,
  lifeYears: 5,
};

describe(capitalRecoveryFactor, () => {
  it.each([
    // r = 0: straight line, 1 / 5
    [0, 5, 0.2],
    // 0.1 / (1 − 1.1⁻²) = 0.1 / (1 − 0.8264463) = 0.5761905
    [0.1, 2, 0.5761905],
    // 0.08 / (1 − 1.08⁻⁵) = 0.08 / (1 − 0.6805832) = 0.2504565
    [0.08, 5, 0.2504565],
  ])('rate %f over %f years → %f', (rate, life, expected) => {
    expect(capitalRecoveryFactor(rate, life)).toBeCloseTo(expected, 6);
  });
});

describe(annualEnergyCost, () => {
  it('is kW × PUE × 8,760 h × price', () => {
    // 1 kW × 1.2 × 8,760 h × $0.08 = $840.96
    expect(annualEnergyCost(1, site)).toBeCloseTo(840.96, 6);
  });
});

describe(annualizedCostPerAccelerator, () => {
  it('adds capital recovery, energy and operations', () => {
    // 50,000 / 5 + 840.96 + 0.03 × 50,000 = 10,000 + 840.96 + 1,500 = 12,340.96
    expect(annualizedCostPerAccelerator(chip, site)).toBeCloseTo(12_340.96, 6);
  });
  it('charges the cost of capital through the recovery factor', () => {
    // 50,000 × 0.2504565 + 840.96 + 1,500 = 12,522.82 + 2,340.96 = 14,863.79
    expect(annualizedCostPerAccelerator(chip, { ...site, costOfCapital: 0.08 })).toBeCloseTo(14_863.79, 1);
  });
});

describe(tokensPerYearPerAccelerator, () => {
  it('is throughput × utilization ÷ intensity × seconds per year', () => {
    // 10,000 × 0.5 / 2 × 31,536,000 = 78.84e9
    expect(tokensPerYearPerAccelerator(chip, site)).toBeCloseTo(78.84e9, -3);
  });
});

describe(costPerMillionTokens, () => {
  it('divides yearly cost by millions of tokens', () => {
    // 12,340.96 / 78,840 million tokens = $0.1565317
    expect(costPerMillionTokens(usdPerYear(12_340.96), tokensPerYear(78.84e9))).toBeCloseTo(0.1565317, 6);
  });
  it('is infinite with no tokens', () => {
    expect(costPerMillionTokens(usdPerYear(1), tokensPerYear(0))).toBe(Number.POSITIVE_INFINITY);
  });
});

describe(acceleratorCostPerMillionTokens, () => {
  it('chains annualized cost and yearly tokens', () => {
    expect(acceleratorCostPerMillionTokens(chip, site)).toBeCloseTo(0.1565317, 6);
  });
});

describe(mixCostPerMillionTokens, () => {
  it('is the share-weighted harmonic mean', () => {
    // 1 / (0.5 / 1 + 0.5 / 3) = 1 / 0.6667 = 1.5
    const costs = { nvidia: 1, amd: 3, custom: 9, hyperscaler: 9, specialist: 9 };
    const shares = { nvidia: 0.5, amd: 0.5, custom: 0, hyperscaler: 0, specialist: 0 };
    const typed = {
      nvidia: usdPerMillionTokens(costs.nvidia),
      amd: usdPerMillionTokens(costs.amd),
      custom: usdPerMillionTokens(costs.custom),
      hyperscaler: usdPerMillionTokens(costs.hyperscaler),
      specialist: usdPerMillionTokens(costs.specialist),
    };
    expect(mixCostPerMillionTokens(shares, typed)).toBeCloseTo(1.5, 12);
  });
});

describe(annualDesignCost, () => {
  it('spreads NRE over the cadence when any custom share is bought', () => {
    // $600M / 2 years = $300M a year
    expect(annualDesignCost(600e6, 2, 0.1)).toBe(300e6);
    expect(annualDesignCost(600e6, 2, 0)).toBe(0);
  });
});

describe(costPerMillionTokensAtVolume, () => {
  it('adds the design cost per million tokens of volume', () => {
    // 0.2 + 300e6 / (1e15 / 1e6) = 0.2 + 0.3 = 0.5
    expect(
      costPerMillionTokensAtVolume(usdPerMillionTokens(0.2), usdPerYear(300e6), tokensPerYear(1e15)),
    ).toBeCloseTo(0.5, 12);
  });
});
