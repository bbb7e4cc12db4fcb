/**
 * The app's loader: turns a data-set source into a load request, reads the files and hands
 * them to the ingest seam (`ingest/ingest.ts`), the same function the command line uses.
 * The shipped files are emitted by Vite as static assets, so they stay out of the JavaScript
 * bundle. A data set opened by link, or a large file, is read in a worker whose events come
 * back in chunks the page takes in one task each, so a million events load without freezing
 * the page; the shipped data set and a small file are read here, because the worker's own
 * code (the ingest, zod, papaparse) would cost more than they do. Seed texts load lazily.
 */
import sourcesUrl from '../../data/sources.json?url';
import gazetteerUrl from '../../data/gazetteer.json?url';
import eventsUrl from '../../data/events.geojson?url';
import { ingestFor } from './ingest/ingest-for';
import { buildAtlasData } from '../domain/atlas-event';
import { fetchText, readRequest, startFetch } from './fetch-files';
import { namesParquet, schemaFiles } from './schema-files';
import type { Loaded, LoadProgress, LoadRequest } from './load-protocol';
import { loadInWorker, readAhead, readInWorker, startInWorker, takeReadAhead } from './worker-load';
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
      return { kind: 'fetch', name: path, format: 'atlas', files: schemaFiles(folder, `${folder}events.geojson`, at), columnarIfMissing: true };
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
  // A link's data set is read in the worker from the first moment, even a small one: the page
  // is busy setting up its map for a second or more, and a load it began itself would wait for
  // that (to check the file's size, to load its own ingest) before the worker even started.
  if (source.kind !== 'shipped' && typeof Worker !== 'undefined') return loadInWorker(asked, onProgress);
  // The shipped data set is small, read here sooner than the worker's code would load.
  const { request, started } = await startFetch(asked);
  return loadHere(request, source.kind === 'shipped' ? () => {} : onProgress, started);
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
