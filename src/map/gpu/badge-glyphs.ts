/**
 * The large-data path's count badges as quads for the GPU: a pill per badge, as the small path's
 * symbol layer draws it (count-badges.ts, layers.ts BADGE), and a quad per character sampled from
 * a glyph atlas of the few characters a badge label uses, drawn once with a 2D canvas in the
 * label font. Laid out in CSS pixels from the badge's point; glyphs sit on whole device pixels,
 * so the atlas's texels land one to one on the screen's and the text stays sharp.
 */
import { mercatorX, mercatorY } from '../../domain/mercator';
import { badgeRect } from '../count-badges';
import { BADGE } from '../layers';

/** Every character `badgeLabel` writes: "×9", "×120", "×1.2k", "×150k". */
export const BADGE_GLYPHS = '×0123456789.k';
/** Texels of room each side of a glyph's advance, for the strokes that overhang it. */
const CELL_PAD = 2;

export interface Glyph {
  /** How far the pen moves past it, CSS pixels. */
  advance: number;
  /** Its cell in the atlas, texels: left edge and width (every cell spans the atlas's height). */
  x: number;
  width: number;
}

/** The glyphs' sizes and places in the atlas (the image itself is the layer's business). */
export interface GlyphMetrics {
  /** Device pixels per CSS pixel the atlas is drawn for. */
  ratio: number;
  /** Atlas size in texels. */
  width: number;
  height: number;
  glyphs: ReadonlyMap<string, Glyph>;
}

export interface GlyphAtlas extends GlyphMetrics {
  image: HTMLCanvasElement;
}

/** A badge's quads: [left, top, right, bottom] CSS pixels from its point, and texture coordinates. */
export interface BadgeQuad {
  rect: [number, number, number, number];
  /** [u0, v0, u1, v1] in the atlas; null for the pill. */
  uv: [number, number, number, number] | null;
}

export interface BadgeLayout {
  /** The pill's box from the point, the same box the small path reports (badgeRect). */
  box: [number, number, number, number];
  /** The pill first, then one quad per character, left to right. */
  quads: BadgeQuad[];
}

/** Lay out one label; characters without a glyph (none in practice) take no room. */
export function layoutBadge(label: string, m: GlyphMetrics): BadgeLayout {
  const chars = [...label].map((c) => m.glyphs.get(c)).filter((g): g is Glyph => g !== undefined);
  const textWidth = chars.reduce((w, g) => w + g.advance, 0);
  const box = badgeRect(textWidth);
  const snap = (v: number) => Math.round(v * m.ratio) / m.ratio;
  // The text's line box sits inside the pill's padding; the atlas's cells are that line box.
  const top = snap(box[1] + BADGE.paddingPx[0]);
  let pen = box[0] + BADGE.paddingPx[1];
  const quads: BadgeQuad[] = [{ rect: box, uv: null }];
  for (const g of chars) {
    const left = snap(pen) - CELL_PAD / m.ratio;
    quads.push({
      rect: [left, top, left + g.width / m.ratio, top + m.height / m.ratio],
      uv: [g.x / m.width, 0, (g.x + g.width) / m.width, 1],
    });
    pen += g.advance;
  }
  return { box, quads };
}

/** Floats per quad instance: anchor (x, y) as float32 and remainder, rect, uv, kind. */
export const INSTANCE_FLOATS = 13;

/**
 * The instance data of badges at `points` with `layouts`: per quad the point in Web Mercator
 * (split in two float32 parts, as the marker batch's positions), its rect, its uv and whether it
 * is a glyph (1) or the pill (0).
 */
export function badgeInstances(points: ReadonlyArray<[number, number]>, layouts: readonly BadgeLayout[]): Float32Array {
  const quads = layouts.reduce((n, l) => n + l.quads.length, 0);
  const out = new Float32Array(quads * INSTANCE_FLOATS);
  let at = 0;
  layouts.forEach((layout, i) => {
    const [lng, lat] = points[i]!;
    const x = mercatorX(lng);
    const y = mercatorY(lat);
    for (const q of layout.quads) {
      out[at] = x;
      out[at + 1] = y;
      out[at + 2] = x - out[at]!;
      out[at + 3] = y - out[at + 1]!;
      out.set(q.rect, at + 4);
      out.set(q.uv ?? [0, 0, 0, 0], at + 8);
      out[at + 12] = q.uv ? 1 : 0;
      at += INSTANCE_FLOATS;
    }
  });
  return out;
}

/** The label font at a size in pixels: the small path's badge text (layers.ts, fonts.ts). */
const badgeFont = (px: number) => `600 ${px}px "Noto Sans", sans-serif`;

/**
 * Draw the glyphs once, white on transparent (the shader colours them), after the label font
 * has loaded; without it the system's sans-serif stands in.
 */
export async function loadGlyphAtlas(ratio: number): Promise<GlyphAtlas> {
  try {
    await document.fonts.load(badgeFont(BADGE.fontPx), BADGE_GLYPHS);
  } catch {
    // The fallback font draws the same characters.
  }
  const image = document.createElement('canvas');
  const ctx = image.getContext('2d')!;
  const font = badgeFont(BADGE.fontPx * ratio);
  ctx.font = font;
  const glyphs = new Map<string, Glyph>();
  let width = 0;
  for (const c of BADGE_GLYPHS) {
    const advance = ctx.measureText(c).width / ratio;
    const cell = Math.ceil(advance * ratio) + 2 * CELL_PAD;
    glyphs.set(c, { advance, x: width, width: cell });
    width += cell;
  }
  const height = Math.ceil(BADGE.fontPx * BADGE.lineHeight * ratio);
  // Digits centred in the line box, every glyph on that one baseline.
  const digit = ctx.measureText('0');
  const baseline = Math.round((height + digit.actualBoundingBoxAscent - digit.actualBoundingBoxDescent) / 2);
  image.width = width;
  image.height = height;
  ctx.font = font; // resizing the canvas reset it
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'alphabetic';
  for (const [c, g] of glyphs) ctx.fillText(c, g.x + CELL_PAD, baseline);
  return { ratio, width, height, glyphs, image };
}
