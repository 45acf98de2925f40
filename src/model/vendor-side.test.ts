import {
  customerShareOfRevenue,
  financedShare,
  grossMarginPaid,
  investmentReleased,
  nvidiaDcRevenueInYear,
  yearlyPurchases,
} from './vendor-side';

describe(nvidiaDcRevenueInYear, () => {
  it('grows FY2026 (calendar 2025) revenue forward', () => {
    // 193.7 × 1.3² = 193.7 × 1.69 = 327.353
    expect(nvidiaDcRevenueInYear(193.7e9, 0.3, 2027)).toBeCloseTo(327.353e9, -3);
    expect(nvidiaDcRevenueInYear(193.7e9, 0.3, 2025)).toBe(193.7e9);
  });
});

describe(yearlyPurchases, () => {
  it('is replacement plus expansion', () => {
    // 100 / 5 + (100 − 80) = 40; a shrinking fleet only replaces: 100 / 5 = 20
    expect(yearlyPurchases(100, 80, 5)).toBe(40);
    expect(yearlyPurchases(100, 120, 5)).toBe(20);
  });
});

describe(customerShareOfRevenue, () => {
  it('divides buyer spend by vendor revenue', () => {
    expect(customerShareOfRevenue(20, 200)).toBe(0.1);
    expect(customerShareOfRevenue(20, 0)).toBe(0);
  });
});

describe(investmentReleased, () => {
  it('releases per GW deployed up to the cap', () => {
    // min(10 × 3, 100 − 80) = 20
    expect(investmentReleased(10e9, 3, 100e9, 80e9)).toBe(20e9);
    expect(investmentReleased(10e9, -1, 100e9, 0)).toBe(0);
  });
});

describe(financedShare, () => {
  it('is investment over the buyer’s spend with the vendor', () => {
    expect(financedShare(10, 40)).toBe(0.25);
  });
});

describe(grossMarginPaid, () => {
  it('is revenue × margin', () => {
    expect(grossMarginPaid(100, 0.711)).toBeCloseTo(71.1, 12);
  });
});
