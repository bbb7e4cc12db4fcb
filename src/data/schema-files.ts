/**
 * Where a folder of our schema keeps its files, and the one guess a load makes about them: a
 * folder without events.geojson is read as columnar tables. Shared by the page (which lists a
 * link's requests in its consent dialog) and the load worker (which fetches them).
 */
import type { FetchedFile, LoadRequest } from './load-protocol';

export type FetchRequest = Extract<LoadRequest, { kind: 'fetch' }>;

/** A `data=` path that names a columnar events file. */
export const namesParquet = (path: string): boolean => /\.parquet$/i.test(path.replace(/[?#].*$/, ''));

/**
 * The files of our schema in a folder: the manifest (a data set opened by link may come without
 * one), the gazetteer, a columnar data set's claims and figures tables, and the events file
 * last (the load's progress counts its bytes). `at` makes a file's URL from its label.
 */
export function schemaFiles(folder: string, events: string, at: (label: string) => string): FetchedFile[] {
  const file = (name: string): FetchedFile => ({ url: at(`${folder}${name}`), label: `${folder}${name}` });
  const tables = namesParquet(events) ? [file('claims.parquet'), file('figures.parquet')] : [];
  return [{ ...file('sources.json'), optional: true }, file('gazetteer.json'), ...tables, { url: at(events), label: events }];
}

const GEOJSON_EVENTS = /events\.geojson$/;

/**
 * A folder's columnar tables, for a folder that has no events.geojson (a request marked
 * `columnarIfMissing`). The folder is asked for events.geojson first, so every folder of our
 * GeoJSON schema opens exactly as it did, with no request for a file it does not have; only a
 * columnar folder pays one 404. A manifest naming the events file would spare that request, but
 * every existing folder would then 404 on the manifest instead (and `npm run import` removes the
 * other form's events files, so a folder it wrote never holds both).
 */
export function columnarInstead(request: FetchRequest): FetchRequest | null {
  const events = request.files.at(-1);
  if (!request.columnarIfMissing || request.format !== 'atlas' || !events || !GEOJSON_EVENTS.test(events.label)) return null;
  const folder = events.label.replace(GEOJSON_EVENTS, '');
  const folderUrl = events.url.replace(GEOJSON_EVENTS, '');
  const files = schemaFiles(folder, `${folder}events.parquet`, (label) => folderUrl + label.slice(folder.length));
  return { kind: 'fetch', name: request.name, format: 'parquet', files };
}
