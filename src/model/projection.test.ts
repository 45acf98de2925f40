import { deriveOutputs } from './derive';
import { deriveProjection } from './projection';
import { scenarioWith } from './test-helpers';

// Every class available from the start, so the start year equals the snapshot.
const allAvailable = {
  'volumeYear.nvidia': 2025,
  'volumeYear.amd': 2025,
  'volumeYear.custom': 2025,
  'volumeYear.hyperscaler': 2025,
  'volumeYear.specialist': 2025,
  startYear: 2026,
  horizon: 5,
};

describe(deriveProjection, () => {
  it('has one row per year from the start year over the horizon', () => {
    const p = deriveProjection(scenarioWith(allAvailable));
    expect(p.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
  });

  it('starts at the snapshot when every class is available', () => {
    const s = scenarioWith(allAvailable);
    const first = deriveProjection(s).years[0]!;
    const snapshot = deriveOutputs(s);
    expect(first.costPerMillionTokens).toBeCloseTo(snapshot.costPerMillionTokens, 12);
    expect(first.inferenceBillUsd).toBeCloseTo(snapshot.inferenceBillUsdPerYear, 3);
    expect(first.totalPowerGw).toBeCloseTo(snapshot.fleetPowerGw, 12);
  });

  it('grows the load and the budget', () => {
    // load 50 T/day × (1 + 100%)² = 200; budget $58B × 1.3² = $98.02B
    const y2 = deriveProjection(scenarioWith({ ...allAvailable, demandGrowth: 100, spendGrowth: 30 }))
      .years[2]!;
    expect(y2.loadTrillionPerDay).toBeCloseTo(200, 9);
    expect(y2.budgetUsd).toBeCloseTo(98.02e9, -5);
  });

  it('cuts each class’s cost per token by its price-performance gain', () => {
    // Nvidia at 40%/yr: year 3 costs 1 / 1.4³ = 0.3644 of year 0
    const years = deriveProjection(scenarioWith({ ...allAvailable, 'pricePerf.nvidia': 40 })).years;
    expect(
      years[3]!.vendorCostPerMillionTokens.nvidia / years[0]!.vendorCostPerMillionTokens.nvidia,
    ).toBeCloseTo(1 / 1.4 ** 3, 9);
  });

  it('keeps custom silicon out until its volume year and redistributes its share', () => {
    const p = deriveProjection(scenarioWith({ ...allAvailable, 'volumeYear.custom': 2028 }));
    const [y2026, , y2028] = p.years;
    expect(y2026!.shares.custom).toBe(0);
    expect(y2026!.unavailable).toEqual(['custom']);
    expect(y2028!.shares.custom).toBeGreaterThan(0);
    // planned Nvidia 70%, custom 16%: 0.70 / (1 − 0.16) = 0.8333 in 2026
    expect(y2026!.shares.nvidia).toBeCloseTo(0.7 / (1 - 0.3 * 0.533), 3);
  });

  it('clamps the selected year into the projection window', () => {
    expect(deriveProjection(scenarioWith({ ...allAvailable, year: 2040 })).selected.year).toBe(2031);
    expect(deriveProjection(scenarioWith({ ...allAvailable, year: 2024 })).selected.year).toBe(2026);
  });

  it('never releases more investment than the cap', () => {
    const p = deriveProjection(scenarioWith({ ...allAvailable, nvidiaInvestment: 30, investmentPerGw: 20 }));
    expect(p.years.at(-1)!.cumulativeInvestmentUsd).toBeLessThanOrEqual(30e9 + 1e-3);
  });

  it('derives Nvidia’s exposure from the buyer’s Nvidia purchases', () => {
    const y = deriveProjection(scenarioWith(allAvailable)).years[1]!;
    expect(y.nvidiaRevenueShare).toBeCloseTo(y.vendorRevenueUsd.nvidia / y.nvidiaDcRevenueUsd, 12);
    // Nvidia revenue from the buyer = purchases × 70% vendor content
    expect(y.vendorRevenueUsd.nvidia).toBeCloseTo(y.purchasesUsd.nvidia * 0.7, 3);
    expect(y.marginPaidUsd.nvidia).toBeCloseTo(y.vendorRevenueUsd.nvidia * 0.711, 3);
  });
});
