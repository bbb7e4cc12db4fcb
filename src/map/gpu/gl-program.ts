/**
 * The markers' WebGL2 program of the large-data layer and the buffers a marker batch lives in:
 * the vertex shader places a point in Web Mercator relative to the camera and drops it when
 * its event's days miss the window. The arcs (gpu-arcs.ts) and the count badges
 * (badges-layer.ts) bring their own vertex shaders.
 */
import type { Batch } from './batches';

/**
 * Where a marker goes, shared by the markers' vertex shader and the density's: relative to the
 * camera in two float32 parts (u_matrix is translated to match), so the difference is exact
 * where it matters, near the centre of the view; nowhere and no size outside the window.
 */
export const MARKER_PLACEMENT = `uniform mat4 u_matrix;
uniform vec2 u_center_hi;
uniform vec2 u_center_lo;
uniform vec2 u_window;
uniform float u_size;
in vec2 a_pos;
in vec2 a_pos_lo;
in vec2 a_time;
void placeMarker() {
  bool inside = a_time.x <= u_window.y && a_time.y >= u_window.x;
  vec2 rel = (a_pos - u_center_hi) + (a_pos_lo - u_center_lo);
  gl_Position = inside ? u_matrix * vec4(rel, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
  gl_PointSize = inside ? u_size : 0.0;
}`;

const VERTEX = `#version 300 es
${MARKER_PLACEMENT}
in vec4 a_color;
out vec4 v_color;
void main() {
  placeMarker();
  v_color = a_color;
}`;

/**
 * A disc of the event's colour in a ring of u_stroke_color, 1 px anti-aliased; premultiplied
 * out, at u_opacity (the crossfade with the density view).
 */
const MARKER_FRAGMENT = `#version 300 es
precision highp float;
uniform float u_opacity;
uniform float u_size;
uniform float u_stroke;
uniform vec4 u_stroke_color;
in vec4 v_color;
out vec4 o_color;
void main() {
  float radius = 0.5 * u_size - 0.5;
  float r = length(gl_PointCoord - 0.5) * u_size;
  float coverage = clamp(radius - r + 0.5, 0.0, 1.0);
  if (coverage <= 0.0) discard;
  vec4 c = mix(v_color, u_stroke_color, clamp(r - (radius - u_stroke) + 0.5, 0.0, 1.0));
  o_color = vec4(c.rgb * c.a, c.a) * coverage * u_opacity;
}`;

/** Thin lines of their instance's colour, premultiplied out. */
export const LINE_FRAGMENT = `#version 300 es
precision highp float;
in vec4 v_color;
out vec4 o_color;
void main() {
  o_color = vec4(v_color.rgb * v_color.a, v_color.a);
}`;

/** Where a batch's columns go; the density pass (density-layer.ts) reads the same ones. */
export const ATTRIBUTES = { a_pos: 0, a_pos_lo: 1, a_time: 2, a_color: 3 } as const;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  return shader;
}

/** `KHR_parallel_shader_compile`'s one constant: whether a program is done compiling and linking. */
const COMPLETION_STATUS_KHR = 0x91b1;

/**
 * A program compiled and linked without waiting for it: asking for its status at once would
 * stop the page until the GPU process is done (over a second where WebGL runs on the CPU). With
 * `KHR_parallel_shader_compile` the layer asks `ready()` every few frames and draws once it is;
 * without it, the first `ready()` waits, as the status check always did.
 */
export class Program {
  readonly program: WebGLProgram;
  private readonly locations = new Map<string, WebGLUniformLocation | null>();
  private readonly shaders: WebGLShader[];
  private readonly parallel: boolean;
  private linked = false;

  constructor(
    private readonly gl: WebGL2RenderingContext,
    fragment: string,
    vertex = VERTEX,
    attributes: Readonly<Record<string, number>> = ATTRIBUTES,
  ) {
    this.parallel = gl.getExtension('KHR_parallel_shader_compile') !== null;
    const program = gl.createProgram()!;
    this.shaders = [compile(gl, gl.VERTEX_SHADER, vertex), compile(gl, gl.FRAGMENT_SHADER, fragment)];
    for (const shader of this.shaders) gl.attachShader(program, shader);
    for (const [name, at] of Object.entries(attributes)) gl.bindAttribLocation(program, at, name);
    gl.linkProgram(program);
    this.program = program;
  }

  /** Whether the program can draw; throws with the driver's log if it failed to build. */
  ready(): boolean {
    if (this.linked) return true;
    const gl = this.gl;
    if (this.parallel && !gl.getProgramParameter(this.program, COMPLETION_STATUS_KHR)) return false;
    if (!gl.getProgramParameter(this.program, gl.LINK_STATUS)) {
      const log = this.shaders.map((s) => gl.getShaderInfoLog(s)).filter(Boolean).join('; ');
      throw new Error(`large-data layer program: ${gl.getProgramInfoLog(this.program) || log}`);
    }
    this.linked = true;
    return true;
  }

  uniform(name: string): WebGLUniformLocation | null {
    if (!this.locations.has(name)) this.locations.set(name, this.gl.getUniformLocation(this.program, name));
    return this.locations.get(name)!;
  }

  destroy(): void {
    this.gl.deleteProgram(this.program);
  }
}

export const markerProgram = (gl: WebGL2RenderingContext) => new Program(gl, MARKER_FRAGMENT);

/**
 * A static buffer holding one vertex attribute, set up in the vertex array being bound: its
 * data uploaded, the attribute enabled and pointed at it; `perInstance` makes it advance once
 * per instance rather than per vertex.
 */
export function attributeBuffer(
  gl: WebGL2RenderingContext,
  data: Float32Array | Uint8Array,
  at: number,
  size: number,
  type: number,
  normalized: boolean,
  perInstance = false,
): WebGLBuffer {
  const buffer = gl.createBuffer()!;
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
  gl.enableVertexAttribArray(at);
  gl.vertexAttribPointer(at, size, type, normalized, 0, 0);
  if (perInstance) gl.vertexAttribDivisor(at, 1);
  return buffer;
}

/** A batch uploaded to the GPU: one vertex array over four buffers. */
export class GpuBatch {
  private readonly vao: WebGLVertexArrayObject;
  private readonly buffers: WebGLBuffer[];

  constructor(
    private readonly gl: WebGL2RenderingContext,
    readonly batch: Batch,
  ) {
    this.vao = gl.createVertexArray()!;
    gl.bindVertexArray(this.vao);
    this.buffers = [
      attributeBuffer(gl, batch.position, ATTRIBUTES.a_pos, 2, gl.FLOAT, false),
      attributeBuffer(gl, batch.positionLow, ATTRIBUTES.a_pos_lo, 2, gl.FLOAT, false),
      attributeBuffer(gl, batch.time, ATTRIBUTES.a_time, 2, gl.FLOAT, false),
      attributeBuffer(gl, batch.color, ATTRIBUTES.a_color, 4, gl.UNSIGNED_BYTE, true),
    ];
    gl.bindVertexArray(null);
  }

  draw(mode: number, ranges: ReadonlyArray<readonly [number, number]>): void {
    const gl = this.gl;
    gl.bindVertexArray(this.vao);
    for (const [first, count] of ranges) gl.drawArrays(mode, first, count);
    gl.bindVertexArray(null);
  }

  destroy(): void {
    for (const b of this.buffers) this.gl.deleteBuffer(b);
    this.gl.deleteVertexArray(this.vao);
  }
}
