import { describe, expect, it } from 'vitest';
import { splitFloat, translatedMatrix } from './events-layer';

const f = Math.fround;

/** Column-major 4×4 times (x, y, 0, 1), in float64. */
const apply = (m: ArrayLike<number>, x: number, y: number) => [0, 1, 2, 3].map((r) => m[r]! * x + m[4 + r]! * y + m[12 + r]!);

describe('positions relative to the camera', () => {
  // The world 2^30 px wide (zoom 21) around a point in eastern Ukraine, as MapLibre's matrix
  // maps Web Mercator 0..1 to pixels from the centre (clip space up to a scale).
  const world = 2 ** 30;
  const centre: [number, number] = [0.6034567891234, 0.3456789012345];
  const matrix = [world, 0, 0, 0, 0, world, 0, 0, 0, 0, 1, 0, -world * centre[0], -world * centre[1], 0, 1];

  it('translating the matrix to the centre keeps every projection', () => {
    const moved = Array.from(translatedMatrix(matrix, centre));
    const p = [centre[0] + 2e-7, centre[1] - 1e-7];
    const direct = apply(matrix, p[0]!, p[1]!);
    const relative = apply(moved, p[0]! - centre[0], p[1]! - centre[1]);
    relative.forEach((v, i) => expect(v).toBeCloseTo(direct[i]!, 3));
  });

  it('float32 in two parts lands within a hundredth of a pixel, where one part is pixels off', () => {
    const x = centre[0] + 1.2345e-7; // 132.6 px east of the centre
    const exact = (x - centre[0]) * world;
    // One float32, as the layer did before: the position rounded, the matrix's big numbers too.
    const naive = f(f(f(x) * f(world)) + f(-world * centre[0]));
    // The shader's arithmetic: (hi - centre hi) + (lo - centre lo), each step in float32.
    const [hi, lo] = splitFloat(x);
    const [cHi, cLo] = splitFloat(centre[0]);
    const rel = f(f(hi - cHi) + f(lo - cLo));
    const ours = f(rel * world);
    expect(Math.abs(naive - exact)).toBeGreaterThan(1);
    expect(Math.abs(ours - exact)).toBeLessThan(0.01);
  });
});
