import { describe, expect, it } from 'vitest';
import { testEvent, testPlace } from '../../test-support/fixtures';
import { arcBatch } from './arc-batch';
import { ARC_ATTRIBUTES, ARC_POINTS, ARC_STEPS } from './arc-shader';
import { GpuArcs } from './gpu-arcs';

/** Just enough of a WebGL2 context to upload arcs and draw them, recording what was asked. */
function fakeGl() {
  const calls: Array<[string, ...unknown[]]> = [];
  let next = 0;
  const record =
    (name: string, result?: () => unknown) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return result?.();
    };
  const gl = {
    ARRAY_BUFFER: 0x8892,
    STATIC_DRAW: 0x88e4,
    FLOAT: 0x1406,
    UNSIGNED_BYTE: 0x1401,
    LINE_STRIP: 0x0003,
    createVertexArray: record('createVertexArray', () => ({ vao: next++ })),
    createBuffer: record('createBuffer', () => ({ buffer: next++ })),
    bindVertexArray: record('bindVertexArray'),
    bindBuffer: record('bindBuffer'),
    bufferData: record('bufferData'),
    enableVertexAttribArray: record('enableVertexAttribArray'),
    vertexAttribPointer: record('vertexAttribPointer'),
    vertexAttribDivisor: record('vertexAttribDivisor'),
    drawArraysInstanced: record('drawArraysInstanced'),
    deleteBuffer: record('deleteBuffer'),
    deleteVertexArray: record('deleteVertexArray'),
  };
  return { gl: gl as unknown as WebGL2RenderingContext, calls };
}

const A = testPlace('a', { point: [30, 50] });
const B = testPlace('b', { point: [36, 49] });
const arcs = arcBatch(Array.from({ length: 10 }, (_, i) => testEvent({ id: `e${i}`, start: 10 * i, end: 10 * i + 1, place: B, origin: A })));

describe('arcs on the GPU', () => {
  it('share one buffer of steps per vertex; ends, days and colour advance once per arc', () => {
    const { gl, calls } = fakeGl();
    new GpuArcs(gl, arcs);
    expect(calls.find(([name, , data]) => name === 'bufferData' && data === ARC_STEPS)).toBeDefined();
    const divisors = new Map(calls.filter(([name]) => name === 'vertexAttribDivisor').map(([, at, d]) => [at, d]));
    expect(divisors.get(ARC_ATTRIBUTES.a_t)).toBeUndefined();
    for (const at of [ARC_ATTRIBUTES.a_ends, ARC_ATTRIBUTES.a_ends_lo, ARC_ATTRIBUTES.a_time, ARC_ATTRIBUTES.a_color]) expect(divisors.get(at)).toBe(1);
  });

  it('draws a range of arcs from its first one: the columns start there, a line strip per arc', () => {
    const { gl, calls } = fakeGl();
    const gpu = new GpuArcs(gl, arcs);
    calls.length = 0;
    gpu.draw([[4, 3]]);
    const pointers = new Map(calls.filter(([name]) => name === 'vertexAttribPointer').map(([, at, , , , , offset]) => [at, offset]));
    // Bytes per arc: 4 float32 ends, 4 float32 remainders, 2 float32 days, 4 bytes of colour.
    expect(pointers).toEqual(
      new Map([
        [ARC_ATTRIBUTES.a_ends, 4 * 16],
        [ARC_ATTRIBUTES.a_ends_lo, 4 * 16],
        [ARC_ATTRIBUTES.a_time, 4 * 8],
        [ARC_ATTRIBUTES.a_color, 4 * 4],
      ]),
    );
    expect(calls.filter(([name]) => name === 'drawArraysInstanced')).toEqual([['drawArraysInstanced', gl.LINE_STRIP, 0, ARC_POINTS, 3]]);
  });

  it('a window asks for the arcs that may overlap it; no window, for all of them', () => {
    const gpu = new GpuArcs(fakeGl().gl, arcs);
    expect(gpu.ranges(null)).toEqual([[0, 10]]);
    const [[first, count]] = gpu.ranges([50, 51]) as [[number, number]];
    expect(first).toBeLessThanOrEqual(5);
    expect(first + count).toBe(6);
  });
});
