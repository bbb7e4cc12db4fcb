/**
 * Reading a data set's files, wherever they are: fetched from this site or a confirmed link,
 * or opened from disk. The bytes go to the ingest seam undecoded (it detects the encoding).
 * The one place the app fetches data files and seed texts.
 */
import type { RawFile } from './ingest/types';
import type { LoadProgress, LoadRequest } from './load-protocol';
import { columnarInstead, type FetchRequest } from './schema-files';

/**
 * The response, checked: an HTTP error rejects naming the file; a missing optional file is
 * null. Missing means a 404, or the HTML page a single-page-app server sends instead of one.
 */
export async function checkedResponse(request: Promise<Response>, label: string, optional: boolean): Promise<Response | null> {
  const response = await request;
  if (optional && isMissing(response)) return null;
  if (!response.ok) throw new Error(`${label}: HTTP ${response.status} ${response.statusText}`);
  return response;
}

/** A 404, or the HTML page a single-page-app server sends for a file it does not have. */
export const isMissing = (response: Response): boolean => response.status === 404 || !!response.headers.get('content-type')?.includes('text/html');

/** The body's bytes, telling `onBytes` as they arrive: 500 MB take a while on a real network. */
export async function responseBytes(response: Response, onBytes: (received: number, total: number | null) => void = () => {}): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const length = Number(response.headers.get('content-length'));
  // With a Content-Encoding the length counts compressed bytes and the body is decompressed.
  const total = length > 0 && !response.headers.get('content-encoding') ? length : null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onBytes(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks.splice(0)) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** A text file fetched whole (a seed article). */
export async function fetchText(url: string, label: string): Promise<string> {
  const response = (await checkedResponse(fetch(url), label, false))!;
  return new TextDecoder().decode(await responseBytes(response));
}

/** The requests of a fetch load, started together, before the ingest's code has loaded. */
export const startRequests = (request: FetchRequest): Promise<Response>[] => request.files.map((f) => fetch(f.url));

/**
 * Start a fetch load's requests. A folder without events.geojson is read as a columnar one
 * (`columnarInstead`): what is then read, with the requests already made for it.
 */
export async function startFetch(asked: FetchRequest): Promise<{ request: FetchRequest; started: Promise<Response>[] }> {
  const started = startRequests(asked);
  const columnar = columnarInstead(asked);
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

/**
 * The files of a load, as bytes. Progress counts the bytes of the largest file (the events),
 * which is most of the wait. A missing optional file is left out.
 */
export async function readRequest(
  request: LoadRequest,
  onProgress: (p: LoadProgress) => void,
  started?: Promise<Response>[],
): Promise<RawFile[]> {
  onProgress({ phase: 'download', done: 0, total: null });
  if (request.kind === 'files') {
    const total = request.files.reduce((n, f) => n + f.size, 0);
    let done = 0;
    const out: RawFile[] = [];
    for (const file of request.files) {
      out.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      done += file.size;
      onProgress({ phase: 'download', done, total });
    }
    return out;
  }
  const requests = started ?? startRequests(request);
  const responses = await Promise.all(request.files.map((f, i) => checkedResponse(requests[i]!, f.label, f.optional === true)));
  const main = request.files.length - 1;
  const bytes = await Promise.all(
    responses.map((r, i) => (r ? responseBytes(r, i === main ? (done, total) => onProgress({ phase: 'download', done, total }) : undefined) : null)),
  );
  return request.files.flatMap((f, i) => (bytes[i] ? [{ name: f.label, bytes: bytes[i] }] : []));
}
