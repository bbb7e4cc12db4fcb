/**
 * A MapLibre custom layer, above the basemap's labels, that draws the large-data path's count
 * badges: one instanced draw of quads (badge-glyphs.ts), a rounded pill drawn by the fragment
 * shader and glyphs sampled from a small atlas texture. A slider step hands it a few hundred
 * badges' instance data, uploaded into one buffer at the next frame; panning and zooming move
 * them in the vertex shader, which anchors each badge on its place and lays its quads out in
 * screen pixels. No MapLibre source changes, so the map has no tiles to rebuild.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { BADGE } from '../layers';
import { hexColor } from './batches';
import { INSTANCE_FLOATS, type GlyphAtlas } from './badge-glyphs';
import { splitFloat, translatedMatrix, viewCentre, worldCopies } from './events-layer';
import { Program } from './gl-program';

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_center_hi;
uniform vec2 u_center_lo;
uniform vec2 u_viewport;
uniform float u_ratio;
in vec2 a_corner;
in vec2 a_pos;
in vec2 a_pos_lo;
in vec4 a_rect;
in vec4 a_uv;
in float a_glyph;
out vec2 v_uv;
out vec2 v_local;
out vec2 v_size;
out float v_glyph;
void main() {
  vec2 rel = (a_pos - u_center_hi) + (a_pos_lo - u_center_lo);
  vec4 clip = u_matrix * vec4(rel, 0.0, 1.0);
  // The badge's point on a whole device pixel, its quads in CSS pixels from there (y down).
  vec2 anchor = floor((clip.xy / clip.w * 0.5 + 0.5) * u_viewport + 0.5);
  vec2 offset = mix(a_rect.xy, a_rect.zw, a_corner);
  vec2 at = anchor + vec2(offset.x, -offset.y) * u_ratio;
  gl_Position = clip.w > 0.0 ? vec4(at / u_viewport * 2.0 - 1.0, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
  v_uv = mix(a_uv.xy, a_uv.zw, a_corner);
  v_size = a_rect.zw - a_rect.xy;
  v_local = offset - a_rect.xy;
  v_glyph = a_glyph;
}`;

/** Glyphs: the atlas's coverage in the text colour. The pill: a rounded box, its outline inset. */
const FRAGMENT = `#version 300 es
precision highp float;
uniform sampler2D u_atlas;
uniform float u_ratio;
uniform vec4 u_text;
uniform vec4 u_fill;
uniform vec4 u_stroke;
uniform float u_radius;
uniform float u_inset;
uniform float u_stroke_width;
in vec2 v_uv;
in vec2 v_local;
in vec2 v_size;
in float v_glyph;
out vec4 o_color;
void main() {
  if (v_glyph > 0.5) {
    o_color = u_text * texture(u_atlas, v_uv).a;
    return;
  }
  // Signed distance (CSS px) to the outline's outer edge, negative inside.
  float outer = u_inset - 0.5 * u_stroke_width;
  float r = u_radius + 0.5 * u_stroke_width;
  vec2 q = abs(v_local - 0.5 * v_size) - (0.5 * v_size - outer) + r;
  float d = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
  float coverage = clamp(0.5 - d * u_ratio, 0.0, 1.0);
  float fill = clamp(0.5 - (d + u_stroke_width) * u_ratio, 0.0, 1.0);
  o_color = mix(u_stroke, u_fill, fill) * coverage;
}`;

const ATTRIBUTES = { a_corner: 0, a_pos: 1, a_pos_lo: 2, a_rect: 3, a_uv: 4, a_glyph: 5 } as const;

/** A CSS colour as premultiplied RGBA in 0..1. */
const premultiplied = (hex: string, alpha = 1) => {
  const [r, g, b] = hexColor(hex).map((c) => c / 255) as [number, number, number];
  return [r * alpha, g * alpha, b * alpha, alpha];
};
const TEXT = premultiplied(BADGE.textColor);
const STROKE = premultiplied(BADGE.pill.stroke);
const FILL = premultiplied(BADGE.pill.fill, BADGE.pill.fillOpacity);

/**
 * Device pixels per CSS pixel of the canvas as drawn now: its drawing buffer over the CSS width
 * MapLibre gave it (its pixel ratio, read from what it did rather than from its setting). The
 * style's width, not `clientWidth`, so a frame never forces the page's layout.
 */
export function canvasRatio(map: MapLibreMap): number {
  const canvas = map.getCanvas();
  const cssWidth = parseFloat(canvas.style.width);
  return cssWidth > 0 ? canvas.width / cssWidth : map.getPixelRatio();
}

export class BadgesLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: Program | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private corners: WebGLBuffer | null = null;
  private instances: WebGLBuffer | null = null;
  /** Floats the instance buffer holds. */
  private capacity = 0;
  private quads = 0;
  private texture: WebGLTexture | null = null;
  private atlas: GlyphAtlas | null = null;
  private textureStale = false;
  /** Instance data waiting for the next frame, where the GL context is ours to use. */
  private pending: Float32Array | null = null;

  constructor(id: string) {
    this.id = id;
  }

  setAtlas(atlas: GlyphAtlas): void {
    this.atlas = atlas;
    this.textureStale = true;
    this.map?.triggerRepaint();
  }

  /** The badges to draw now: quads of INSTANCE_FLOATS floats each. */
  setInstances(data: Float32Array): void {
    this.pending = data;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    this.map = map;
    const gl2 = (this.gl = gl as WebGL2RenderingContext); // MapLibre 6 always runs on WebGL2
    this.program = new Program(gl2, FRAGMENT, VERTEX, ATTRIBUTES);
    this.vao = gl2.createVertexArray();
    gl2.bindVertexArray(this.vao);
    this.corners = gl2.createBuffer();
    gl2.bindBuffer(gl2.ARRAY_BUFFER, this.corners);
    gl2.bufferData(gl2.ARRAY_BUFFER, new Float32Array([0, 0, 1, 0, 0, 1, 1, 1]), gl2.STATIC_DRAW);
    gl2.enableVertexAttribArray(ATTRIBUTES.a_corner);
    gl2.vertexAttribPointer(ATTRIBUTES.a_corner, 2, gl2.FLOAT, false, 0, 0);
    this.instances = gl2.createBuffer();
    gl2.bindBuffer(gl2.ARRAY_BUFFER, this.instances);
    const stride = INSTANCE_FLOATS * 4;
    const column = (at: number, size: number, offset: number) => {
      gl2.enableVertexAttribArray(at);
      gl2.vertexAttribPointer(at, size, gl2.FLOAT, false, stride, offset * 4);
      gl2.vertexAttribDivisor(at, 1);
    };
    column(ATTRIBUTES.a_pos, 2, 0);
    column(ATTRIBUTES.a_pos_lo, 2, 2);
    column(ATTRIBUTES.a_rect, 4, 4);
    column(ATTRIBUTES.a_uv, 4, 8);
    column(ATTRIBUTES.a_glyph, 1, 12);
    gl2.bindVertexArray(null);
    this.capacity = 0;
    this.textureStale = this.atlas !== null;
  }

  onRemove(): void {
    const gl = this.gl;
    if (gl) {
      gl.deleteBuffer(this.corners);
      gl.deleteBuffer(this.instances);
      gl.deleteVertexArray(this.vao);
      gl.deleteTexture(this.texture);
    }
    this.program?.destroy();
    this.program = this.vao = this.corners = this.instances = this.texture = null;
    this.map = this.gl = null;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const { map, program, atlas } = this;
    if (!map || !program || !atlas) return;
    if (this.textureStale) this.uploadAtlas(gl2, atlas);
    if (this.pending) this.upload(gl2, this.pending);
    if (this.quads === 0) return;

    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    gl2.useProgram(program.program);
    const centre = viewCentre(map);
    gl2.uniformMatrix4fv(program.uniform('u_matrix'), false, translatedMatrix(options.defaultProjectionData.mainMatrix, centre));
    gl2.uniform2f(program.uniform('u_viewport'), gl2.drawingBufferWidth, gl2.drawingBufferHeight);
    gl2.uniform1f(program.uniform('u_ratio'), canvasRatio(map));
    gl2.uniform4fv(program.uniform('u_text'), TEXT);
    gl2.uniform4fv(program.uniform('u_fill'), FILL);
    gl2.uniform4fv(program.uniform('u_stroke'), STROKE);
    gl2.uniform1f(program.uniform('u_radius'), BADGE.pill.radiusPx);
    gl2.uniform1f(program.uniform('u_inset'), BADGE.pill.insetPx);
    gl2.uniform1f(program.uniform('u_stroke_width'), BADGE.pill.strokePx);
    gl2.activeTexture(gl2.TEXTURE0);
    gl2.bindTexture(gl2.TEXTURE_2D, this.texture);
    gl2.uniform1i(program.uniform('u_atlas'), 0);
    gl2.bindVertexArray(this.vao);
    for (const world of worldCopies(map)) {
      const [xHi, xLo] = splitFloat(centre[0] - world);
      const [yHi, yLo] = splitFloat(centre[1]);
      gl2.uniform2f(program.uniform('u_center_hi'), xHi, yHi);
      gl2.uniform2f(program.uniform('u_center_lo'), xLo, yLo);
      gl2.drawArraysInstanced(gl2.TRIANGLE_STRIP, 0, 4, this.quads);
    }
    gl2.bindVertexArray(null);
  }

  /** Into the buffer in place while it fits (a step's few hundred badges), else a larger one. */
  private upload(gl: WebGL2RenderingContext, data: Float32Array): void {
    gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
    if (data.length > this.capacity) {
      this.capacity = Math.max(data.length, 2 * this.capacity, 1024 * INSTANCE_FLOATS);
      gl.bufferData(gl.ARRAY_BUFFER, this.capacity * 4, gl.DYNAMIC_DRAW);
    }
    if (data.length > 0) gl.bufferSubData(gl.ARRAY_BUFFER, 0, data);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.quads = data.length / INSTANCE_FLOATS;
    this.pending = null;
  }

  private uploadAtlas(gl: WebGL2RenderingContext, atlas: GlyphAtlas): void {
    this.texture ??= gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    // Texels land one to one on device pixels (badge-glyphs.ts): nearest keeps them crisp.
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, atlas.image);
    gl.bindTexture(gl.TEXTURE_2D, null);
    this.textureStale = false;
  }
}
