import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAtlasData } from '../domain/atlas-event';
import { columnarFiles } from './columnar/write';
import { ingestAtlas } from './ingest/ingest-atlas';
import { dropReadAhead, loadRequest, openSource, prepareToOpen, readFilesAhead } from './load';
import { columnarInstead } from './schema-files';

describe('the load worker, started ahead', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Workers made, and the messages each was sent. */
  function stubWorkers() {
    const made: Array<{ sent: unknown[]; terminated: boolean; onmessage: ((e: { data: unknown }) => void) | null }> = [];
    vi.stubGlobal(
      'Worker',
      class {
        sent: unknown[] = [];
        terminated = false;
        onmessage = null;
        constructor() {
          made.push(this);
        }
        postMessage(m: unknown) {
          this.sent.push(m);
        }
        terminate() {
          this.terminated = true;
        }
      },
    );
    return made;
  }
  const big = () => [new File([new Uint8Array(300_000)], 'big.csv')];

  it('is started for files too large for the page, and the load then uses it rather than a new one', () => {
    const made = stubWorkers();
    vi.stubGlobal('document', { baseURI: 'http://test/' });
    prepareToOpen([new File(['a,b\n1,2'], 'small.csv')]);
    expect(made).toHaveLength(0);
    prepareToOpen(big());
    prepareToOpen(big());
    expect(made).toHaveLength(1);
    void openSource({ kind: 'files', files: big() });
    expect(made).toHaveLength(1);
    expect(made[0]!.sent).toMatchObject([{ type: 'load', request: { kind: 'files', name: 'big.csv' } }]);
    // Taken: the next load starts its own.
    void openSource({ kind: 'files', files: big() });
    expect(made).toHaveLength(2);
  });

  it('hands a link’s data set to the worker at once, before anything is fetched on the page', () => {
    const made = stubWorkers();
    const fetched: string[] = [];
    vi.stubGlobal('document', { baseURI: 'http://test/app/' });
    vi.stubGlobal('fetch', (url: string) => (fetched.push(url), new Promise(() => {})));
    // No await: the worker has its request before the page's next task, however busy that is.
    void openSource({ kind: 'folder', path: 'sets/small/' });
    expect(made).toHaveLength(1);
    expect(made[0]!.sent).toMatchObject([{ type: 'load', request: { kind: 'fetch', format: 'atlas', columnarIfMissing: true } }]);
    void openSource({ kind: 'link', url: 'https://other.example/x/acled.csv' });
    expect(made[1]!.sent).toMatchObject([{ type: 'load', request: { files: [{ url: 'https://other.example/x/acled.csv' }] } }]);
    expect(fetched).toEqual([]);
    // The shipped data set is read on the page.
    void openSource({ kind: 'shipped' });
    expect(made).toHaveLength(2);
    expect(fetched).toHaveLength(3);
  });

  it('reads files ahead while the dialog is open, holding the data set, and Load on the same files takes that load', () => {
    const made = stubWorkers();
    vi.stubGlobal('document', { baseURI: 'http://test/' });
    const files = big();
    readFilesAhead({ kind: 'files', files, format: 'acled' });
    expect(made).toHaveLength(1);
    expect(made[0]!.sent).toMatchObject([{ type: 'load', hold: true, request: { kind: 'files', format: 'acled' } }]);
    // What the worker told before Load reaches the store once Load is pressed.
    const validating = { phase: 'validate', done: 10_000, total: 50_000 };
    made[0]!.onmessage!({ data: { type: 'progress', progress: validating } });
    const told: unknown[] = [];
    void openSource({ kind: 'files', files, format: 'acled' }, (p) => told.push(p));
    expect(made).toHaveLength(1);
    expect(told).toContainEqual(validating);
    expect(made[0]!.sent.at(-1)).toEqual({ type: 'go' });
  });

  it('drops a load read ahead when Load asks for another format, or the dialog closes', () => {
    const made = stubWorkers();
    vi.stubGlobal('document', { baseURI: 'http://test/' });
    const files = big();
    readFilesAhead({ kind: 'files', files, format: 'acled' });
    void openSource({ kind: 'files', files, format: 'csv', mapping: { latitude: 'a', longitude: 'b', date: 'c' } });
    expect(made).toHaveLength(2);
    expect(made[0]!.terminated).toBe(true);
    expect(made[1]!.sent).toMatchObject([{ type: 'load', hold: false, request: { format: 'csv' } }]);
    readFilesAhead({ kind: 'files', files, format: 'ucdp' });
    dropReadAhead();
    expect(made[2]!.terminated).toBe(true);
    // Files small enough for the page are read when Load is pressed, not ahead.
    readFilesAhead({ kind: 'files', files: [new File(['a,b\n1,2'], 'small.csv')], format: 'csv' });
    expect(made).toHaveLength(3);
  });
});

describe('a columnar data set', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is read from a link to its events.parquet with the other tables, the gazetteer and the manifest beside it, and from files named .parquet', () => {
    expect(loadRequest({ kind: 'folder', path: 'sets/big/events.parquet' }, 'http://test/app/')).toEqual({
      kind: 'fetch',
      name: 'sets/big/events.parquet',
      format: 'parquet',
      files: [
        { url: 'http://test/app/sets/big/sources.json', label: 'sets/big/sources.json', optional: true },
        { url: 'http://test/app/sets/big/gazetteer.json', label: 'sets/big/gazetteer.json' },
        { url: 'http://test/app/sets/big/claims.parquet', label: 'sets/big/claims.parquet' },
        { url: 'http://test/app/sets/big/figures.parquet', label: 'sets/big/figures.parquet' },
        { url: 'http://test/app/sets/big/events.parquet', label: 'sets/big/events.parquet' },
      ],
    });
    const files = [new File(['{}'], 'gazetteer.json'), new File(['PAR1'], 'events.parquet')];
    expect(loadRequest({ kind: 'files', files }, 'http://test/')).toMatchObject({ format: 'parquet' });
    expect(loadRequest({ kind: 'files', files, format: 'atlas' }, 'http://test/')).toMatchObject({ format: 'atlas' });
  });

  it('opens from a folder without events.geojson, asking for events.parquet only then', async () => {
    const shipped = ingestAtlas(['sources.json', 'gazetteer.json', 'events.geojson'].map((n) => ({ name: n, bytes: readFileSync(join(__dirname, '../../data', n)) })));
    const served: Record<string, BodyInit> = {
      'http://test/sets/x/sources.json': JSON.stringify({ sources: shipped.dataset.sources }),
      'http://test/sets/x/gazetteer.json': JSON.stringify({ places: shipped.dataset.places }),
    };
    for (const [name, bytes] of Object.entries(columnarFiles(shipped.dataset))) served[`http://test/sets/x/${name}`] = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    const asked: string[] = [];
    vi.stubGlobal('document', { baseURI: 'http://test/' });
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const body = served[url];
      return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { headers: { 'content-length': '1000' } });
    });
    const loaded = await openSource({ kind: 'folder', path: 'sets/x/' });
    expect(asked.map((u) => u.replace('http://test/sets/x/', ''))).toEqual(['sources.json', 'gazetteer.json', 'events.geojson', 'events.parquet', 'claims.parquet', 'figures.parquet']);
    expect(loaded.report.format).toBe('parquet');
    expect(loaded.issues).toEqual([]);
    expect(loaded.data.events).toEqual(buildAtlasData(shipped.dataset).events);
  });

  it('reports a folder with neither events file as missing its events.geojson, as before', async () => {
    vi.stubGlobal('document', { baseURI: 'http://test/' });
    vi.stubGlobal('fetch', async (url: string) => (url.endsWith('.json') ? new Response('{"places":[]}', { headers: { 'content-length': '13' } }) : new Response('', { status: 404 })));
    await expect(openSource({ kind: 'folder', path: 'sets/none/' })).rejects.toThrow(/^sets\/none\/events\.geojson: HTTP 404/);
  });

  it('does not ask a folder of our GeoJSON schema for a columnar file', async () => {
    const names = ['sources.json', 'gazetteer.json', 'events.geojson'];
    const asked: string[] = [];
    vi.stubGlobal('document', { baseURI: 'http://test/' });
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const name = names.find((n) => url === `http://test/sets/x/${n}`);
      return name ? new Response(readFileSync(join(__dirname, '../../data', name)), { headers: { 'content-length': '1000' } }) : new Response('', { status: 404 });
    });
    const loaded = await openSource({ kind: 'folder', path: 'sets/x' });
    expect(asked).toEqual(names.map((n) => `http://test/sets/x/${n}`));
    expect(loaded.report.format).toBe('atlas');
    expect(loaded.data.events.length).toBeGreaterThan(10);
    const events = [{ url: 'http://test/x/events.geojson', label: 'x/events.geojson' }];
    expect(columnarInstead({ kind: 'fetch', name: 'x', format: 'acled', files: events, columnarIfMissing: true })).toBeNull();
    // The shipped data set is a folder's files too, but never anything else.
    expect(columnarInstead({ kind: 'fetch', name: 'x', format: 'atlas', files: events })).toBeNull();
    expect(columnarInstead({ kind: 'fetch', name: 'x', format: 'atlas', files: events, columnarIfMissing: true })?.files.at(-1)).toEqual({
      url: 'http://test/x/events.parquet',
      label: 'x/events.parquet',
    });
  });
});
