/**
 * The `data` key: another data set for the map, named by the link. Today only a folder on
 * this site (holding events.geojson, gazetteer.json) is taken; the folder is read once at
 * start-up, before the store exists, so the key has nothing to apply afterwards.
 */
import { oneParam } from './url-field';
import { WRITE_DELAY_MS } from './url-timing';

/** A relative or root-relative path on this origin: no scheme, no host, no `..`. */
const SAME_ORIGIN_FOLDER = /^\/?(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)+$/;

export const dataKey = oneParam<string>('data', {
  decode: (text, refuse) => {
    if (SAME_ORIGIN_FOLDER.test(text) && !text.split('/').includes('..')) return text;
    refuse('not a folder on this site (like "datasets/acled/")');
    return undefined;
  },
  encode: (folder) => folder,
  fromStore: (s) => s.dataPath ?? undefined,
  // The loader chose the folder from the link before the data came in.
  toStore: () => {},
  watch: (s) => s.dataPath,
  write: { history: 'replace', afterMs: WRITE_DELAY_MS },
});
