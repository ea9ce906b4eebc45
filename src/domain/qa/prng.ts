/**
 * mulberry32: a small seeded 32-bit PRNG. Sampling must be reproducible from a stored seed, so the
 * domain never uses Math.random; the same seed always yields the same stream.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n) from a stream of [0, 1) floats. */
export const randomIndex = (random: () => number, n: number): number => Math.floor(random() * n);

/** The first `count` items of a seeded Fisher–Yates shuffle (a uniform random subset, in draw order). */
export function pickRandom<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const take = Math.min(count, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + randomIndex(random, pool.length - i);
    const swap = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = swap;
  }
  return pool.slice(0, take);
}
