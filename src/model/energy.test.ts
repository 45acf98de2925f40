import type { AcceleratorEconomics, SiteEconomics } from './cost';
import { capexPerGw, energyCostPerYear, gwToServe, tokensPerKwh, twhPerYear } from './energy';
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

describe(twhPerYear, () => {
  it('is GW × 8,760 h', () => {
    expect(twhPerYear(1)).toBe(8.76);
  });
});

describe(energyCostPerYear, () => {
  it('is GW × 10⁶ kW × 8,760 h × price', () => {
    // 1e6 × 8,760 × 0.08 = $700.8M
    expect(energyCostPerYear(1, 0.08)).toBeCloseTo(700.8e6, 3);
  });
});

describe(tokensPerKwh, () => {
  it('divides yearly tokens by yearly facility kWh', () => {
    // 78.84e9 tokens / (1 kW × 1.2 × 8,760 h = 10,512 kWh) = 7.5M tokens per kWh
    expect(tokensPerKwh(chip, site)).toBeCloseTo(7.5e6, 3);
  });
});

describe(gwToServe, () => {
  it('sizes the fleet to the load', () => {
    // 78.84e12 tokens / 78.84e9 per accelerator = 1,000 accelerators × 1.2 kW = 0.0012 GW
    const shares = { nvidia: 1, amd: 0, custom: 0, hyperscaler: 0, specialist: 0 };
    const costs = perVendor(() => 0.15);
    expect(
      gwToServe(
        78.84e12,
        shares,
        costs,
        perVendor(() => chip),
        site,
      ),
    ).toBeCloseTo(0.0012, 12);
  });
});

describe(capexPerGw, () => {
  it('is capex per facility kW × 10⁶', () => {
    // 50,000 / (1 kW × 1.2) × 1e6 = $41.67B per GW
    expect(capexPerGw(chip, site)).toBeCloseTo(41.667e9, -6);
  });
});
