/**
 * Gzip sizes at level 9, the way a static host would serve the files. Streamed, so the 1M
 * data set (hundreds of MB) is never one buffer.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { constants, createGzip, gzipSync } from 'node:zlib';

const LEVEL = { level: constants.Z_BEST_COMPRESSION };

export const gzipBytes = (body: Buffer | string): number => gzipSync(body, LEVEL).length;

export async function gzipFileSize(path: string): Promise<number> {
  let size = 0;
  const count = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done();
    },
  });
  await pipeline(createReadStream(path), createGzip(LEVEL), count);
  return size;
}
