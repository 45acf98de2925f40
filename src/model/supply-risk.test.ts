import { capacityAtRisk, expectedCapacityLost, supplyRisk, worstSingleEvent } from './supply-risk';
import { foundrySplit } from './upstream';
import { perVendor } from './vendors';

const tsmc = perVendor(() => foundrySplit(100, 0));
const nvidiaOnly = { nvidia: 1, amd: 0, custom: 0, hyperscaler: 0, specialist: 0 };
const risk = { vendorProb: 0.1, vendorSize: 0.5, foundryProb: 0.2, foundrySize: 0.5 };

describe(expectedCapacityLost, () => {
  it('is 1 − (1 − p_V s_V)(1 − p_F s_F) for a single-sourced fleet', () => {
    // 1 − (1 − 0.05)(1 − 0.1) = 1 − 0.855 = 0.145
    expect(expectedCapacityLost(nvidiaOnly, tsmc, risk)).toBeCloseTo(0.145, 12);
  });
});

describe(capacityAtRisk, () => {
  // Outcomes: none 0.9 × 0.8 = 0.72 (loss 0); vendor only 0.08 (0.5); foundry only 0.18 (0.5);
  // both 0.02 (1 − 0.5 × 0.5 = 0.75). Cumulative: 0 → 0.72, 0.5 → 0.98, 0.75 → 1.
  it.each([
    [0.7, 0],
    [0.95, 0.5],
    [0.99, 0.75],
  ])('at level %f is %f', (level, expected) => {
    expect(capacityAtRisk(nvidiaOnly, tsmc, risk, level)).toBeCloseTo(expected, 12);
  });
});

describe(worstSingleEvent, () => {
  it('finds the shared foundry when vendors are diversified', () => {
    // two vendors 50/50, both at TSMC: a vendor event loses 0.5 × 0.5 = 0.25, TSMC loses 1 × 0.5 = 0.5
    const half = { nvidia: 0.5, amd: 0.5, custom: 0, hyperscaler: 0, specialist: 0 };
    expect(worstSingleEvent(half, tsmc, risk)).toEqual({
      event: { kind: 'foundry', id: 'tsmc' },
      lossShare: 0.5,
    });
  });
});

describe(supplyRisk, () => {
  it('splits out the foundry (common-mode) part of the expected loss', () => {
    // foundry events alone: 0.2 × 0.5 = 0.1
    const r = supplyRisk(nvidiaOnly, tsmc, risk);
    expect(r.foundryExpectedLossShare).toBeCloseTo(0.1, 12);
    expect(r.level).toBe(0.95);
  });
});
