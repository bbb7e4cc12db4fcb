/**
 * The app's loader: fetches the data files (the shipped ones are emitted by Vite as static
 * assets, so they stay out of the JavaScript bundle), validates them with the same rules as
 * `npm run validate`, and reports what it set aside. Seed texts load lazily, when the
 * reader opens one.
 */
import sourcesUrl from '../../data/sources.json?url';
import gazetteerUrl from '../../data/gazetteer.json?url';
import eventsUrl from '../../data/events.geojson?url';
import { buildAtlasData, type AtlasData } from '../domain/atlas-event';
import type { ValidationIssue } from '../domain/types';
import { FILES, validateDataset } from './validate';
import { contentHash } from './version';

const seedUrls = import.meta.glob('../../seeds/*.txt', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface Loaded {
  data: AtlasData;
  version: string;
  issues: ValidationIssue[];
}

async function fetchText(url: string, label: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${label}: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

/**
 * Like fetchText, but a missing file is null: a data set may come without a manifest.
 * Missing means a 404, or the HTML page a single-page-app server sends instead of one.
 */
async function fetchOptional(url: string, label: string): Promise<string | null> {
  const response = await fetch(url);
  if (response.status === 404 || response.headers.get('content-type')?.includes('text/html')) return null;
  if (!response.ok) throw new Error(`${label}: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

function parseJson(text: string, file: string, issues: ValidationIssue[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    issues.push({ file, id: '(file)', path: '', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/**
 * Load the shipped data set, or the one in `folder` (a same-origin folder holding
 * `events.geojson` and `gazetteer.json`, and optionally `sources.json`).
 */
export async function loadDataset(folder?: string): Promise<Loaded> {
  const at = (name: string) => new URL(`${folder}${name}`, document.baseURI).href;
  const labels = folder
    ? { sources: `${folder}sources.json`, gazetteer: `${folder}gazetteer.json`, events: `${folder}events.geojson` }
    : FILES;
  const [sourcesText, gazetteerText, eventsText] = await Promise.all([
    folder ? fetchOptional(at('sources.json'), labels.sources) : fetchText(sourcesUrl, labels.sources),
    fetchText(folder ? at('gazetteer.json') : gazetteerUrl, labels.gazetteer),
    fetchText(folder ? at('events.geojson') : eventsUrl, labels.events),
  ]);
  const readIssues: ValidationIssue[] = [];
  const { dataset, issues } = validateDataset({
    sources: sourcesText === null ? undefined : parseJson(sourcesText, labels.sources, readIssues),
    gazetteer: parseJson(gazetteerText, labels.gazetteer, readIssues),
    events: parseJson(eventsText, labels.events, readIssues),
    labels,
  });
  return {
    data: buildAtlasData(dataset),
    version: contentHash(sourcesText ?? '', gazetteerText, eventsText),
    issues: [...readIssues, ...issues],
  };
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
