/**
 * `npm run bench:generate [-- 1k 10k ...]`: writes the synthetic data sets to
 * `bench/out/data/<size>/` (events.geojson + gazetteer.json, no sources.json, so claims'
 * sources are not checked against a manifest) and prints their sizes.
 *
 * Events are streamed to disk in chunks: the 1M file is hundreds of MB and is never one string
 * in Node. A data set whose `meta.json` names the current generator (a hash of its source) is
 * kept, so a second `npm run bench` does not spend half a minute rewriting identical bytes.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipFileSize } from './gzip-size';
import { prng } from './prng';
import { placeCountFor, syntheticEvent, syntheticPlace, type SyntheticPlace } from './synthetic';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA_ROOT = resolve(HERE, 'out/data');
const SEED = 20240824;

export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 } as const;
export type SizeLabel = keyof typeof SIZES;
export const isSizeLabel = (s: string): s is SizeLabel => s in SIZES;

export interface DatasetMeta {
  generator: string;
  seed: number;
  events: number;
  places: number;
  bytes: { events: number; gazetteer: number };
  gzipBytes: { events: number; gazetteer: number };
  seconds: number;
}

/** The generator's identity: a hash of the modules that decide the bytes. */
function generatorVersion(): string {
  const hash = createHash('sha1');
  for (const file of ['synthetic.ts', 'prng.ts', 'generate.ts']) hash.update(readFileSync(join(HERE, file)));
  return hash.digest('hex').slice(0, 12);
}

export const datasetDir = (label: SizeLabel): string => join(DATA_ROOT, label);

function readMeta(dir: string): DatasetMeta | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as DatasetMeta;
  } catch {
    return null;
  }
}

/** Write one data set (or keep the one on disk if this generator wrote it). */
export async function ensureDataset(label: SizeLabel): Promise<DatasetMeta> {
  const dir = datasetDir(label);
  const version = generatorVersion();
  const existing = readMeta(dir);
  if (existing?.generator === version && existsSync(join(dir, 'events.geojson')) && existsSync(join(dir, 'gazetteer.json'))) {
    return existing;
  }
  const began = performance.now();
  const events = SIZES[label];
  mkdirSync(dir, { recursive: true });
  // Places and events draw from separate streams, so the place list does not shift the events.
  const placeRandom = prng(SEED ^ events);
  const places: SyntheticPlace[] = Array.from({ length: placeCountFor(events) }, (_, i) => syntheticPlace(i, placeRandom));
  const gazetteerText = `{"places":[\n${places.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;
  writeFileSync(join(dir, 'gazetteer.json'), gazetteerText);

  const eventRandom = prng((SEED + 1) ^ events);
  const fd = openSync(join(dir, 'events.geojson'), 'w');
  let bytes = 0;
  const write = (s: string) => (bytes += writeSync(fd, s));
  try {
    write('{"type":"FeatureCollection","features":[\n');
    let chunk: string[] = [];
    for (let i = 0; i < events; i++) {
      chunk.push(JSON.stringify(syntheticEvent(i, { places }, eventRandom)));
      if (chunk.length === 5000 || i === events - 1) {
        write(chunk.join(',\n') + (i === events - 1 ? '\n' : ',\n'));
        chunk = [];
      }
    }
    write(']}\n');
  } finally {
    closeSync(fd);
  }
  const meta: DatasetMeta = {
    generator: version,
    seed: SEED,
    events,
    places: places.length,
    bytes: { events: bytes, gazetteer: Buffer.byteLength(gazetteerText) },
    gzipBytes: {
      events: await gzipFileSize(join(dir, 'events.geojson')),
      gazetteer: await gzipFileSize(join(dir, 'gazetteer.json')),
    },
    seconds: (performance.now() - began) / 1000,
  };
  writeFileSync(join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

const mb = (n: number): string => `${(n / 1e6).toFixed(n < 1e6 ? 2 : 1)} MB`;

export function describeMeta(label: string, m: DatasetMeta): string {
  return `${label.padEnd(5)} ${String(m.events).padStart(8)} events ${String(m.places).padStart(6)} places  events.geojson ${mb(m.bytes.events)} (gzip ${mb(m.gzipBytes.events)}, ${Math.round(m.bytes.events / m.events)} B/event)  gazetteer.json ${mb(m.bytes.gazetteer)} (gzip ${mb(m.gzipBytes.gazetteer)})`;
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const labels = asked.length > 0 ? asked : Object.keys(SIZES);
  for (const label of labels) {
    if (!isSizeLabel(label)) throw new Error(`unknown size "${label}": use ${Object.keys(SIZES).join(', ')}`);
    console.log(describeMeta(label, await ensureDataset(label)));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
