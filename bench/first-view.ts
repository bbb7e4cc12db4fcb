/**
 * What the first view cost on the wire: the files the server sent until the map was drawn
 * with its events, gzipped at level 9 (as a static host would send them), in three heaps:
 * JavaScript (the bundle and MapLibre's worker), data (the events, the gazetteer, the
 * basemap GeoJSON) and the rest (HTML, CSS, fonts, icon).
 */
import { gzipFileSize } from './gzip-size';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface FirstView {
  js: Bytes;
  data: Bytes;
  other: Bytes;
  total: Bytes;
  files: Array<{ file: string; kind: Kind } & Bytes>;
}

export type Kind = 'js' | 'data' | 'other';

export const kindOf = (file: string): Kind =>
  /\.m?js$/.test(file) ? 'js' : /\.(geo)?json$/.test(file) ? 'data' : 'other';

export async function firstViewBytes(files: ReadonlyArray<{ file: string; bytes: number; label: string }>): Promise<FirstView> {
  const zero = (): Bytes => ({ raw: 0, gzip: 0 });
  const view: FirstView = { js: zero(), data: zero(), other: zero(), total: zero(), files: [] };
  const seen = new Set<string>();
  for (const f of files) {
    // The favicon is asked for twice; a file counts once.
    if (seen.has(f.file)) continue;
    seen.add(f.file);
    const kind = kindOf(f.file);
    const gzip = await gzipFileSize(f.file);
    view.files.push({ file: f.label, kind, raw: f.bytes, gzip });
    for (const b of [view[kind], view.total]) {
      b.raw += f.bytes;
      b.gzip += gzip;
    }
  }
  view.files.sort((a, b) => b.gzip - a.gzip);
  return view;
}
