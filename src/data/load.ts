/**
 * The app's loader: fetches the shipped data files (emitted by Vite as static assets, so
 * they stay out of the JavaScript bundle), validates them with the same rules as
 * `npm run validate`, and reports what it set aside. Seed texts load lazily, when the
 * reader opens one.
 */
import sourcesUrl from '../../data/sources.json?url';
import gazetteerUrl from '../../data/gazetteer.json?url';
import eventsUrl from '../../data/events.geojson?url';
import { buildAtlasData, type AtlasData } from '../domain/atlas-event';
import type { ValidationIssue } from '../domain/types';
import { validateDataset } from './validate';
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

function parseJson(text: string, file: string, issues: ValidationIssue[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    issues.push({ file, id: '(file)', path: '', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Load the shipped data set, or the events file at `eventsOverride` (same origin). */
export async function loadDataset(eventsOverride?: string): Promise<Loaded> {
  const [sourcesText, gazetteerText, eventsText] = await Promise.all([
    fetchText(sourcesUrl, 'data/sources.json'),
    fetchText(gazetteerUrl, 'data/gazetteer.json'),
    fetchText(eventsOverride ?? eventsUrl, eventsOverride ?? 'data/events.geojson'),
  ]);
  const readIssues: ValidationIssue[] = [];
  const { dataset, issues } = validateDataset({
    sources: parseJson(sourcesText, 'data/sources.json', readIssues),
    gazetteer: parseJson(gazetteerText, 'data/gazetteer.json', readIssues),
    events: parseJson(eventsText, 'data/events.geojson', readIssues),
  });
  return {
    data: buildAtlasData(dataset),
    version: contentHash(sourcesText, gazetteerText, eventsText),
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
