import { describe, expect, it } from 'vitest';
import { Program } from './gl-program';

const LINK_STATUS = 0x8b82;
const COMPLETION_STATUS_KHR = 0x91b1;

/** Just enough of a WebGL2 context to build a program, recording the status queries asked. */
function fakeGl({ parallel, linkOk = true }: { parallel: boolean; linkOk?: boolean }) {
  const state = { complete: false, asked: [] as number[] };
  const gl = {
    VERTEX_SHADER: 0x8b31,
    FRAGMENT_SHADER: 0x8b30,
    LINK_STATUS,
    getExtension: (name: string) => (parallel && name === 'KHR_parallel_shader_compile' ? {} : null),
    createProgram: () => ({}),
    createShader: () => ({}),
    shaderSource() {},
    compileShader() {},
    attachShader() {},
    bindAttribLocation() {},
    linkProgram() {},
    getProgramParameter(_: unknown, pname: number) {
      state.asked.push(pname);
      return pname === COMPLETION_STATUS_KHR ? state.complete : linkOk;
    },
    getProgramInfoLog: () => '',
    getShaderInfoLog: () => 'ERROR: 0:3: syntax error',
  };
  return { gl: gl as unknown as WebGL2RenderingContext, state };
}

describe('a GPU program', () => {
  it('with parallel compiling, is not ready until the driver says so, and never waits on the link status before', () => {
    const { gl, state } = fakeGl({ parallel: true });
    const program = new Program(gl, 'fragment');
    expect(state.asked).toEqual([]);
    expect(program.ready()).toBe(false);
    expect(program.ready()).toBe(false);
    expect(state.asked).not.toContain(LINK_STATUS);
    state.complete = true;
    expect(program.ready()).toBe(true);
    expect(state.asked.at(-1)).toBe(LINK_STATUS);
    // Asked once: later frames cost nothing.
    const asked = state.asked.length;
    expect(program.ready()).toBe(true);
    expect(state.asked).toHaveLength(asked);
  });

  it('without it, is ready at the first look (which waits, as a status check does)', () => {
    const { gl } = fakeGl({ parallel: false });
    expect(new Program(gl, 'fragment').ready()).toBe(true);
  });

  it('that failed to build says why, with the shader log', () => {
    const { gl, state } = fakeGl({ parallel: true, linkOk: false });
    const program = new Program(gl, 'fragment');
    state.complete = true;
    expect(() => program.ready()).toThrow(/syntax error/);
  });
});
