/**
 * A small static server for the benchmark: both builds and the data sets under one origin,
 *
 *   /ours/…        → dist/ (global-state window)
 *   /setdata/…     → bench/out/dist-setdata/ (setData on every step)
 *   /bench-data/…  → bench/out/data/ (opened with `?data=/bench-data/<size>/`)
 *
 * Files go out as they are on disk, without Content-Encoding: what the browser parses is then
 * exactly the file, and the loopback has no bandwidth to save. Gzip sizes are computed apart
 * (`gzip-size.ts`), as a host would serve them. Every file served is reported to `onServe`,
 * so the runner knows which files the first view loaded without reading bodies back over CDP.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export interface Served {
  /** Path part of the URL, e.g. `/ours/assets/index-abc.js`. */
  urlPath: string;
  /** The file on disk. */
  file: string;
  bytes: number;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path names under `roots` (prefix → folder), or null outside every root. */
export function resolvePath(roots: Readonly<Record<string, string>>, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  for (const [prefix, folder] of Object.entries(roots)) {
    if (!path.startsWith(prefix)) continue;
    let rest = path.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = normalize(join(folder, rest));
    // No way out of the folder with `..` or an encoded slash.
    return file.startsWith(normalize(folder) + sep) ? file : null;
  }
  return null;
}

export async function startServer(roots: Readonly<Record<string, string>>, onServe: (s: Served) => void): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = resolvePath(roots, urlPath);
    let size: number;
    try {
      if (!file) throw new Error('outside');
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    onServe({ urlPath, file, bytes: size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
