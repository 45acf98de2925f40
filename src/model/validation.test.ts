import { h100Economics, validationCases, VALIDATION_IDS } from './validation';
import { defaultScenario } from './test-helpers';

const cases = Object.fromEntries(validationCases(defaultScenario()).map((c) => [c.id, c]));

describe(validationCases, () => {
  it('covers every validation id once', () => {
    expect(Object.keys(cases)).toEqual([...VALIDATION_IDS]);
  });

  it('runs an H100 through the annualized cost', () => {
    // capex = 28,000 + (3.4e6 − 0.39 × 5.9e6) / 72 + (2.5e6 / 120) × 0.9
    //       = 28,000 + 15,263.89 + 18,750 = 62,013.89
    expect(h100Economics(5).capexUsd).toBeCloseTo(62_013.89, 1);
    // × CRF(8%, 5) 0.2504565 = 15,531.9; energy 0.9 × 1.2 × 8,760 × 0.08 = 756.86;
    // ops 3% = 1,860.42; total 18,149.2 / 8,760 h = $2.0718 per hour
    expect(cases.h100Rental!.model).toBeCloseTo(2.0718, 3);
    expect(cases.h100Rental!.verdict).toBe('belowPrice');
  });

  it('computes capex per GW and the 10 GW Nvidia content from the defaults', () => {
    // 83,000 / (1.8 kW × 1.2) × 1e6 = $38.43B per GW; × 10 GW × 70% = $269.0B
    expect(cases.capexPerGw!.model).toBeCloseTo(38.426, 2);
    expect(cases.tenGwNvidia!.model).toBeCloseTo(268.98, 1);
    expect(cases.capexPerGw!.gap).toBeCloseTo(38.426 / 50 - 1, 3);
  });

  it('computes the 2026 market HHI', () => {
    // 75² + 7² + 15² + 2² + 1² = 5,625 + 49 + 225 + 4 + 1 = 5,904
    expect(cases.hhi2026!.model).toBeCloseTo(5904, 6);
  });

  it('prices the reference workload below an open-model API price', () => {
    // (83,000 × 0.2504565 + 1,513.73 + 2,490) / (13,415 × 0.4 × 31,536,000 / 1e6) = $0.1465
    expect(cases.apiPrice!.model).toBeCloseTo(0.1465, 3);
    // 3 input : 1 output at $0.13 / $0.40 = $0.1975
    expect(cases.apiPrice!.published).toBeCloseTo(0.1975, 12);
    expect(cases.apiPrice!.verdict).toBe('belowPrice');
  });
});
