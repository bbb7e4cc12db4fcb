/**
 * Reading a Chromium trace of the scrub: how long each thread was busy during each step.
 *
 * A step is cut out by the page probe's marks (`bench-step-start` … `bench-step-idle`, on the
 * page's main thread). A thread is busy while it runs a top-level task
 * (`ThreadControllerImpl::RunTask`, category `toplevel`); overlapping tasks count once.
 * Threads: the page's main thread, its dedicated workers (MapLibre's), and the GPU process's
 * main thread, where SwiftShader rasterises WebGL on the CPU.
 */
import { coveredLength, type Interval } from './stats';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface StepBusy {
  /** Milliseconds. */
  main: number;
  worker: number;
  gpu: number;
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export interface Threads {
  main: { pid: number; tid: number } | null;
  workers: Array<{ pid: number; tid: number }>;
  gpu: Array<{ pid: number; tid: number }>;
}

/** The page's main thread (where the marks are), its workers and the GPU main thread. */
export function findThreads(events: readonly TraceEvent[]): Threads {
  const mark = events.find((e) => e.name === 'bench-step-start');
  const processNames = new Map<number, string>();
  // Chromium may name a thread more than once in a trace: one entry per thread, or its busy
  // time would count twice.
  const threadNames = new Map<string, { pid: number; tid: number; name: string }>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    const name = String((e.args as { name?: unknown } | undefined)?.name ?? '');
    if (e.name === 'process_name') processNames.set(e.pid, name);
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, { pid: e.pid, tid: e.tid, name });
  }
  const main = mark ? { pid: mark.pid, tid: mark.tid } : null;
  return {
    main,
    workers: [...threadNames.values()].filter((t) => t.pid === main?.pid && t.name === 'DedicatedWorker thread'),
    gpu: [...threadNames.values()].filter((t) => processNames.get(t.pid) === 'GPU Process' && t.name === 'CrGpuMain'),
  };
}

/** Top-level task intervals per `pid:tid`, in microseconds. */
function taskIntervals(events: readonly TraceEvent[]): Map<string, Interval[]> {
  const byThread = new Map<string, Interval[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !TASK_NAMES.has(e.name)) continue;
    const key = `${e.pid}:${e.tid}`;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push([e.ts, e.ts + e.dur]);
  }
  return byThread;
}

/** [start, idle] of every step in the trace, in microseconds, in order. */
export function stepWindows(events: readonly TraceEvent[]): Interval[] {
  const marks = events.filter((e) => e.name === 'bench-step-start' || e.name === 'bench-step-idle').sort((a, b) => a.ts - b.ts);
  const windows: Interval[] = [];
  let start: number | null = null;
  for (const m of marks) {
    if (m.name === 'bench-step-start') start = m.ts;
    else if (start !== null) {
      windows.push([start, m.ts]);
      start = null;
    }
  }
  return windows;
}

/** Busy milliseconds of each thread group during each step. */
export function busyPerStep(events: readonly TraceEvent[]): StepBusy[] {
  const threads = findThreads(events);
  const tasks = taskIntervals(events);
  const busy = (group: ReadonlyArray<{ pid: number; tid: number }>, [from, to]: Interval): number =>
    group.reduce((sum, t) => sum + coveredLength(tasks.get(`${t.pid}:${t.tid}`) ?? [], from, to), 0) / 1000;
  return stepWindows(events).map((w) => ({
    main: threads.main ? busy([threads.main], w) : NaN,
    worker: busy(threads.workers, w),
    gpu: busy(threads.gpu, w),
  }));
}
