/**
 * Seeded randomness for the model. Math.random is banned in src/model: every draw comes
 * from a generator created from a seed, so a simulation gives the same output twice.
 */

/** A generator of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit generator, fast and good enough for
 * Monte Carlo checks of the analytic formulas. Same seed → same sequence.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller transform) from a uniform generator. */
export function standardNormal(random: Random): number {
  const u = 1 - random(); // (0, 1]: log(0) impossible
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
