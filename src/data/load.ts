/**
 * The app's loader. The data files (the shipped ones are emitted by Vite as static assets,
 * so they stay out of the JavaScript bundle) are fetched, parsed and validated with the same
 * rules as `npm run validate`. A large events file is handled in a worker, whose events come
 * back in chunks the page takes in one task each, so a million events load without freezing
 * the page. A small one, like the shipped data set, is read here: the worker's own
 * code (29 KB gzip, zod again among it) would cost the first view more than the file does.
 * Seed texts load lazily, when the reader opens one.
 */
import sourcesUrl from '../../data/sources.json?url';
import gazetteerUrl from '../../data/gazetteer.json?url';
import eventsUrl from '../../data/events.geojson?url';
import { buildAtlasData } from '../domain/atlas-event';
import type { LoadProgress } from './fetch-dataset';
import { requestFiles, type DatasetSource, type Requests } from './requests';
import { LoadReceiver, type Loaded, type PageMessage, type WorkerMessage } from './load-protocol';
import { FILES } from './files';

export type { Loaded, LoadProgress };

const seedUrls = import.meta.glob('../../seeds/*.txt', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** The shipped data set, or the one in `folder` (a same-origin folder, `?data=`). */
export function datasetSource(folder: string | undefined, base: string): DatasetSource {
  const at = (url: string) => new URL(url, base).href;
  if (!folder) {
    return {
      urls: { sources: at(sourcesUrl), gazetteer: at(gazetteerUrl), events: at(eventsUrl) },
      labels: FILES,
      sourcesOptional: false,
    };
  }
  const labels = { sources: `${folder}sources.json`, gazetteer: `${folder}gazetteer.json`, events: `${folder}events.geojson` };
  return { urls: { sources: at(labels.sources), gazetteer: at(labels.gazetteer), events: at(labels.events) }, labels, sourcesOptional: true };
}

/** Load in the load worker, taking the events in as they come (`load-protocol.ts`). */
function loadInWorker(source: DatasetSource, onProgress: (p: LoadProgress) => void): Promise<Loaded> {
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module', name: 'event-atlas-load' });
  const send = (message: PageMessage) => worker.postMessage(message);
  const receiver = new LoadReceiver(onProgress);
  return new Promise<Loaded>((resolve, reject) => {
    const fail = (error: Error) => {
      worker.terminate();
      reject(error);
    };
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      const next = receiver.receive(data);
      if (next.kind === 'more') {
        if (next.ack) send(next.ack);
      } else if (next.kind === 'done') {
        worker.terminate();
        resolve(next.loaded);
      } else fail(next.error);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new Error(`the loader stopped: ${event.message || 'its worker could not run'}`));
    };
    worker.onmessageerror = () => fail(new Error('the loader sent a message that could not be read'));
    send({ type: 'load', source });
  });
}

/**
 * The same steps on this thread: for a small file, and where there is no Worker. The
 * validator (and zod) load here, lazily, so a large data set's first view does not load
 * them twice: once on the page and once in the worker.
 */
async function loadHere(source: DatasetSource, onProgress: (p: LoadProgress) => void, requests: Requests): Promise<Loaded> {
  const { fetchDataset } = await import('./fetch-dataset');
  const { dataset, version, issues } = await fetchDataset(source, onProgress, requests);
  return { data: buildAtlasData(dataset), version, issues };
}

/**
 * Events files up to this size are read on the page: about 500 events. Reading, validating
 * and indexing 1,000 events (0.5 MB) took 457 ms in one task on this 2-core machine while
 * MapLibre set up beside it, and a million took 20-30 s; the shipped data set
 * (about 0.1 MB) does not need the worker's start-up.
 */
const IN_PAGE_MAX_BYTES = 250_000;

/**
 * Whether an events file is too large to read on the page, or of unknown size. A failed
 * request is not: the page's path reports it, in the words it always used.
 */
export function tooLargeForPage(response: Response | null): boolean {
  if (!response?.ok) return false;
  const length = Number(response.headers.get('content-length'));
  if (!(length > 0)) return true;
  // A compressed length: JSON of events compresses about eight to one.
  return length > (response.headers.get('content-encoding') ? IN_PAGE_MAX_BYTES / 8 : IN_PAGE_MAX_BYTES);
}

/**
 * Load the shipped data set, or the one in `folder` (a same-origin folder holding
 * `events.geojson` and `gazetteer.json`, and optionally `sources.json`).
 */
export async function loadDataset(folder?: string, onProgress: (p: LoadProgress) => void = () => {}): Promise<Loaded> {
  const source = datasetSource(folder, document.baseURI);
  onProgress({ phase: 'download', done: 0, total: null });
  const requests = requestFiles(source);
  if (typeof Worker === 'undefined') return loadHere(source, onProgress, requests);
  // A small file takes less time to read than its progress would take to draw.
  if (!tooLargeForPage(await requests.events.catch(() => null))) return loadHere(source, () => {}, requests);
  // The worker fetches the files again; these requests stop at their headers.
  for (const request of Object.values(requests)) {
    request.then((r) => r.body?.cancel()).catch(() => {});
  }
  return loadInWorker(source, onProgress);
}

const seedCache = new Map<string, Promise<string>>();

async function fetchText(url: string, label: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${label}: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

/** The full text of a seed article, fetched once. */
export function loadSeedText(file: string): Promise<string> {
  let text = seedCache.get(file);
  if (!text) {
    const url = seedUrls[`../../seeds/${file}`];
    text = url ? fetchText(url, `seeds/${file}`) : Promise.reject(new Error(`no seed file ${file}`));
    seedCache.set(file, text);
  }
  return text;
}
