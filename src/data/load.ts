/**
 * The app's loader: turns a data-set source into a load request, reads the files and hands
 * them to the ingest seam (`ingest/ingest.ts`), the same function the command line uses.
 * The shipped files are emitted by Vite as static assets, so they stay out of the JavaScript
 * bundle. A large data set is read in a worker whose events come back in chunks the page
 * takes in one task each, so a million events load without freezing the page; a small one,
 * like the shipped data set, is read here, because the worker's own code (the ingest, zod,
 * papaparse) would cost the first view more than the file does. Seed texts load lazily.
 */
import sourcesUrl from '../../data/sources.json?url';
import gazetteerUrl from '../../data/gazetteer.json?url';
import eventsUrl from '../../data/events.geojson?url';
import { ingestFor } from './ingest/ingest-for';
import { buildAtlasData } from '../domain/atlas-event';
import { fetchText, isMissing, readRequest, startRequests } from './fetch-files';
import type { FetchedFile, Loaded, LoadProgress, LoadRequest } from './load-protocol';
import { IN_PAGE_MAX_BYTES, loadInWorker, readAhead, readInWorker, startInWorker, takeReadAhead, warmWorker } from './worker-load';
import type { DatasetSource } from './ingest/types';
import { FILES, SHIPPED_NAME } from './files';

export type { Loaded, LoadProgress };
export { dropReadAhead, LOAD_MARK, prepareToOpen } from './worker-load';

const seedUrls = import.meta.glob('../../seeds/*.txt', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** A `data=` path that names one file (`x/acled.csv`) rather than a folder of our schema's files. */
const namesFile = (path: string): boolean => /\.(csv|tsv|txt|json|geojson)$/i.test(path.replace(/[?#].*$/, ''));
const namesParquet = (path: string): boolean => /\.parquet$/i.test(path.replace(/[?#].*$/, ''));

/**
 * The files of our schema in a folder: the manifest (a data set opened by link may come without
 * one), the gazetteer, a columnar data set's claims and figures tables, and the events file
 * last (the load's progress counts its bytes).
 */
function schemaFiles(folder: string, events: string, at: (url: string) => string): FetchedFile[] {
  const file = (name: string): FetchedFile => ({ url: at(`${folder}${name}`), label: `${folder}${name}` });
  const tables = namesParquet(events) ? [file('claims.parquet'), file('figures.parquet')] : [];
  return [{ ...file('sources.json'), optional: true }, file('gazetteer.json'), ...tables, { url: at(events), label: events }];
}

/**
 * A folder's columnar tables, for a folder that has no events.geojson. The folder is
 * asked for events.geojson first, so every folder of our GeoJSON schema opens exactly as it
 * did, with no request for a file it does not have; only a columnar folder pays one 404. A
 * manifest naming the events file would spare that request, but every existing folder would
 * then 404 on the manifest instead (and `npm run import` removes the other form's events files,
 * so a folder it wrote never holds both).
 */
export function columnarInstead(request: FetchRequest, base: string): FetchRequest | null {
  const events = request.files.at(-1);
  if (request.format !== 'atlas' || !events || !/events\.geojson$/.test(events.label)) return null;
  const folder = events.label.replace(/events\.geojson$/, '');
  return { ...request, format: 'parquet', files: schemaFiles(folder, `${folder}events.parquet`, (url) => new URL(url, base).href) };
}

type FetchRequest = Extract<LoadRequest, { kind: 'fetch' }>;

/**
 * Start a fetch load's requests; a folder without events.geojson is read as a columnar one
 * (`columnarInstead`). The page may look at the responses' sizes before it reads them.
 */
async function startFetch(asked: FetchRequest, mayBeColumnar: boolean, base: string): Promise<{ request: FetchRequest; started: Promise<Response>[] }> {
  const started = startRequests(asked);
  const columnar = mayBeColumnar ? columnarInstead(asked, base) : null;
  const events = columnar ? await started.at(-1)!.catch(() => null) : null;
  if (!columnar || !events || !isMissing(events)) return { request: asked, started };
  void events.body?.cancel();
  // A folder with neither events file is reported as it always was: its events.geojson is missing.
  const parquet = fetch(columnar.files.at(-1)!.url);
  const found = await parquet.catch(() => null);
  if (!found || isMissing(found)) {
    void found?.body?.cancel();
    return { request: asked, started };
  }
  // The manifest and gazetteer already asked for are used as they are.
  const known = started.slice(0, -1);
  return { request: columnar, started: columnar.files.map((f, i) => (i === columnar.files.length - 1 ? parquet : (known[i] ?? fetch(f.url)))) };
}

/** What a source asks to read. `base` resolves relative paths (the page's URL). */
export function loadRequest(source: DatasetSource, base: string): LoadRequest {
  const at = (url: string) => new URL(url, base).href;
  switch (source.kind) {
    case 'shipped':
      return {
        kind: 'fetch',
        name: SHIPPED_NAME,
        format: 'atlas',
        files: [
          { url: at(sourcesUrl), label: FILES.sources },
          { url: at(gazetteerUrl), label: FILES.gazetteer },
          { url: at(eventsUrl), label: FILES.events },
        ],
      };
    case 'files': {
      const format = source.format ?? (source.files.some((f) => namesParquet(f.name)) ? 'parquet' : undefined);
      return { kind: 'files', name: source.files.map((f) => f.name).join(', '), files: source.files, format, mapping: source.mapping };
    }
    case 'folder':
    case 'link': {
      const path = source.kind === 'folder' ? source.path : source.url;
      // A columnar events file is read with the gazetteer and manifest beside it.
      if (namesParquet(path)) return { kind: 'fetch', name: path, format: 'parquet', files: schemaFiles(path.replace(/[^/]*$/, ''), path, at) };
      if (namesFile(path)) return { kind: 'fetch', name: path, files: [{ url: at(path), label: path }] };
      const folder = path.endsWith('/') ? path : `${path}/`;
      return { kind: 'fetch', name: path, format: 'atlas', files: schemaFiles(folder, `${folder}events.geojson`, at) };
    }
  }
}

/**
 * The same steps on this thread: for a small data set, and where there is no Worker. The
 * ingest (and zod) load here, lazily, so a large data set's first view does not load them
 * twice: once on the page and once in the worker.
 */
export async function loadHere(request: LoadRequest, onProgress: (p: LoadProgress) => void, started?: Promise<Response>[]): Promise<Loaded> {
  const [files, ingest] = await Promise.all([readRequest(request, onProgress, started), ingestFor(request.format)]);
  const { dataset, version, issues, report } = await ingest(files, {
    name: request.name,
    format: request.format,
    mapping: request.kind === 'files' ? request.mapping : undefined,
    consume: true,
  });
  return { data: buildAtlasData(dataset), version, issues, report };
}

/**
 * Whether a fetched file is too large to read on the page, or of unknown size. A failed
 * request is not: the page's path reports it, in the words it always used.
 */
export function tooLargeForPage(response: Response | null): boolean {
  if (!response?.ok) return false;
  const length = Number(response.headers.get('content-length'));
  if (!(length > 0)) return true;
  // A compressed length: JSON and CSV of events compress about eight to one.
  return length > (response.headers.get('content-encoding') ? IN_PAGE_MAX_BYTES / 8 : IN_PAGE_MAX_BYTES);
}

/**
 * Start reading files the user is about to confirm in the open dialog; opening the same files
 * (format and mapping too) then takes that load (`worker-load.ts`).
 */
export function readFilesAhead(source: Extract<DatasetSource, { kind: 'files' }>): void {
  readAhead(loadRequest(source, document.baseURI) as Extract<LoadRequest, { kind: 'files' }>);
}

/** Open a data set from any source: the store's `openDataset` calls this. */
export async function openSource(source: DatasetSource, onProgress: (p: LoadProgress) => void = () => {}): Promise<Loaded> {
  const asked = loadRequest(source, document.baseURI);
  onProgress({ phase: 'download', done: 0, total: null });
  if (asked.kind === 'files') {
    if (!readInWorker(asked.files)) return loadHere(asked, onProgress);
    return (takeReadAhead(asked) ?? startInWorker(asked, false)).take(onProgress);
  }
  // Most links name large data sets: the worker's code loads while the size is checked.
  if (source.kind !== 'shipped') warmWorker();
  const { request, started } = await startFetch(asked, source.kind !== 'shipped', document.baseURI);
  if (typeof Worker === 'undefined') return loadHere(request, onProgress, started);
  // A small file takes less time to read than its progress would take to draw.
  if (!tooLargeForPage(await started[started.length - 1]!.catch(() => null))) return loadHere(request, () => {}, started);
  // The worker fetches the files again; these requests stop at their headers.
  for (const r of started) r.then((response) => response.body?.cancel()).catch(() => {});
  return loadInWorker(request, onProgress);
}

const seedCache = new Map<string, Promise<string>>();

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
