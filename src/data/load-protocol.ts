/**
 * What the load worker and the page say to each other, and how the page puts the events
 * back together. Pure: the worker's side is `load-job.ts`, the page's glue `load.ts`.
 *
 * The worker builds the app's model itself (`buildAtlasData`, so the order and every derived
 * field are the ones the page would have built) and sends it in chunks of columns
 * (`event-wire.ts`), after a header with everything else. The page acknowledges each chunk,
 * so the worker sends no more than two ahead and copies do not pile up in the message queue.
 */
import type { AtlasData, AtlasEvent } from '../domain/atlas-event';
import type { Place, Source, ValidationIssue } from '../domain/types';
import type { ColumnMapping, FormatId, ImportReport } from './ingest/types';
import type { EventDrawing } from '../map/gpu/drawing';
import { firstViewOf, type Bounds } from '../domain/first-view';
import { EventEncoder, type EventColumns } from './event-wire';
import { EventDecoder } from './event-decoder';

/** One file of a load that is fetched: where, how reports name it, and whether it may be missing. */
export interface FetchedFile {
  /** Absolute URL: a worker resolves relative ones against its own script, not the page. */
  url: string;
  label: string;
  optional?: boolean;
}

/**
 * What to load: files to fetch (the largest, the events, last), or files from disk. The
 * worker gets this, reads the bytes itself and hands them to the ingest seam.
 */
export type LoadRequest =
  /** `columnarIfMissing`: a folder, read as columnar tables if it has no events.geojson (`schema-files.ts`). */
  | { kind: 'fetch'; name: string; files: FetchedFile[]; format?: FormatId; columnarIfMissing?: boolean }
  | { kind: 'files'; name: string; files: File[]; format?: FormatId; mapping?: ColumnMapping };

/**
 * How far a load has got. `done` and `total` count bytes while downloading or reading, event
 * records while validating, preparing and receiving; `total` is null when it is not known yet.
 */
export interface LoadProgress {
  phase: 'download' | 'parse' | 'validate' | 'prepare' | 'receive';
  done: number;
  total: number | null;
  /**
   * While receiving: the events' first view (domain/first-view.ts) and their places, known
   * before the events arrive, so the map can show where they will be.
   */
  firstView?: Bounds | null;
  places?: readonly Place[];
}

/**
 * Events per message, at most. Parsing a chunk and adding it to the model is one task on the
 * page: 5,000 of the synthetic events take 25-50 ms in node on two busy cores, 50-100 ms in
 * Chromium with the map starting beside them.
 */
export const CHUNK_SIZE = 5_000;
/**
 * Text per message, at most: an imported event (tags, notes, a figure) is twice the size of a
 * curated one, and the page's task grows with the text it reads, not the events it counts.
 */
export const CHUNK_CHARS = 2_500_000;
/** Chunks the worker may send before the page has taken in the first of them. */
export const CHUNKS_IN_FLIGHT = 2;

/** Everything but the events, sent once before them. */
export interface LoadHeader {
  type: 'header';
  version: string;
  issues: ValidationIssue[];
  report: ImportReport;
  /** In the order of `AtlasData.places` and `AtlasData.sources`. */
  places: Place[];
  sources: Source[];
  domain: AtlasData['domain'];
  /** How many events the chunks will carry. */
  count: number;
  /** Their first view, so the map can go there while they come. */
  firstView: Bounds | null;
}

/** A chunk of events (`event-wire.ts`). */
export interface EventsChunk extends EventColumns {
  type: 'events';
}

/**
 * The GPU layer's vertex data and k-d tree for all the events, built by the worker for a large
 * data set and sent before the last chunk, its buffers transferred, not copied.
 */
export interface DrawingMessage {
  type: 'drawing';
  drawing: EventDrawing;
}

/** Worker to page. */
export type WorkerMessage =
  | { type: 'progress'; progress: LoadProgress }
  | LoadHeader
  | EventsChunk
  | DrawingMessage
  /** The load failed as a whole (a file could not be fetched): the message says which and why. */
  | { type: 'error'; message: string };

/** A loaded data set, as the page's store takes it. */
export interface Loaded {
  data: AtlasData;
  version: string;
  issues: ValidationIssue[];
  /** What loaded and what was set aside, for the user. */
  report: ImportReport;
}

/** Page to worker. */
export type PageMessage =
  /**
   * `hold`: read ahead, before the user has confirmed the load, and send nothing of the data
   * set until `go` (its progress meanwhile, and a failure, go at once).
   */
  | { type: 'load'; request: LoadRequest; hold?: boolean }
  /** The user confirmed a load that was read ahead. */
  | { type: 'go' }
  /** The page has taken in this many events. */
  | { type: 'ack'; received: number };

/** Everything of an AtlasData but its events, as the worker sends it first. */
export const atlasHeader = (data: AtlasData, version: string, issues: ValidationIssue[], report: ImportReport): LoadHeader => ({
  type: 'header',
  version,
  issues,
  report,
  places: [...data.places.values()],
  sources: [...data.sources.values()],
  domain: data.domain,
  count: data.events.length,
  firstView: firstViewOf(data.events),
});

/** The events in chunks of at most `chunkSize` events and about `chunkChars` of text, as the worker sends them after the header. */
export function* eventChunks(header: LoadHeader, events: readonly AtlasEvent[], chunkSize = CHUNK_SIZE, chunkChars = CHUNK_CHARS): Generator<EventsChunk> {
  for (const columns of new EventEncoder(header.places).chunks(events, chunkSize, chunkChars)) yield { type: 'events', ...columns };
}

/** Builds the page's AtlasData from a header and its chunks, one chunk at a time. */
export class AtlasAssembler {
  readonly header: LoadHeader;
  private readonly events: AtlasEvent[] = [];
  private readonly byId = new Map<string, AtlasEvent>();
  private readonly places: Map<string, Place>;
  private readonly decoder: EventDecoder;
  /** The worker's drawing of the events, when it sent one. */
  drawing: EventDrawing | undefined;

  constructor(header: LoadHeader) {
    this.header = header;
    this.places = new Map(header.places.map((p) => [p.id, p]));
    this.decoder = new EventDecoder(header.places);
  }

  /** Events taken in so far. */
  get received(): number {
    return this.events.length;
  }

  get complete(): boolean {
    return this.events.length === this.header.count;
  }

  add(chunk: EventsChunk): void {
    if (chunk.from !== this.events.length) {
      throw new Error(`load worker: chunk from event ${chunk.from}, expected ${this.events.length}`);
    }
    if (chunk.from + chunk.count > this.header.count) {
      throw new Error(`load worker: a chunk of ${chunk.count} events at ${chunk.from} does not fit the ${this.header.count} announced`);
    }
    for (const event of this.decoder.decode(chunk)) {
      this.events.push(event);
      this.byId.set(event.id, event);
    }
  }

  /** The model, once every chunk is in. */
  result(): AtlasData {
    if (!this.complete) throw new Error(`load worker: ${this.events.length} of ${this.header.count} events received`);
    return {
      events: this.events,
      byId: this.byId,
      places: this.places,
      sources: new Map(this.header.sources.map((s) => [s.file, s])),
      domain: this.header.domain,
      ...(this.drawing && this.drawing.count === this.events.length ? { drawing: this.drawing } : {}),
      firstView: this.header.firstView,
    };
  }
}

/** What the page does after a message: go on (acknowledging a chunk), or stop. */
export type Reception =
  | { kind: 'more'; ack?: PageMessage }
  | { kind: 'done'; loaded: Loaded }
  | { kind: 'failed'; error: Error };

/** The page tells of chunks received at most once a second: each telling is a frame to draw (`load-job.ts`). */
const RECEIVE_PROGRESS_MS = 1000;

/** The page's side of a load: takes the worker's messages in order and says what comes next. */
export class LoadReceiver {
  private assembler: AtlasAssembler | null = null;
  private readonly onProgress: (p: LoadProgress) => void;
  private readonly now: () => number;
  private toldAt = -Infinity;

  constructor(onProgress: (p: LoadProgress) => void, now: () => number = () => performance.now()) {
    this.onProgress = onProgress;
    this.now = now;
  }

  receive(message: WorkerMessage): Reception {
    try {
      switch (message.type) {
        case 'progress':
          this.onProgress(message.progress);
          return { kind: 'more' };
        case 'error':
          return { kind: 'failed', error: new Error(message.message) };
        case 'header':
          this.assembler = new AtlasAssembler(message);
          return this.next();
        case 'drawing':
          if (!this.assembler) throw new Error('load worker: a drawing before the header');
          this.assembler.drawing = message.drawing;
          return { kind: 'more' };
        case 'events': {
          if (!this.assembler) throw new Error('load worker: events before the header');
          this.assembler.add(message);
          const next = this.next();
          return next.kind === 'more' ? { kind: 'more', ack: { type: 'ack', received: this.assembler.received } } : next;
        }
      }
    } catch (error) {
      return { kind: 'failed', error: error as Error };
    }
  }

  private next(): Reception {
    const a = this.assembler!;
    const t = this.now();
    if (a.received === 0 || a.complete || t - this.toldAt >= RECEIVE_PROGRESS_MS) {
      this.toldAt = t;
      this.onProgress({ phase: 'receive', done: a.received, total: a.header.count, firstView: a.header.firstView, places: a.header.places });
    }
    if (!a.complete) return { kind: 'more' };
    return { kind: 'done', loaded: { data: a.result(), version: a.header.version, issues: a.header.issues, report: a.header.report } };
  }
}
