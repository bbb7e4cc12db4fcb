/**
 * The columnar form of a bench data set (`npm run import -- --columnar` of it), for the
 * `columnar` case of `--load`: `out/data/<size>-columnar/` holds the three Parquet tables and the
 * gazetteer, and no events.geojson, so the app's folder load finds the tables. Written once per
 * generator version (its meta.json is copied beside the tables), in a child process with a heap
 * large enough to read a million events of GeoJSON.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { columnarFiles } from '../src/data/columnar/write';
import { ingestAtlas } from '../src/data/ingest/ingest-atlas';
import { DATA_ROOT, datasetDir, isSizeLabel, type SizeLabel } from './generate';

export const columnarDir = (size: SizeLabel): string => join(DATA_ROOT, `${size}-columnar`);

const generatorOf = (dir: string): unknown => {
  try {
    return (JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { generator?: unknown }).generator;
  } catch {
    return undefined;
  }
};

/** Write the columnar form of a generated data set unless it is there for the same generator. */
export function ensureColumnar(size: SizeLabel): string {
  const dir = columnarDir(size);
  if (existsSync(join(dir, 'events.parquet')) && generatorOf(dir) !== undefined && generatorOf(dir) === generatorOf(datasetDir(size))) return dir;
  execFileSync(process.execPath, ['--max-old-space-size=12000', '--import', 'tsx', fileURLToPath(import.meta.url), size], { stdio: 'inherit' });
  return dir;
}

function convert(size: SizeLabel): void {
  const from = datasetDir(size);
  const to = columnarDir(size);
  const began = performance.now();
  const read = (name: string) => ({ name, bytes: readFileSync(join(from, name)) });
  const { dataset } = ingestAtlas([read('gazetteer.json'), read('events.geojson')], { consume: true });
  mkdirSync(to, { recursive: true });
  for (const [name, bytes] of Object.entries(columnarFiles(dataset))) writeFileSync(join(to, name), bytes);
  copyFileSync(join(from, 'gazetteer.json'), join(to, 'gazetteer.json'));
  copyFileSync(join(from, 'meta.json'), join(to, 'meta.json'));
  console.log(`wrote ${to} (${dataset.events.length} events) in ${Math.round((performance.now() - began) / 1000)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = process.argv[2] ?? '';
  if (!isSizeLabel(size)) throw new Error(`usage: tsx bench/columnar.ts <size>`);
  convert(size);
}
