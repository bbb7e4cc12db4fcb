import { describe, expect, it } from 'vitest';
import { selfTimes } from './profile';
import { busyPerStep, stepWindows, type TraceEvent } from './trace';

const RENDERER = 10;
const MAIN = 10;
const WORKER = 11;
const GPU = 20;

const meta = (pid: number, tid: number, kind: 'process_name' | 'thread_name', name: string): TraceEvent => ({
  name: kind, cat: '__metadata', ph: 'M', ts: 0, pid, tid, args: { name },
});
const task = (tid: number, ts: number, dur: number, pid = RENDERER): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask', cat: 'toplevel', ph: 'X', ts, dur, pid, tid,
});
const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'I', ts, pid: RENDERER, tid: MAIN });

const threads: TraceEvent[] = [
  meta(RENDERER, 0, 'process_name', 'Renderer'),
  meta(GPU, 0, 'process_name', 'GPU Process'),
  meta(RENDERER, MAIN, 'thread_name', 'CrRendererMain'),
  meta(RENDERER, WORKER, 'thread_name', 'DedicatedWorker thread'),
  meta(GPU, GPU, 'thread_name', 'CrGpuMain'),
  meta(GPU, GPU, 'thread_name', 'CrGpuMain'), // named twice, as Chromium sometimes does
];

describe('busy time per step from a trace', () => {
  const events = [
    ...threads,
    mark('bench-step-start', 1000),
    task(MAIN, 900, 300), // began before the key: 200 µs of it count
    task(MAIN, 1100, 50), // nested in the one above: counted once
    task(WORKER, 1500, 2000),
    task(GPU, 2000, 400, GPU),
    task(MAIN, 4000, 1000),
    mark('bench-step-idle', 4500),
    task(MAIN, 4600, 100), // after idle: not this step's
    mark('bench-step-start', 6000),
    task(MAIN, 6000, 3000),
    mark('bench-step-idle', 10000),
  ];

  it('cuts the trace at the probe marks', () => {
    expect(stepWindows(events)).toEqual([
      [1000, 4500],
      [6000, 10000],
    ]);
  });

  it('sums each thread group’s top-level tasks inside each step, in ms', () => {
    expect(busyPerStep(events)).toEqual([
      { main: 0.7, worker: 2, gpu: 0.4 },
      { main: 3, worker: 0, gpu: 0 },
    ]);
  });
});

describe('CPU samples', () => {
  it('give each node the time until the next sample', () => {
    const events: TraceEvent[] = [
      { name: 'Profile', cat: 'p', ph: 'P', ts: 0, pid: RENDERER, tid: MAIN, id: '0x1' },
      {
        name: 'ProfileChunk', cat: 'p', ph: 'P', ts: 1, pid: RENDERER, tid: MAIN, id: '0x1',
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { functionName: '(root)' } },
                { id: 2, parent: 1, callFrame: { functionName: 'work', url: 'http://x/a.js', lineNumber: 0, columnNumber: 5 } },
                { id: 3, parent: 1, callFrame: { functionName: '(idle)' } },
              ],
              samples: [2, 2],
            },
            timeDeltas: [0, 1000],
          },
        },
      },
      { name: 'ProfileChunk', cat: 'p', ph: 'P', ts: 2, pid: RENDERER, tid: MAIN, id: '0x1', args: { data: { cpuProfile: { samples: [3] }, timeDeltas: [3000] } } },
      // Another thread's chunk with the same id: not this thread's.
      { name: 'ProfileChunk', cat: 'p', ph: 'P', ts: 3, pid: 99, tid: 1, id: '0x1', args: { data: { cpuProfile: { samples: [2] }, timeDeltas: [9000] } } },
    ];
    const times = selfTimes(events, RENDERER, MAIN).map((t) => [t.frame.functionName, t.self]);
    expect(times).toEqual([
      ['work', 4],
      ['(idle)', 0],
    ]);
  });
});
