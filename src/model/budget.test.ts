import { capacityGap, fleetForBudget, inferenceBill, spendToCloseGap } from './budget';
import type { AcceleratorEconomics, SiteEconomics } from './cost';
import { tokensPerYear, usdPerYear } from './units';
import { perVendor } from './vendors';

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

describe(fleetForBudget, () => {
  it('buys share × (budget − design) ÷ annualized cost of each class', () => {
    const shares = { nvidia: 1, amd: 0, custom: 0, hyperscaler: 0, specialist: 0 };
    // (12,340.96 × 1,000 + 100,000 design − 100,000) / 12,340.96 = 1,000 accelerators
    const fleet = fleetForBudget(
      usdPerYear(12_340_960 + 100_000),
      usdPerYear(100_000),
      shares,
      perVendor(() => chip),
      site,
    );
    expect(fleet.accelerators.nvidia).toBeCloseTo(1000, 9);
    // 1,000 × 1 kW × 1.2 = 1,200 kW = 0.0012 GW
    expect(fleet.powerGw.nvidia).toBeCloseTo(0.0012, 12);
    // 1,000 × 78.84e9 tokens
    expect(fleet.capacity.nvidia).toBeCloseTo(78.84e12, -6);
    expect(fleet.capexUsd).toBeCloseTo(50e6, 3);
  });
  it('buys nothing when the design cost eats the budget', () => {
    const fleet = fleetForBudget(
      usdPerYear(1),
      usdPerYear(2),
      perVendor(() => 0.2),
      perVendor(() => chip),
      site,
    );
    expect(fleet.hardwareBudget).toBe(0);
    expect(fleet.capexUsd).toBe(0);
  });
});

describe(inferenceBill, () => {
  it('is design + load × cost per token', () => {
    // 300e6 + (1e15 / 1e6) × 0.2 = 300e6 + 200e6
    expect(inferenceBill(tokensPerYear(1e15), 0.2, usdPerYear(300e6))).toBe(500e6);
  });
});

describe(capacityGap, () => {
  it('is the unserved load, never negative', () => {
    expect(capacityGap(tokensPerYear(10), tokensPerYear(4))).toBe(6);
    expect(capacityGap(tokensPerYear(4), tokensPerYear(10))).toBe(0);
  });
});

describe(spendToCloseGap, () => {
  it('prices the gap at the hardware cost', () => {
    // 2e15 tokens = 2e9 million × $0.25 = $500M
    expect(spendToCloseGap(tokensPerYear(2e15), 0.25)).toBe(500e6);
  });
});
