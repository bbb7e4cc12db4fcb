/**
 * The addresses a `data=https://…` link makes the browser fetch, to show in the consent
 * dialog: asked of the loader itself, so the dialog lists exactly what a load would request.
 * A folder's columnar tables are listed after its GeoJSON files: they are fetched only if the
 * folder has no events.geojson.
 */
import { loadRequest } from '../../data/load';
import { columnarInstead } from '../../data/schema-files';

export function linkFetches(url: string): string[] {
  const request = loadRequest({ kind: 'link', url }, url);
  if (request.kind !== 'fetch') return [];
  const urls = request.files.map((f) => f.url);
  const columnar = columnarInstead(request)?.files.map((f) => f.url) ?? [];
  return [...urls, ...columnar.filter((u) => !urls.includes(u))];
}
