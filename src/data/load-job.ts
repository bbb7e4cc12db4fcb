/**
 * The load worker's job, apart from the worker itself so tests can run it with a fake port:
 * fetch, parse and validate (`fetch-dataset.ts`), build the model, and send it to the page
 * in chunks as the page takes them (`load-protocol.ts`).
 */
import { buildAtlasData, type AtlasEvent } from '../domain/atlas-event';
import { fetchDataset, type DatasetSource, type LoadProgress } from './fetch-dataset';
import { atlasHeader, CHUNK_SIZE, CHUNKS_IN_FLIGHT, wireChunks, type LoadHeader, type WorkerMessage } from './load-protocol';

export interface JobPort {
  post(message: WorkerMessage): void;
  /** Resolves once the page has taken in at least `count` events. */
  received(count: number): Promise<void>;
}

/**
 * Progress goes out at most once a second, and at every change of phase. Each telling is a
 * frame for the page, and without a GPU the frame is composited on the CPU the load needs:
 * at five a second the GPU process took 16 s of CPU during a 1M load, at one a second 5 s.
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
  source: DatasetSource,
  port: JobPort,
  options: { chunkSize?: number; now?: () => number } = {},
): Promise<void> {
  try {
    await sendDataset(source, port, options.chunkSize ?? CHUNK_SIZE, progressPoster(port, options.now ?? (() => performance.now())));
  } catch (error) {
    port.post({ type: 'error', message: (error as Error).message });
  }
}

/** Everything the page needs, the events apart: the rest of the worker's model goes with this call. */
async function prepare(source: DatasetSource, progress: (p: LoadProgress) => void): Promise<{ header: LoadHeader; events: AtlasEvent[] }> {
  const { dataset, version, issues } = await fetchDataset(source, progress);
  progress({ phase: 'prepare', done: 0, total: dataset.events.length });
  const data = buildAtlasData(dataset);
  return { header: atlasHeader(data, version, issues), events: data.events };
}

async function sendDataset(source: DatasetSource, port: JobPort, chunkSize: number, progress: (p: LoadProgress) => void): Promise<void> {
  const { header, events } = await prepare(source, progress);
  port.post(header);
  // The page builds its own copy as the chunks arrive; the worker's goes as they leave.
  const sent: Array<AtlasEvent | undefined> = events;
  for (const chunk of wireChunks(events, chunkSize)) {
    await port.received(chunk.from - (CHUNKS_IN_FLIGHT - 1) * chunkSize);
    port.post(chunk);
    sent.fill(undefined, chunk.from, chunk.from + chunk.count);
  }
}
