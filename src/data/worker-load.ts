/**
 * Loads in the load worker, from the page's side: the worker started before it is needed, a
 * load taken in as its chunks come (`load-protocol.ts`), and files read ahead while the user
 * looks at the open dialog, so that pressing Load finds them read, checked and ready to send.
 */
import { LoadReceiver, type Loaded, type LoadProgress, type LoadRequest, type WorkerMessage } from './load-protocol';

type FilesRequest = Extract<LoadRequest, { kind: 'files' }>;

/**
 * Files up to this size are read on the page: about 500 events of our schema. Reading,
 * validating and indexing 1,000 events (0.5 MB) took 457 ms in one task on a 2-core machine
 * while MapLibre set up beside it; the shipped data set (about 0.1 MB) does not need the
 * worker's start-up.
 */
export const IN_PAGE_MAX_BYTES = 250_000;

/** Whether files this large are read in the load worker. */
export const readInWorker = (files: readonly File[]): boolean =>
  typeof Worker !== 'undefined' && files.reduce((n, f) => n + f.size, 0) > IN_PAGE_MAX_BYTES;

const newWorker = () => new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module', name: 'event-atlas-load' });

/**
 * A load worker started before its load is asked for, so its code (the ingest, zod, papaparse)
 * loads meanwhile: while the reader looks at the open dialog. The next load in a worker takes it; an unused one waits, idle, for the next.
 */
let warm: Worker | null = null;

function warmWorker(): void {
  if (typeof Worker !== 'undefined') warm ??= newWorker();
}

/** Start the load worker now if these files will be read in it. */
export function prepareToOpen(files: readonly File[]): void {
  if (readInWorker(files)) warmWorker();
}

/** `performance.mark`s of a worker load that `npm run bench -- --load` reads: where the time goes. */
export const LOAD_MARK = { phase: (phase: LoadProgress['phase']) => `atlas:load-${phase}`, received: 'atlas:load-received' } as const;

/**
 * Marks the first news of each phase of a load, once, when it comes: a load read ahead tells
 * the store its phases again when it is taken, and those are not news.
 */
function phaseMarks(): (phase: LoadProgress['phase']) => void {
  const seen = new Set<LoadProgress['phase']>();
  return (phase) => {
    if (!seen.has(phase)) performance.mark(LOAD_MARK.phase(phase));
    seen.add(phase);
  };
}

/** What the worker said, or how it failed. */
type Incoming = { message: WorkerMessage } | { error: Error };

/** A load running in the load worker. */
export interface WorkerRun {
  /** Take the load in: what it said so far, then the rest as it comes. Once only. */
  take(onProgress: (p: LoadProgress) => void): Promise<Loaded>;
  cancel(): void;
}

/**
 * Start a load in the worker. `hold`: read it ahead, the worker keeping the data set until
 * `take` (its progress, and a failure, wait here for the store meanwhile).
 */
export function startInWorker(request: LoadRequest, hold: boolean): WorkerRun {
  const worker = warm ?? newWorker();
  warm = null;
  const early: Incoming[] = [];
  let handle = (incoming: Incoming): void => void early.push(incoming);
  const mark = phaseMarks();
  worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
    if (data.type === 'progress') mark(data.progress.phase);
    handle({ message: data });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    handle({ error: new Error(`the loader stopped: ${event.message || 'its worker could not run'}`) });
  };
  worker.onmessageerror = () => handle({ error: new Error('the loader sent a message that could not be read') });
  worker.postMessage({ type: 'load', request, hold });
  return {
    take: (onProgress) =>
      new Promise<Loaded>((resolve, reject) => {
        let over = false;
        const end = () => {
          over = true;
          handle = () => {};
          worker.terminate();
        };
        const receiver = new LoadReceiver((progress) => {
          mark(progress.phase);
          onProgress(progress);
        });
        handle = (incoming) => {
          if ('error' in incoming) {
            end();
            return reject(incoming.error);
          }
          const next = receiver.receive(incoming.message);
          if (next.kind === 'more') {
            if (next.ack) worker.postMessage(next.ack);
          } else if (next.kind === 'done') {
            performance.mark(LOAD_MARK.received);
            end();
            resolve(next.loaded);
          } else {
            end();
            reject(next.error);
          }
        };
        for (const incoming of early.splice(0)) handle(incoming);
        if (hold && !over) worker.postMessage({ type: 'go' });
      }),
    cancel: () => worker.terminate(),
  };
}

/** Load in the load worker, taking the events in as they come. */
export const loadInWorker = (request: LoadRequest, onProgress: (p: LoadProgress) => void): Promise<Loaded> =>
  startInWorker(request, false).take(onProgress);

/** The files read ahead, and their load. */
let ahead: { request: FilesRequest; run: WorkerRun } | null = null;

const sameFiles = (a: FilesRequest, b: FilesRequest): boolean =>
  a.files.length === b.files.length &&
  a.files.every((f, i) => f === b.files[i]) &&
  a.format === b.format &&
  JSON.stringify(a.mapping ?? null) === JSON.stringify(b.mapping ?? null);

/**
 * Read files ahead, while the user looks at what the open dialog found in them: when they are
 * confirmed as they are, the load is well on its way. Any other read ahead is dropped; files
 * small enough for the page are not read ahead (they take less than the dialog to read).
 */
export function readAhead(request: FilesRequest): void {
  dropReadAhead();
  if (readInWorker(request.files)) ahead = { request, run: startInWorker(request, true) };
}

/** The user chose otherwise (another format, a mapping, Cancel): stop reading ahead. */
export function dropReadAhead(): void {
  ahead?.run.cancel();
  ahead = null;
}

/** The load read ahead for exactly this request, taken; any other is dropped. */
export function takeReadAhead(request: FilesRequest): WorkerRun | null {
  const run = ahead && sameFiles(ahead.request, request) ? ahead.run : null;
  if (run) ahead = null;
  else dropReadAhead();
  return run;
}
