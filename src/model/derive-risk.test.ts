import fc from 'fast-check';
import { deriveDiversification } from './derive-risk';
import { scenarioArbitrary } from './scenario-arbitrary';

/** Relative closeness: spreads are ratios, so compare to ~12 significant digits. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe(deriveDiversification, () => {
  // The predictability panel computes the curve once per change of the other inputs and
  // only the current point on a load or Nvidia-share step (useDiversification).
  it('draws the same curve at any load and Nvidia share (spreads are relative to the bill)', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.double({ min: 0.1, max: 10000, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        (s, load, nvidiaShare) => {
          const a = deriveDiversification(s);
          const b = deriveDiversification({ ...s, load, nvidiaShare });
          expect(b.lowest.nvidiaSharePct).toBe(a.lowest.nvidiaSharePct);
          expect(b.lowestSeparate.nvidiaSharePct).toBe(a.lowestSeparate.nvidiaSharePct);
          a.points.forEach((p, i) => {
            const q = b.points[i];
            expect(q && close(q.cvAsSourced, p.cvAsSourced) && close(q.cvSeparate, p.cvSeparate)).toBe(true);
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('gives the same current spread whatever the sweep step', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const full = deriveDiversification(s);
        const coarse = deriveDiversification(s, 100);
        expect(coarse.current).toEqual(full.current);
        expect(coarse.currentSeparate).toEqual(full.currentSeparate);
      }),
      { numRuns: 50 },
    );
  });
});
