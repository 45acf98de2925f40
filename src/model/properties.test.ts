/**
 * Invariants that must hold for every scenario in range (fast-check, 1,000 runs each).
 */
import fc from 'fast-check';
import { deriveAllOutputs } from './all-outputs';
import { HHI_MAX } from './concentration';
import { COST_CURVE_STRATEGIES, deriveConcentrationCurve, deriveCostCurves } from './cost-curves';
import { deriveDiversification, deriveUpstream } from './derive-risk';
import { deriveProjection } from './projection';
import { billSpread, correlationMatrix } from './predictability';
import { scenarioArbitrary } from './scenario-arbitrary';
import { scenarioSpendShares } from './shares';
import { defaultRanges } from './test-helpers';
import { foundrySplit, FOUNDRY_IDS, HBM_SUPPLIER_IDS } from './upstream';
import { VENDOR_IDS, perVendor, sumPerVendor } from './vendors';

const RUNS = { numRuns: 1000 };
const ranges = defaultRanges();
const EPS = 1e-9;

/** Every number in a nested value, with its path. */
function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('model invariants over random in-range scenarios', () => {
  it('spend shares sum to 100%, in the plan and in every projection year', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const all = deriveAllOutputs(s, ranges);
        const sums = [
          sumPerVendor(scenarioSpendShares(s)),
          ...all.projection.years.map((y) => sumPerVendor(y.shares)),
          ...Object.values(all.upstream.plans).map((p) =>
            FOUNDRY_IDS.reduce((t, f) => t + p.foundryExposure[f], 0),
          ),
          HBM_SUPPLIER_IDS.reduce((t, h) => t + all.upstream.plans.currentMix.hbmShares[h], 0),
        ];
        return sums.every((total) => Math.abs(total - 1) < 1e-9);
      }),
      RUNS,
    );
  });

  it('HHI lies within [10,000 / n, 10,000] at every layer', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const all = deriveAllOutputs(s, ranges);
        const within = (v: number, n: number) => v >= HHI_MAX / n - EPS && v <= HHI_MAX + EPS;
        const vendors = [
          all.outputs.hhi,
          ...all.projection.years.map((y) => y.hhi),
          ...all.concentrationCurve.map((p) => p.hhi),
        ];
        return (
          vendors.every((v) => within(v, VENDOR_IDS.length)) &&
          Object.values(all.upstream.plans).every(
            (p) => within(p.vendorHhi, 5) && within(p.foundryHhi, 3) && within(p.hbmHhi, 3),
          )
        );
      }),
      RUNS,
    );
  });

  it('every output is finite and non-negative', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const bad = numbersIn(deriveAllOutputs(s, ranges)).filter(([, v]) => !Number.isFinite(v) || v < 0);
        if (bad.length > 0) throw new Error(`bad outputs: ${JSON.stringify(bad.slice(0, 5))}`);
        return true;
      }),
      RUNS,
    );
  });

  it('cost per million tokens never rises with load, for every strategy', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const rows = deriveCostCurves(s).rows;
        return COST_CURVE_STRATEGIES.every((k) =>
          rows.every((r, i) => i === 0 || r[k] <= (rows[i - 1]?.[k] ?? Infinity) * (1 + EPS)),
        );
      }),
      RUNS,
    );
  });

  it('the break-even verdict matches the curves: a crossing, cheaper at every load, or never cheaper', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const curves = deriveCostCurves(s);
        const beats = curves.rows.map((r) => r.allAlternatives < r.allNvidia * (1 - EPS));
        if (curves.breakEvenAlternatives !== null) return !curves.alternativesAlwaysCheaper;
        return curves.alternativesAlwaysCheaper ? beats.every(Boolean) : !beats.some(Boolean);
      }),
      RUNS,
    );
  });

  it('HHI over the Nvidia-share sweep is convex', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const h = deriveConcentrationCurve(s).map((p) => p.hhi);
        return h.every(
          (v, i) => i === 0 || i === h.length - 1 || (h[i - 1] ?? 0) + (h[i + 1] ?? 0) - 2 * v >= -1e-6,
        );
      }),
      RUNS,
    );
  });

  it('a shared foundry never makes the bill more predictable', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) =>
        deriveDiversification(s).points.every((p) => p.cvAsSourced >= p.cvSeparate - EPS),
      ),
      RUNS,
    );
  });

  it('percentiles are ordered P10 ≤ P25 ≤ P50 ≤ P75 ≤ P90 in every projection year', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) =>
        deriveProjection(s).years.every(({ spread: x }) => {
          const tol = EPS * x.mean;
          return x.p10 <= x.p25 + tol && x.p25 <= x.p50 + tol && x.p50 <= x.p75 + tol && x.p75 <= x.p90 + tol;
        }),
      ),
      RUNS,
    );
  });

  it('the spread of a fixed bill widens with the horizon', () => {
    const arb = fc.record({
      amounts: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 5, maxLength: 5 }),
      sigmas: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
      rho: fc.double({ min: 0, max: 1, noNaN: true }),
      years: fc.double({ min: 0.1, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(arb, ({ amounts, sigmas, rho, years }) => {
        const a = perVendor((id) => amounts[VENDOR_IDS.indexOf(id)] ?? 0);
        const sg = perVendor((id) => sigmas[VENDOR_IDS.indexOf(id)] ?? 0);
        const corr = correlationMatrix(
          rho,
          0,
          perVendor(() => foundrySplit(100, 0)),
        );
        return (
          billSpread(a, 1, sg, corr, years).sd <= billSpread(a, 1, sg, corr, years * 1.5).sd * (1 + EPS) + EPS
        );
      }),
      RUNS,
    );
  });

  it('Nvidia never releases more than its investment cap, and supply-risk shares stay in [0, 1]', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const cumulative = deriveProjection(s).years.at(-1)?.cumulativeInvestmentUsd ?? 0;
        const r = deriveUpstream(s).risk;
        return (
          cumulative <= s.nvidiaInvestment * 1e9 * (1 + EPS) &&
          [r.expectedLossShare, r.capacityAtRiskShare, r.worstEvent.lossShare].every(
            (v) => v >= 0 && v <= 1 + EPS,
          )
        );
      }),
      RUNS,
    );
  });
});
