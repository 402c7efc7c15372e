/**
 * Seeded randomness for synthetic data. The same seed must give the same rows on every machine and run
 * (BRIEF §6), which Math.random cannot promise. A Random is also a plain `() => number` in [0, 1), so it
 * can be handed to the geography index's `randomPointIn(code, rng)`.
 */
export interface Random {
  (): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks from a cumulative-weight table built by `weighted`. */
  pickWeighted<T>(table: WeightedTable<T>): T;
  /** Raw 32-bit unsigned output. */
  uint32(): number;
}

/** Mixes any number of 32-bit values into one seed (the finaliser of MurmurHash3). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** mulberry32 (Tommy Ettinger): tiny, fast, passes gjrand/PractRand to the sizes we need. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return Object.assign(next, {
    uint32,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    pickWeighted: <T>(table: WeightedTable<T>): T => {
      const x = next() * table.total;
      // Binary search over cumulative weights: tables have up to a few hundred entries.
      let lo = 0;
      let hi = table.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (table.cumulative[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      return table.items[lo]!;
    },
  });
}

export interface WeightedTable<T> {
  items: readonly T[];
  cumulative: readonly number[];
  total: number;
}

/** Builds a table for `pickWeighted` from [item, weight] pairs. */
export function weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): WeightedTable<T> {
  let total = 0;
  const cumulative = pairs.map(([, w]) => {
    total += w;
    return total;
  });
  return { items: pairs.map(([item]) => item), cumulative, total };
}
