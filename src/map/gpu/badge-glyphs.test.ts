import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from '../../domain/mercator';
import { badgeLabel } from '../clusters';
import { badgeRect } from '../count-badges';
import { BADGE } from '../layers';
import { BADGE_GLYPHS, badgeInstances, INSTANCE_FLOATS, layoutBadge, type Glyph, type GlyphMetrics } from './badge-glyphs';

/** An atlas as loadGlyphAtlas lays one out: cells in a row, each its advance plus 2 texels a side. */
function metrics(ratio: number, advance: (c: string) => number): GlyphMetrics {
  const glyphs = new Map<string, Glyph>();
  let width = 0;
  for (const c of BADGE_GLYPHS) {
    const cell = Math.ceil(advance(c) * ratio) + 4;
    glyphs.set(c, { advance: advance(c), x: width, width: cell });
    width += cell;
  }
  return { ratio, width, height: Math.ceil(BADGE.fontPx * BADGE.lineHeight * ratio), glyphs };
}

const NOTO_LIKE = (c: string) => (c === '.' ? 3.1 : c === '×' ? 7.2 : c === 'k' ? 6.6 : 7.15);

describe('badge glyph layout', () => {
  it('has a glyph for every character of every label, and one quad per character after the pill', () => {
    const m = metrics(1, NOTO_LIKE);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5_000_000 }), (n) => {
        const label = badgeLabel(n);
        for (const c of label) expect(BADGE_GLYPHS).toContain(c);
        const { quads } = layoutBadge(label, m);
        expect(quads).toHaveLength(1 + [...label].length);
        expect(quads[0]!.uv).toBeNull();
      }),
    );
  });

  it('the pill is the small path’s box around the text’s advances', () => {
    const m = metrics(1, NOTO_LIKE);
    const { box } = layoutBadge('×1.2k', m);
    expect(box).toEqual(badgeRect(7.2 + 7.15 + 3.1 + 7.15 + 6.6));
    // Up and right of the point: the box starts right of it and ends above it.
    expect(box[0]).toBeGreaterThan(0);
    expect(box[3]).toBeLessThan(0);
  });

  for (const ratio of [1, 2, 1.5]) {
    it(`at ${ratio} device pixels per CSS pixel, glyphs run left to right inside the pill on whole device pixels`, () => {
      const m = metrics(ratio, NOTO_LIKE);
      const label = '×9408';
      const { box, quads } = layoutBadge(label, m);
      const glyphs = quads.slice(1);
      let pen = box[0] + BADGE.paddingPx[1];
      glyphs.forEach((q, i) => {
        const g = m.glyphs.get([...label][i]!)!;
        const [l, t, r, b] = q.rect;
        // Texels land one to one on device pixels: whole-pixel corners, the cell's own size.
        for (const v of [l, t]) expect(Math.abs(v * ratio - Math.round(v * ratio))).toBeLessThan(1e-9);
        expect((r - l) * ratio).toBeCloseTo(g.width, 9);
        expect((b - t) * ratio).toBeCloseTo(m.height, 9);
        // The cell's pen (2 texels in) is within half a device pixel of the advancing pen.
        expect(Math.abs(l + 2 / ratio - pen)).toBeLessThanOrEqual(0.5 / ratio + 1e-9);
        // Inside the pill, vertically within its padding.
        expect(l + 2 / ratio).toBeGreaterThanOrEqual(box[0]);
        expect(r - 2 / ratio).toBeLessThanOrEqual(box[2] + 1);
        expect(t).toBeGreaterThanOrEqual(box[1]);
        expect(b).toBeLessThanOrEqual(box[3]);
        expect(q.uv).toEqual([g.x / m.width, 0, (g.x + g.width) / m.width, 1]);
        pen += g.advance;
      });
      expect(pen).toBeCloseTo(box[2] - BADGE.paddingPx[1], 9);
    });
  }

  it('instances carry each quad with its badge’s point in Web Mercator, float32 plus remainder', () => {
    const m = metrics(1, NOTO_LIKE);
    const layouts = [layoutBadge('×2', m), layoutBadge('×15', m)];
    const points: Array<[number, number]> = [
      [36.19, 51.73],
      [131.9, 43.1],
    ];
    const data = badgeInstances(points, layouts);
    expect(data).toHaveLength((3 + 4) * INSTANCE_FLOATS);
    const quad = (i: number) => data.subarray(i * INSTANCE_FLOATS, (i + 1) * INSTANCE_FLOATS);
    // The second badge's first glyph, "×": quad 4 (pill, ×, 2, then the second pill).
    const q = quad(4);
    expect(q[0]! + q[2]!).toBeCloseTo(mercatorX(131.9), 12);
    expect(q[1]! + q[3]!).toBeCloseTo(mercatorY(43.1), 12);
    expect([...q.subarray(4, 8)]).toEqual(layouts[1]!.quads[1]!.rect.map(Math.fround));
    expect(q[12]).toBe(1);
    expect(quad(3)[12]).toBe(0); // the second pill
    expect([...quad(3).subarray(4, 8)]).toEqual(layouts[1]!.box.map(Math.fround));
  });
});
