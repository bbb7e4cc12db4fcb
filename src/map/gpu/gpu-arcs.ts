/**
 * Arcs on the GPU: a line strip of ARC_POINTS vertices per instance, drawn with
 * `drawArraysInstanced` over one small buffer of steps along the arc (arc-shader.ts) and one
 * column per arc of ends, days and colour (arc-batch.ts).
 */
import { itemRanges } from './batches';
import type { ArcBatch } from './arc-batch';
import { ARC_ATTRIBUTES, ARC_POINTS, ARC_STEPS, ARC_VERTEX } from './arc-shader';
import { attributeBuffer, LINE_FRAGMENT, Program } from './gl-program';

export const arcProgram = (gl: WebGL2RenderingContext) => new Program(gl, LINE_FRAGMENT, ARC_VERTEX, ARC_ATTRIBUTES);

interface Column {
  buffer: WebGLBuffer;
  at: number;
  size: number;
  type: number;
  normalized: boolean;
  /** Bytes per instance. */
  bytes: number;
}

export class GpuArcs {
  private readonly vao: WebGLVertexArrayObject;
  private readonly steps: WebGLBuffer;
  private readonly columns: Column[];

  constructor(
    private readonly gl: WebGL2RenderingContext,
    readonly batch: ArcBatch,
  ) {
    this.vao = gl.createVertexArray()!;
    gl.bindVertexArray(this.vao);
    this.steps = attributeBuffer(gl, ARC_STEPS, ARC_ATTRIBUTES.a_t, 1, gl.FLOAT, false);
    const column = (data: Float32Array | Uint8Array, at: number, size: number, type: number, normalized: boolean): Column => ({
      buffer: attributeBuffer(gl, data, at, size, type, normalized, true),
      at,
      size,
      type,
      normalized,
      bytes: size * data.BYTES_PER_ELEMENT,
    });
    this.columns = [
      column(batch.ends, ARC_ATTRIBUTES.a_ends, 4, gl.FLOAT, false),
      column(batch.endsLow, ARC_ATTRIBUTES.a_ends_lo, 4, gl.FLOAT, false),
      column(batch.time, ARC_ATTRIBUTES.a_time, 2, gl.FLOAT, false),
      column(batch.color, ARC_ATTRIBUTES.a_color, 4, gl.UNSIGNED_BYTE, true),
    ];
    gl.bindVertexArray(null);
  }

  /** Instance ranges [first, count] for the window, or every arc (`null`). */
  ranges(dateWindow: readonly [number, number] | null): Array<[number, number]> {
    if (dateWindow) return itemRanges(this.batch, dateWindow[0], dateWindow[1]);
    return this.batch.items > 0 ? [[0, this.batch.items]] : [];
  }

  draw(ranges: ReadonlyArray<readonly [number, number]>): void {
    const gl = this.gl;
    gl.bindVertexArray(this.vao);
    for (const [first, count] of ranges) {
      // WebGL2 has no first instance to draw from: the instance columns start there instead.
      for (const c of this.columns) {
        gl.bindBuffer(gl.ARRAY_BUFFER, c.buffer);
        gl.vertexAttribPointer(c.at, c.size, c.type, c.normalized, 0, first * c.bytes);
      }
      gl.drawArraysInstanced(gl.LINE_STRIP, 0, ARC_POINTS, count);
    }
    gl.bindVertexArray(null);
  }

  destroy(): void {
    for (const b of [this.steps, ...this.columns.map((c) => c.buffer)]) this.gl.deleteBuffer(b);
    this.gl.deleteVertexArray(this.vao);
  }
}
