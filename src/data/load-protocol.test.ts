import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAtlasData, type AtlasData } from '../domain/atlas-event';
import { loadHere } from './load';
import { runLoadJob } from './load-job';
import {
  atlasHeader,
  LoadReceiver,
  eventChunks,
  type Loaded,
  type LoadProgress,
  type LoadRequest,
  type PageMessage,
  type WorkerMessage,
} from './load-protocol';
import { unpackTexts } from './event-wire';
import { buildReport } from './ingest/report';
import { readDataset } from './read-dataset';
import { FILES, validateDataset } from './validate';
import { buildDrawing } from '../map/gpu/drawing';
import { firstViewOf } from '../domain/first-view';

const shipped = (): AtlasData => buildAtlasData(validateDataset(readDataset(process.cwd()).raw).dataset);

const URLS = { sources: 'http://test/sources.json', gazetteer: 'http://test/gazetteer.json', events: 'http://test/events.geojson' };
const SOURCE: LoadRequest = {
  kind: 'fetch',
  name: 'shipped',
  format: 'atlas',
  files: (['sources', 'gazetteer', 'events'] as const).map((k) => ({ url: URLS[k], label: FILES[k] })),
};

/** Serve the shipped files at SOURCE's URLs, with `override` in place of some (null: a 404). */
function serve(override: Partial<Record<keyof typeof FILES, string | null>> = {}): void {
  vi.stubGlobal('fetch', async (url: string) => {
    const key = (Object.keys(URLS) as Array<keyof typeof FILES>).find((k) => URLS[k] === url)!;
    const body = key in override ? override[key] : readFileSync(FILES[key], 'utf8');
    return body === null || body === undefined
      ? new Response('not found', { status: 404, statusText: 'Not Found' })
      : new Response(body, { headers: { 'content-type': 'application/json' } });
  });
}
afterEach(() => vi.unstubAllGlobals());

/**
 * Run the worker's job and the page's receiver against each other in one thread, every
 * message copied as postMessage copies it. `hold` keeps acknowledgements back, to see what
 * the worker sends unasked.
 */
async function loadThroughProtocol(chunkSize: number, hold = false, drawAt?: number) {
  const progress: LoadProgress[] = [];
  const sent: WorkerMessage[] = [];
  const receiver = new LoadReceiver((p) => progress.push(p));
  let received = 0;
  let wake = () => {};
  let outcome: Loaded | Error | undefined;
  const job = runLoadJob(
    SOURCE,
    {
      post(message) {
        sent.push(message);
        const next = receiver.receive(structuredClone(message));
        if (next.kind === 'done') outcome = next.loaded;
        else if (next.kind === 'failed') outcome = next.error;
        else if (next.ack && !hold) {
          received = (structuredClone(next.ack) as Extract<PageMessage, { type: 'ack' }>).received;
          wake();
        }
      },
      received: (count) =>
        new Promise<void>((resolve) => {
          const check = () => (count <= received ? resolve() : (wake = check));
          check();
        }),
    },
    { chunkSize, now: () => 0, drawAt },
  );
  if (!hold) await job;
  else await new Promise((r) => setTimeout(r, 50));
  return { outcome, sent, progress };
}

describe('the load protocol', () => {
  it('assembles, chunk by chunk, the same AtlasData the in-thread path builds', async () => {
    serve();
    const expected = shipped();
    for (const chunkSize of [1, 7, 1000]) {
      const { outcome } = await loadThroughProtocol(chunkSize);
      if (!outcome || outcome instanceof Error) throw outcome ?? new Error('no outcome');
      // The worker's first view comes along, so the page need not work it out again.
      const { firstView, ...data } = outcome.data;
      expect(data).toStrictEqual(expected);
      expect(firstView).toEqual(firstViewOf(expected.events));
      expect(outcome.issues).toEqual([]);
      // One Place object per place, shared by its events, as buildAtlasData does.
      for (const e of outcome.data.events) {
        expect(e.place).toBe(outcome.data.places.get(e.place.id));
        if (e.origin) expect(e.origin).toBe(outcome.data.places.get(e.origin.id));
      }
    }
    // The shipped data have movements with an origin and dated notes, so both are covered.
    expect(expected.events.some((e) => e.origin !== undefined)).toBe(true);
    expect(expected.events.some((e) => e.dateNote !== undefined)).toBe(true);
  });

  it('a large data set comes with the GPU layer’s drawing of its events, sent before the last chunk', async () => {
    serve();
    const expected = shipped();
    for (const chunkSize of [1, 10, 1000]) {
      const { outcome, sent } = await loadThroughProtocol(chunkSize, false, 1);
      if (!outcome || outcome instanceof Error) throw outcome ?? new Error('no outcome');
      const drawingAt = sent.findIndex((m) => m.type === 'drawing');
      const lastChunk = sent.findLastIndex((m) => m.type === 'events');
      expect(drawingAt).toBeGreaterThan(0);
      expect(drawingAt).toBeLessThan(lastChunk);
      // The same vertex data and tree the page would build from the events it assembled.
      const { drawing, firstView, ...data } = outcome.data;
      expect(data).toStrictEqual(expected);
      expect(firstView).toEqual(firstViewOf(expected.events));
      expect(drawing).toStrictEqual(buildDrawing(outcome.data.events));
      expect(drawing!.count).toBe(expected.events.length);
    }
    // Below the threshold no drawing is built: the page draws with MapLibre's layers.
    const small = await loadThroughProtocol(1000, false, expected.events.length + 1);
    expect(small.sent.some((m) => m.type === 'drawing')).toBe(false);
    expect((small.outcome as Loaded).data.drawing).toBeUndefined();
  });

  it('the version is the content hash the in-thread path computes', async () => {
    serve();
    const here = await loadHere(SOURCE, () => {});
    const { outcome } = await loadThroughProtocol(10);
    expect((outcome as Loaded).version).toBe(here.version);
    expect(here.version).toMatch(/^[0-9a-f]{8}$/);
  });

  it('bad records come through as issues naming them, and the good ones load', async () => {
    const events = JSON.parse(readFileSync(FILES.events, 'utf8'));
    const badId = events.features[3].id;
    events.features[3].properties.start = '2024-02-30';
    serve({ events: JSON.stringify(events) });
    const { outcome } = await loadThroughProtocol(5);
    const loaded = outcome as Loaded;
    expect(loaded.issues).toEqual([
      expect.objectContaining({ file: 'data/events.geojson', id: badId, path: 'properties.start' }),
    ]);
    expect(loaded.data.events).toHaveLength(events.features.length - 1);
    expect(loaded.data.byId.has(badId)).toBe(false);
  });

  it('a file that is not JSON is an issue, not a failure: the rest loads without its events', async () => {
    serve({ events: '{"type": "FeatureCollection", "features": [' });
    const { outcome } = await loadThroughProtocol(5);
    const loaded = outcome as Loaded;
    expect(loaded.issues[0]).toMatchObject({ file: 'data/events.geojson', id: '(file)' });
    expect(loaded.issues[0]!.message).toMatch(/^not valid JSON/);
    expect(loaded.data.events).toEqual([]);
    expect(loaded.data.places.size).toBeGreaterThan(0);
  });

  it('a file that cannot be fetched fails the load with a message naming it', async () => {
    serve({ gazetteer: null });
    const { outcome, sent } = await loadThroughProtocol(5);
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toBe('data/gazetteer.json: HTTP 404 Not Found');
    expect(sent.some((m) => m.type === 'header')).toBe(false);
  });

  it('reports the steps in order, and validation up to every record', async () => {
    serve();
    const { progress } = await loadThroughProtocol(10);
    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['download', 'parse', 'validate', 'prepare', 'receive']);
    const n = shipped().events.length;
    expect(progress.filter((p) => p.phase === 'validate').at(-1)).toEqual({ phase: 'validate', done: n, total: n });
    // Receiving, the page knows where the events are before they come: the first view the map
    // fits to, and the places it names.
    const firstView = firstViewOf(shipped().events);
    const places = [...shipped().places.values()];
    expect(firstView).not.toBeNull();
    expect(progress.find((p) => p.phase === 'receive')).toEqual({ phase: 'receive', done: 0, total: n, firstView, places });
    expect(progress.at(-1)).toEqual({ phase: 'receive', done: n, total: n, firstView, places });
  });

  it('the worker sends no more than two chunks ahead of what the page has taken in', async () => {
    serve();
    const { sent, outcome } = await loadThroughProtocol(5, true);
    // Held acknowledgements: the header and two chunks, then the worker waits.
    expect(sent.filter((m) => m.type === 'events')).toHaveLength(2);
    expect(outcome).toBeUndefined();
  });
});

describe('eventChunks', () => {
  it('cuts chunks by text as well as by count, and together they carry every event once, in order', () => {
    const data = shipped();
    const header = atlasHeader(data, 'v', [], buildReport('shipped', 'atlas', data.events.length, [], []));
    const chunks = [...eventChunks(header, data.events, 1000, 4000)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.from)).toEqual(chunks.map((_, i) => chunks.slice(0, i).reduce((n, c) => n + c.count, 0)));
    expect(chunks.flatMap((c) => unpackTexts(c.ids, 'ids'))).toEqual(data.events.map((e) => e.id));
    // A chunk stops at the event that takes it past the budget: no more than one event over.
    const size = (c: (typeof chunks)[number]) => c.ids.text.length + c.titles.text.length + c.quotes.text.length;
    const longest = Math.max(...data.events.map((e) => [e.id, e.title, ...e.claims.map((c) => c.quote)].join('').length));
    for (const c of chunks) expect(size(c)).toBeLessThan(4000 + longest);
    expect([...eventChunks(header, data.events, 20)].every((c) => c.count <= 20)).toBe(true);
  });
});

describe('LoadReceiver', () => {
  const data = shipped();
  const header = atlasHeader(data, 'abcd1234', [], buildReport('shipped', 'atlas', data.events.length, [], []));
  const chunks = [...eventChunks(header, data.events, 20)];

  it('acknowledges each chunk with the events taken in so far', () => {
    const receiver = new LoadReceiver(() => {});
    expect(receiver.receive(header)).toEqual({ kind: 'more' });
    expect(receiver.receive(chunks[0]!)).toEqual({ kind: 'more', ack: { type: 'ack', received: 20 } });
  });

  it('fails on a chunk out of order or events before the header, rather than building a wrong model', () => {
    const early = new LoadReceiver(() => {});
    expect(early.receive(chunks[0]!)).toMatchObject({ kind: 'failed' });
    const receiver = new LoadReceiver(() => {});
    receiver.receive(header);
    const next = receiver.receive(chunks[1]!);
    expect(next.kind).toBe('failed');
    expect((next as { error: Error }).error.message).toContain('chunk');
  });

  it('passes the worker’s error message through unchanged', () => {
    const next = new LoadReceiver(() => {}).receive({ type: 'error', message: 'x/events.geojson: HTTP 500 Oops' });
    expect(next).toEqual({ kind: 'failed', error: new Error('x/events.geojson: HTTP 500 Oops') });
  });

  it('tells of chunks received at most once a second, and always of the first and the last', () => {
    let now = 0;
    const told: number[] = [];
    const receiver = new LoadReceiver((p) => told.push(p.done), () => now);
    receiver.receive(header);
    for (const chunk of [...chunks, ...chunks]) {
      now += 60;
      if (receiver.receive(chunk).kind === 'done') break;
    }
    // The shipped events in chunks of 20, one every 60 ms: told at 0 ms, then only of the last
    // chunk (well within the first second), never of the chunks between.
    expect(data.events.length).toBeGreaterThan(40);
    expect(told).toEqual([0, data.events.length]);
  });

  it('an empty data set is done at its header', () => {
    const empty = buildAtlasData({ sources: [], places: [], events: [] });
    const next = new LoadReceiver(() => {}).receive(atlasHeader(empty, 'v', [], buildReport('empty', 'atlas', 0, [], [])));
    expect(next.kind).toBe('done');
  });
});
