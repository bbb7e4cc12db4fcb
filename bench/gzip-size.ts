/**
 * Gzip sizes at level 9, the way a static host would serve the files. Streamed, so the 1M
 * data set (hundreds of MB) is never one buffer, and remembered in bench/out/gzip-cache.json
 * by path, size and mtime, so a rerun does not spend half a minute compressing it again.
 */
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { constants, createGzip } from 'node:zlib';

const CACHE = resolve(dirname(fileURLToPath(import.meta.url)), 'out/gzip-cache.json');
let cache: Record<string, number> | null = null;

function loadCache(): Record<string, number> {
  if (cache) return cache;
  try {
    cache = JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, number>;
  } catch {
    cache = {};
  }
  return cache;
}

export async function gzipFileSize(path: string): Promise<number> {
  const stat = statSync(path);
  const key = `${resolve(path)}:${stat.size}:${stat.mtimeMs}`;
  const known = loadCache()[key];
  if (known !== undefined) return known;
  let size = 0;
  const count = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done();
    },
  });
  await pipeline(createReadStream(path), createGzip({ level: constants.Z_BEST_COMPRESSION }), count);
  loadCache()[key] = size;
  writeFileSync(CACHE, JSON.stringify(cache));
  return size;
}
