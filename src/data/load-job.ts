/**
 * The load worker's job, apart from the worker itself so tests can run it with a fake port:
 * read the files (`fetch-files.ts`), hand them to the ingest seam, build the model, and send
 * it to the page in chunks as the page takes them (`load-protocol.ts`).
 */
import { z } from 'zod';
import { ingestFor } from './ingest/ingest-for';
import { buildAtlasData, type AtlasEvent } from '../domain/atlas-event';
import { readRequest, startFetch } from './fetch-files';
import { buildDrawing, drawingTransfer } from '../map/gpu/drawing';
import { GPU_THRESHOLD } from '../map/gpu/threshold';
import { columnsTransfer } from './event-wire';
import {
  atlasHeader,
  CHUNK_SIZE,
  CHUNKS_IN_FLIGHT,
  eventChunks,
  type LoadHeader,
  type LoadProgress,
  type LoadRequest,
  type WorkerMessage,
} from './load-protocol';

export interface JobPort {
  /** `transfer`: buffers handed over rather than copied. */
  post(message: WorkerMessage, transfer?: Transferable[]): void;
  /** Resolves once the page has taken in at least `count` events. */
  received(count: number): Promise<void>;
  /**
   * Resolves once the user has confirmed the load: at once, unless the page read it ahead
   * while its dialog was open. Nothing of the data set is sent before.
   */
  confirmed?(): Promise<void>;
}

/**
 * Progress goes out at most once a second, and at every change of phase: each telling is a
 * frame for the page, and without a GPU the page composites it on the CPU the load needs.
 */
const PROGRESS_MS = 1000;

function progressPoster(port: JobPort, now: () => number): (p: LoadProgress) => void {
  let phase: LoadProgress['phase'] | null = null;
  let last = -Infinity;
  return (progress) => {
    const t = now();
    const finished = progress.total !== null && progress.done === progress.total;
    if (progress.phase === phase && !finished && t - last < PROGRESS_MS) return;
    phase = progress.phase;
    last = t;
    port.post({ type: 'progress', progress });
  };
}

/** Load the data set and send it; any failure goes to the page as one `error` message. */
export async function runLoadJob(
  request: LoadRequest,
  port: JobPort,
  /** `drawAt`: from how many events on the GPU layer's drawing is built (tests lower it). */
  options: { chunkSize?: number; now?: () => number; drawAt?: number } = {},
): Promise<void> {
  try {
    const progress = progressPoster(port, options.now ?? (() => performance.now()));
    await sendDataset(request, port, options.chunkSize ?? CHUNK_SIZE, options.drawAt ?? GPU_THRESHOLD, progress);
  } catch (error) {
    port.post({ type: 'error', message: (error as Error).message });
  }
}

/** Everything the page needs, the events apart: the rest of the worker's model goes with this call. */
async function prepare(request: LoadRequest, progress: (p: LoadProgress) => void): Promise<{ header: LoadHeader; events: AtlasEvent[] }> {
  // What is read: a folder without events.geojson turns out to be columnar.
  const { request: read, started } = request.kind === 'fetch' ? await startFetch(request) : { request, started: undefined };
  const files = await readRequest(read, progress, started);
  progress({ phase: 'parse', done: 0, total: null });
  const ingest = await ingestFor(read.format);
  const { dataset, version, issues, report } = await ingest(files.splice(0), {
    name: request.name,
    format: read.format,
    mapping: request.kind === 'files' ? request.mapping : undefined,
    onValidate: (done, total) => progress({ phase: 'validate', done, total }),
    consume: true,
    compile: z.compile,
  });
  progress({ phase: 'prepare', done: 0, total: dataset.events.length });
  const data = buildAtlasData(dataset);
  return { header: atlasHeader(data, version, issues, report), events: data.events };
}

async function sendDataset(request: LoadRequest, port: JobPort, chunkSize: number, drawAt: number, progress: (p: LoadProgress) => void): Promise<void> {
  const { header, events } = await prepare(request, progress);
  await port.confirmed?.();
  port.post(header);
  // A large data set's drawing is built while the page reads the first chunks, and goes
  // before the last one, so the page has it when the events are complete.
  let drawFrom: readonly AtlasEvent[] | null = events.length >= drawAt ? events.slice() : null;
  // The page builds its own copy as the chunks arrive; the worker's goes as they leave.
  const sent: Array<AtlasEvent | undefined> = events;
  // Where each chunk sent so far began: a chunk goes once the page has taken in all but the
  // last CHUNKS_IN_FLIGHT - 1 of them (chunks differ in size, so this counts chunks, not events).
  const starts: number[] = [];
  const total = events.length;
  for (const chunk of eventChunks(header, events, chunkSize)) {
    starts.push(chunk.from);
    await port.received(starts[starts.length - CHUNKS_IN_FLIGHT] ?? 0);
    if (drawFrom && (chunk.from + chunk.count === total || starts.length > CHUNKS_IN_FLIGHT)) {
      const drawing = buildDrawing(drawFrom);
      drawFrom = null;
      port.post({ type: 'drawing', drawing }, drawingTransfer(drawing));
    }
    port.post(chunk, columnsTransfer(chunk));
    sent.fill(undefined, chunk.from, chunk.from + chunk.count);
  }
}
