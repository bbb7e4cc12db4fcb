import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAtlasData } from '../domain/atlas-event';
import { columnarFiles } from './columnar/write';
import { ingestAtlas } from './ingest/ingest-atlas';
import { runLoadJob } from './load-job';
import { loadRequest } from './load';
import { LoadReceiver, type Loaded, type LoadRequest, type WorkerMessage } from './load-protocol';

const shipped = ingestAtlas(['sources.json', 'gazetteer.json', 'events.geojson'].map((n) => ({ name: n, bytes: readFileSync(join(__dirname, '../../data', n)) }))).dataset;

/** Run the load worker's job on files, the page taking every chunk at once. */
const load = (files: File[]) => run({ kind: 'files', name: files.map((f) => f.name).join(', '), files, format: 'parquet' });

/** Columnar tables of the shipped data set, with its gazetteer and manifest. */
const columnarSet = (): File[] => [
  new File([JSON.stringify({ places: shipped.places })], 'gazetteer.json'),
  new File([JSON.stringify({ sources: shipped.sources })], 'sources.json'),
  ...Object.entries(columnarFiles(shipped)).map(([name, bytes]) => new File([bytes as Uint8Array<ArrayBuffer>], name)),
];

async function run(request: LoadRequest): Promise<{ loaded: Loaded | Error | null; sent: WorkerMessage[] }> {
  const receiver = new LoadReceiver(() => {}, () => 0);
  const sent: WorkerMessage[] = [];
  let loaded: Loaded | Error | null = null;
  await runLoadJob(
    request,
    {
      post(message) {
        sent.push(message);
        const next = receiver.receive(structuredClone(message));
        if (next.kind === 'done') loaded = next.loaded;
        else if (next.kind === 'failed') loaded = next.error;
      },
      received: () => Promise.resolve(),
    },
    { chunkSize: 10, now: () => 0 },
  );
  return { loaded, sent };
}

describe('the load worker on a columnar data set', () => {
  it('reads the tables with hyparquet and sends the same events as the GeoJSON path, in chunks', async () => {
    const { loaded, sent } = await load(columnarSet());
    expect(sent.filter((m) => m.type === 'error')).toEqual([]);
    expect(sent.filter((m) => m.type === 'events').length).toBeGreaterThan(1);
    const done = loaded as Loaded | null;
    expect(done?.report.format).toBe('parquet');
    expect(done?.issues).toEqual([]);
    expect(done?.data.events.map((e) => [e.id, e.start, e.end, e.claims.length])).toEqual(
      buildAtlasData(shipped).events.map((e) => [e.id, e.start, e.end, e.claims.length]),
    );
  });
});

describe('the load worker on a folder by link', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a folder without events.geojson as columnar tables, fetching them itself', async () => {
    const served = new Map(columnarSet().map((f) => [`http://test/sets/x/${f.name}`, f]));
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const file = served.get(url);
      return file ? new Response(file, { headers: { 'content-length': String(file.size) } }) : new Response('not found', { status: 404 });
    });
    const folder = loadRequest({ kind: 'folder', path: 'sets/x/' }, 'http://test/');
    const { loaded } = await run(folder);
    expect(asked.map((u) => u.replace('http://test/sets/x/', ''))).toEqual(['sources.json', 'gazetteer.json', 'events.geojson', 'events.parquet', 'claims.parquet', 'figures.parquet']);
    const done = loaded as Loaded | null;
    expect(done?.report.format).toBe('parquet');
    expect(done?.data.events.map((e) => e.id)).toEqual(buildAtlasData(shipped).events.map((e) => e.id));
  });
});

describe('a load read ahead', () => {
  it('does all its work but sends nothing of the data set until the user confirms it, then all of it', async () => {
    const files = [new File([JSON.stringify({ places: shipped.places })], 'gazetteer.json'), new File([JSON.stringify(toFeatures())], 'events.geojson')];
    const sent: WorkerMessage[] = [];
    let confirm!: () => void;
    const confirmed = new Promise<void>((resolve) => (confirm = resolve));
    let asked = false;
    const job = runLoadJob(
      { kind: 'files', name: 'x', files, format: 'atlas' },
      {
        post: (message) => void sent.push(message),
        received: () => Promise.resolve(),
        confirmed: () => ((asked = true), confirmed),
      },
      { chunkSize: 10, now: () => 0 },
    );
    await vi.waitFor(() => expect(asked).toBe(true));
    // Read, checked and modelled: only its progress has gone, up to preparing the events.
    expect(new Set(sent.map((m) => m.type))).toEqual(new Set(['progress']));
    expect(sent.map((m) => (m.type === 'progress' ? m.progress.phase : null))).toContain('prepare');
    confirm();
    await job;
    const receiver = new LoadReceiver(() => {}, () => 0);
    const results = sent.map((m) => receiver.receive(structuredClone(m)));
    const done = results.at(-1);
    expect(done?.kind).toBe('done');
    expect(done?.kind === 'done' && done.loaded.data.events.map((e) => e.id)).toEqual(buildAtlasData(shipped).events.map((e) => e.id));
  });
});

/** The shipped events as an events file. */
const toFeatures = () => ({ type: 'FeatureCollection', features: shipped.events });
