/**
 * The density view's GPU pass, drawn by the events layer (events-layer.ts) from its own marker
 * buffers and the step's draw range: no buffer of its own, and no work per step on the CPU.
 *
 * As MapLibre's heatmap layer does it (its `heatmap` and `heatmapTexture` shaders): first, in
 * the frame's offscreen pass, each marker of the window adds its kernel (density.ts) into a
 * half-float texture a quarter of the canvas's size, with additive blending; then, where the
 * markers are drawn, one full-screen triangle reads that sum and colours it with the ramp. A
 * quarter size keeps a frame of 100,000 splats cheap where WebGL runs on the CPU; the kernel
 * is smooth, so the texture's linear filtering hides the smaller size.
 */
import { ATTRIBUTES, MARKER_PLACEMENT, Program, type GpuBatch } from './gl-program';
import { KERNEL_RADIUS_PX, OPAQUE_FROM, RAMP_ALPHA, RAMP_MAX_EVENTS, rampTexels, VISIBLE_FROM } from './density';

/** The density texture's size against the canvas's, per side. */
const SCALE = 1 / 4;
const RAMP_TEXELS = 256;

/** The markers' vertex shader without colour or size: where each window marker's kernel goes. */
const SPLAT_VERTEX = `#version 300 es
${MARKER_PLACEMENT}
void main() {
  placeMarker();
}`;

/** The quartic kernel (density.ts, kernel) at this texel's distance from the event. */
const SPLAT_FRAGMENT = `#version 300 es
precision highp float;
uniform float u_size;
uniform float u_radius;
out vec4 o_value;
void main() {
  float r = length(gl_PointCoord - 0.5) * u_size / u_radius;
  float q = 1.0 - r * r;
  if (q <= 0.0) discard;
  o_value = vec4(q * q, 0.0, 0.0, 1.0);
}`;

/** One triangle over the whole viewport. */
const COMPOSITE_VERTEX = `#version 300 es
out vec2 v_uv;
void main() {
  vec2 p = vec2(gl_VertexID == 1 ? 3.0 : -1.0, gl_VertexID == 2 ? 3.0 : -1.0);
  v_uv = 0.5 * p + 0.5;
  gl_Position = vec4(p, 0.0, 1.0);
}`;

/** The ramp by the logarithm of the count (density.ts, rampPosition and rampAlpha), premultiplied. */
const COMPOSITE_FRAGMENT = `#version 300 es
precision highp float;
uniform sampler2D u_density;
uniform sampler2D u_ramp;
uniform float u_opacity;
uniform float u_log_max;
uniform vec3 u_alpha;
in vec2 v_uv;
out vec4 o_color;
void main() {
  float v = texture(u_density, v_uv).r;
  float a = smoothstep(u_alpha.x, u_alpha.y, v) * u_alpha.z * u_opacity;
  if (a <= 0.0) discard;
  float t = v > 1.0 ? min(1.0, log(v) / u_log_max) : 0.0;
  vec3 c = texture(u_ramp, vec2((t * ${RAMP_TEXELS - 1}.0 + 0.5) / ${RAMP_TEXELS}.0, 0.5)).rgb;
  o_color = vec4(c * a, a);
}`;

/** What a frame's draw needs to place markers: as the events layer computes it for its own passes. */
export interface FrameView {
  /** The projection, translated to `centre` (events-layer.ts, translatedMatrix). */
  matrix: Float32Array;
  /** Per world copy in view, the centre to subtract, as float32 high and low parts. */
  centres: ReadonlyArray<readonly [number, number, number, number]>;
  /** Device pixels per CSS pixel. */
  ratio: number;
}

export class DensityPass {
  private readonly splatProgram: Program;
  private readonly compositeProgram: Program;
  /** Whether the GPU can render into a half-float texture; without it there is no density. */
  readonly supported: boolean;
  private texture: WebGLTexture | null = null;
  private framebuffer: WebGLFramebuffer | null = null;
  private ramp: WebGLTexture | null = null;
  private readonly empty: WebGLVertexArrayObject;
  private size: [number, number] = [0, 0];

  constructor(private readonly gl: WebGL2RenderingContext) {
    this.supported = gl.getExtension('EXT_color_buffer_float') !== null || gl.getExtension('EXT_color_buffer_half_float') !== null;
    this.splatProgram = new Program(gl, SPLAT_FRAGMENT, SPLAT_VERTEX, { a_pos: ATTRIBUTES.a_pos, a_pos_lo: ATTRIBUTES.a_pos_lo, a_time: ATTRIBUTES.a_time });
    this.compositeProgram = new Program(gl, COMPOSITE_FRAGMENT, COMPOSITE_VERTEX, {});
    this.empty = gl.createVertexArray()!;
  }

  ready(): boolean {
    return this.splatProgram.ready() && this.compositeProgram.ready();
  }

  /**
   * Sum the kernels of `batch`'s markers in `ranges` whose days meet `window` into the density
   * texture. Called in the frame's offscreen pass: it binds its own framebuffer, and MapLibre
   * sets its state again afterwards.
   */
  splat(batch: GpuBatch, ranges: ReadonlyArray<readonly [number, number]>, window: readonly [number, number], view: FrameView): void {
    const gl = this.gl;
    this.ensureTarget();
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
    gl.viewport(0, 0, this.size[0], this.size[1]);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE);
    const program = this.splatProgram;
    gl.useProgram(program.program);
    const radius = KERNEL_RADIUS_PX * view.ratio * (this.size[0] / gl.drawingBufferWidth);
    // Wide enough for the kernel's rim wherever the event falls within its centre texel.
    const size = 2 * Math.ceil(radius) + 2;
    gl.uniformMatrix4fv(program.uniform('u_matrix'), false, view.matrix);
    gl.uniform2f(program.uniform('u_window'), window[0], window[1]);
    gl.uniform1f(program.uniform('u_size'), size);
    gl.uniform1f(program.uniform('u_radius'), radius);
    for (const [xHi, yHi, xLo, yLo] of view.centres) {
      gl.uniform2f(program.uniform('u_center_hi'), xHi, yHi);
      gl.uniform2f(program.uniform('u_center_lo'), xLo, yLo);
      batch.draw(gl.POINTS, ranges);
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  }

  /** Colour the last splat over the map, at `opacity` (the crossfade with the markers). */
  composite(opacity: number): void {
    const gl = this.gl;
    if (!this.texture) return;
    this.ensureRamp();
    const program = this.compositeProgram;
    gl.useProgram(program.program);
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, this.ramp);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    gl.uniform1i(program.uniform('u_density'), 0);
    gl.uniform1i(program.uniform('u_ramp'), 1);
    gl.uniform1f(program.uniform('u_opacity'), opacity);
    gl.uniform1f(program.uniform('u_log_max'), Math.log(RAMP_MAX_EVENTS));
    gl.uniform3f(program.uniform('u_alpha'), VISIBLE_FROM, OPAQUE_FROM, RAMP_ALPHA);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.empty);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    gl.bindVertexArray(null);
    gl.bindTexture(gl.TEXTURE_2D, null);
  }

  destroy(): void {
    const gl = this.gl;
    this.splatProgram.destroy();
    this.compositeProgram.destroy();
    gl.deleteTexture(this.texture);
    gl.deleteTexture(this.ramp);
    gl.deleteFramebuffer(this.framebuffer);
    gl.deleteVertexArray(this.empty);
  }

  /** The half-float texture and its framebuffer, at a quarter of the canvas (again after a resize). */
  private ensureTarget(): void {
    const gl = this.gl;
    const size: [number, number] = [Math.max(1, Math.ceil(gl.drawingBufferWidth * SCALE)), Math.max(1, Math.ceil(gl.drawingBufferHeight * SCALE))];
    if (this.texture && size[0] === this.size[0] && size[1] === this.size[1]) return;
    this.size = size;
    this.texture ??= gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.R16F, size[0], size[1], 0, gl.RED, gl.HALF_FLOAT, null);
    linearClamped(gl);
    this.framebuffer ??= gl.createFramebuffer();
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, this.texture, 0);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.bindTexture(gl.TEXTURE_2D, null);
  }

  private ensureRamp(): void {
    if (this.ramp) return;
    const gl = this.gl;
    this.ramp = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.ramp);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, RAMP_TEXELS, 1, 0, gl.RGBA, gl.UNSIGNED_BYTE, rampTexels(RAMP_TEXELS));
    linearClamped(gl);
  }
}

function linearClamped(gl: WebGL2RenderingContext): void {
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
}
