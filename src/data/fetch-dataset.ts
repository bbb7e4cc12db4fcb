/**
 * Fetch, parse and validate a data set: the part of loading that is the same in the load
 * worker (`load-worker.ts`) and on the page (where there is no Worker, and in tests). It uses
 * `validateDataset`, so the rules are those of `npm run validate`.
 */
import type { ValidationIssue } from '../domain/types';
import { validateDataset, type Dataset, type RawDataset } from './validate';
import { contentHash } from './version';
import { requestFiles, type DatasetSource, type Requests } from './requests';

export { requestFiles, type DatasetSource, type Requests };



/**
 * How far a load has got. `done` and `total` count bytes while downloading, event records
 * while validating, preparing and receiving; `total` is null when it is not known yet.
 */
export interface LoadProgress {
  phase: 'download' | 'parse' | 'validate' | 'prepare' | 'receive';
  done: number;
  total: number | null;
}

export interface FetchedDataset {
  dataset: Dataset;
  /** Short content hash of the files as fetched (`version.ts`). */
  version: string;
  issues: ValidationIssue[];
}


async function checked(request: Promise<Response>, label: string): Promise<Response> {
  const response = await request;
  if (!response.ok) throw new Error(`${label}: HTTP ${response.status} ${response.statusText}`);
  return response;
}

/**
 * Like `checked`, but a missing file is null. Missing means a 404, or the HTML page a
 * single-page-app server sends instead of one.
 */
async function optional(request: Promise<Response>, label: string): Promise<Response | null> {
  const response = await request;
  if (response.status === 404 || response.headers.get('content-type')?.includes('text/html')) return null;
  if (!response.ok) throw new Error(`${label}: HTTP ${response.status} ${response.statusText}`);
  return response;
}

/** The body as text, telling `onBytes` as it arrives: 500 MB take a while on a real network. */
async function readText(response: Response, onBytes: (received: number, total: number | null) => void): Promise<string> {
  if (!response.body) return response.text();
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
  // What response.text() does: UTF-8, a byte-order mark dropped, bad bytes replaced.
  return new TextDecoder().decode(bytes);
}

function parseJson(text: string, file: string, issues: ValidationIssue[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    issues.push({ file, id: '(file)', path: '', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Fetch the three files, hash them and parse them. Their text, half a gigabyte at a million events, goes with this call. */
async function fetchParsed(
  source: DatasetSource,
  requests: Requests,
  onProgress: (p: LoadProgress) => void,
): Promise<{ raw: RawDataset; version: string; issues: ValidationIssue[] }> {
  const { labels } = source;
  onProgress({ phase: 'download', done: 0, total: null });
  const [sourcesResponse, gazetteerResponse, eventsResponse] = await Promise.all([
    source.sourcesOptional ? optional(requests.sources, labels.sources) : checked(requests.sources, labels.sources),
    checked(requests.gazetteer, labels.gazetteer),
    checked(requests.events, labels.events),
  ]);
  const [sourcesText, gazetteerText, eventsText] = await Promise.all([
    sourcesResponse ? sourcesResponse.text() : null,
    gazetteerResponse.text(),
    readText(eventsResponse, (done, total) => onProgress({ phase: 'download', done, total })),
  ]);
  onProgress({ phase: 'parse', done: 0, total: null });
  const issues: ValidationIssue[] = [];
  const raw: RawDataset = {
    sources: sourcesText === null ? undefined : parseJson(sourcesText, labels.sources, issues),
    gazetteer: parseJson(gazetteerText, labels.gazetteer, issues),
    events: parseJson(eventsText, labels.events, issues),
    labels,
  };
  return { raw, version: contentHash(sourcesText ?? '', gazetteerText, eventsText), issues };
}

/**
 * Fetch, parse and validate a data set, from requests already made where given. A file that
 * cannot be fetched rejects (the caller says so); one that is not JSON, or has bad records,
 * is reported in `issues`, and what is good still loads.
 */
export async function fetchDataset(
  source: DatasetSource,
  onProgress: (p: LoadProgress) => void,
  requests: Requests = requestFiles(source),
): Promise<FetchedDataset> {
  const { raw, version, issues: readIssues } = await fetchParsed(source, requests, onProgress);
  const { dataset, issues } = validateDataset(raw, {
    onProgress: (done, total) => onProgress({ phase: 'validate', done, total }),
    consume: true,
  });
  return { dataset, version, issues: [...readIssues, ...issues] };
}
