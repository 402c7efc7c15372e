/** A random source in [0, 1): Math.random's shape, so callers can pass either. */
export type Rng = () => number;

/**
 * mulberry32: a tiny 32-bit seeded generator. Derived geometry and synthetic data must come out the same
 * on every machine and every run, which Math.random cannot promise.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
