/**
 * The addresses a `data=https://…` link makes the browser fetch, to show in the consent
 * dialog: the file itself, or for a folder (an address ending in `/`) the files of our schema,
 * named as the shipped data set's are.
 */
import { FILES } from '../../data/files';

export function linkFetches(url: string): string[] {
  if (!url.endsWith('/')) return [url];
  return Object.values(FILES).map((path) => new URL(path.slice(path.lastIndexOf('/') + 1), url).href);
}
