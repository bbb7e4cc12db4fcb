/**
 * The addresses a `data=https://…` link makes the browser fetch, to show in the consent
 * dialog: asked of the loader itself, so the dialog lists exactly what a load would request.
 */
import { loadRequest } from '../../data/load';

export function linkFetches(url: string): string[] {
  const request = loadRequest({ kind: 'link', url }, url);
  return request.kind === 'fetch' ? request.files.map((f) => f.url) : [];
}
