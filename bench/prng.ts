/**
 * A seeded PRNG and the few draws the generator needs. Seeded so every run of `npm run bench`
 * measures the very same data sets, and two machines can compare their tables.
 */

export type Random = () => number;

/** mulberry32: a tiny, well-mixed 32-bit PRNG (the app benchmark and bench:extract share it). */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export const intBetween = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

/** A float in [min, max). */
export const between = (random: Random, min: number, max: number): number => min + random() * (max - min);

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/**
 * A draw from a fixed weighted table. The cumulative weights are computed once, so a draw
 * is a short linear scan (the tables here have fewer than ten rows).
 */
export function weighted<T>(table: ReadonlyArray<readonly [T, number]>): (random: Random) => T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  const cumulative: number[] = [];
  let run = 0;
  for (const [, w] of table) cumulative.push((run += w / total));
  return (random) => {
    const r = random();
    for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]!) return table[i]![0];
    return table[table.length - 1]![0];
  };
}
