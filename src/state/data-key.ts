/**
 * The `data` key of a map-state link: which data set the view was made on.
 *
 *   data=datasets/acled/                  a folder on this site
 *   data=file:acled-2024.csv              a file opened from disk (kept in that browser only)
 *   data=https://example.org/events.csv   a file or folder on another site (fetched only after
 *                                         the user confirms the host)
 *
 * No key means the shipped data set. The value is kept as written; `parseDataKey` says what
 * it names, or why it names nothing.
 */
import type { DatasetSource } from '../data/ingest/types';

export type DataRef =
  | { kind: 'folder'; path: string }
  | { kind: 'file'; name: string }
  | { kind: 'link'; url: string };

/** A relative or root-relative path on this origin: no scheme, no host, no `..`. */
const SAME_ORIGIN_FOLDER = /^\/?(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)+$/;
const FILE_PREFIX = 'file:';
const MAX_NAME = 200;
const MAX_LINK = 2000;
// Control characters have no place in a file name shown to the user.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** What a `data` value names, or a reason a person can read why it names nothing. */
export function parseDataKey(value: string): DataRef | string {
  if (value.startsWith(FILE_PREFIX)) {
    const name = value.slice(FILE_PREFIX.length);
    if (name.trim() === '' || name.length > MAX_NAME || CONTROL.test(name)) return 'not a file name';
    return { kind: 'file', name };
  }
  if (/^https:/i.test(value)) {
    if (value.length > MAX_LINK) return `a link longer than ${MAX_LINK} characters`;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return 'not a web address';
    }
    if (url.username || url.password) return 'a web address with a user name or password';
    return { kind: 'link', url: url.href };
  }
  if (SAME_ORIGIN_FOLDER.test(value) && !value.split('/').includes('..')) return { kind: 'folder', path: value };
  return 'not a folder on this site (like "datasets/acled/"), a file (file:name) or an https:// address';
}

/** The `data` value for a data set, or undefined for the shipped one. */
export function dataKeyOf(source: DatasetSource | null, name: string): string | undefined {
  switch (source?.kind) {
    case 'folder':
      return source.path;
    case 'link':
      return source.url;
    case 'files':
      return name ? `${FILE_PREFIX}${name.slice(0, MAX_NAME).replace(CONTROL, ' ')}` : undefined;
    default:
      return undefined;
  }
}

/** Whether two `data` values name the same data set (both absent: the shipped one). */
export function sameData(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const ra = parseDataKey(a);
  const rb = parseDataKey(b);
  return typeof ra !== 'string' && typeof rb !== 'string' && JSON.stringify(ra) === JSON.stringify(rb);
}
