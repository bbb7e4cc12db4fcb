/**
 * How events cross from the load worker to the page, a chunk at a time, as columns.
 *
 * Sent as JSON text by field position, 100,000 imported events took the worker 0.8-1.8 s to
 * write and the page 0.4-0.6 s to read, one chunk per task on its main thread, and the JSON
 * of the claims was most of the worker's part. As columns no text is escaped or parsed: day
 * numbers, codes and counts go in typed arrays, handed over without a copy; ids, titles and
 * quotes as arrays of strings, which the structured clone copies as they are; the strings
 * events repeat (category, precision and basis words, a claim's source, attribution and
 * status, source files, tags, an imported data set's date note and original type) once per
 * load, in a table each chunk extends; places by their index in the header's list, so every
 * event shares the one `Place` object, as `buildAtlasData` gives it. Figures go as columns
 * too: an ACLED or UCDP export gives every event one, and as JSON they were a quarter of the
 * worker's encoding. What few claims carry (review notes) goes as JSON.
 */
import type { AtlasEvent } from '../domain/atlas-event';
import type { Claim, Figure, Place } from '../domain/types';

/** The codes per event in `EventColumns.codes`, in this order. */
const CODE = {
  category: 0,
  datePrecision: 1,
  placeBasis: 2,
  locationPrecision: 3,
  originBasis: 4,
  place: 5,
  origin: 6,
  dateNote: 7,
  originalType: 8,
  claims: 9,
  sourceFiles: 10,
  tags: 11,
  figures: 12,
} as const;
export const CODES_PER_EVENT = 13;
/** Per claim: its source, attribution and status, as words. */
const CLAIM_CODES = 3;
/** Per figure: its measure, qualifier, source and field (NONE when it has none), as words. */
const FIGURE_CODES = 4;
/** Per figure: its value, low and high (NaN where it has none). */
const FIGURE_VALUES = 3;
/** An absent optional field (no origin, no date note). */
const NONE = -1;

/** A chunk of events as it crosses. */
export interface EventColumns {
  /** Index of the chunk's first event. */
  from: number;
  count: number;
  /** Start and end day per event. */
  days: Float64Array;
  /**
   * CODES_PER_EVENT per event: words by their index in the load's table, places by the
   * header's, and how many claims, source files and tags it has.
   */
  codes: Int32Array;
  ids: string[];
  titles: string[];
  /** CLAIM_CODES per claim, the chunk's claims in order. */
  claimCodes: Int32Array;
  /** A claim's offsets into its seed, two per claim; NaN where it has none. */
  claimOffsets: Float64Array;
  quotes: string[];
  /** The source files, then the tags, of each event in order, as words. */
  lists: Int32Array;
  /** FIGURE_CODES per figure, the chunk's figures in order. */
  figureCodes: Int32Array;
  /** FIGURE_VALUES per figure. */
  figureValues: Float64Array;
  /** Each figure as its text words it. */
  figureTexts: string[];
  /** Words first used in this chunk, to append to the load's table in order. */
  words: string[];
  /** JSON: [[claim in chunk, reviewed]…], the few that have them. */
  rare: string;
}

interface Rare {
  reviewed: Array<[number, NonNullable<Claim['reviewed']>]>;
}

/** The worker's side: one per load, as the table of words grows with each chunk. */
export class EventEncoder {
  private readonly words = new Map<string, number>();
  /** Words first used since the last chunk was encoded. */
  private fresh: string[] = [];
  private readonly placeIndex: ReadonlyMap<string, number>;

  /** `places` in the order the header sends them. */
  constructor(places: readonly Place[]) {
    this.placeIndex = new Map(places.map((p, i) => [p.id, i]));
  }

  /**
   * The events in chunks of at most `chunkSize` events and about `chunkChars` characters of
   * text, from the first: the page's task grows with the text it takes in, and an imported
   * event (notes, tags, a figure) carries twice the text of a curated one.
   */
  *chunks(events: readonly AtlasEvent[], chunkSize: number, chunkChars: number): Generator<EventColumns> {
    let first = 0;
    let chars = 0;
    for (let i = 0; i < events.length; i++) {
      chars += textLength(events[i]!);
      if (i + 1 - first >= chunkSize || chars >= chunkChars || i === events.length - 1) {
        yield this.encode(events.slice(first, i + 1), first);
        first = i + 1;
        chars = 0;
      }
    }
  }

  private encode(events: readonly AtlasEvent[], from: number): EventColumns {
    const count = events.length;
    const days = new Float64Array(2 * count);
    const codes = new Int32Array(CODES_PER_EVENT * count);
    const ids = new Array<string>(count);
    const titles = new Array<string>(count);
    const claims = events.reduce((n, e) => n + e.claims.length, 0);
    const claimCodes = new Int32Array(CLAIM_CODES * claims);
    const claimOffsets = new Float64Array(2 * claims).fill(NaN);
    const quotes = new Array<string>(claims);
    const lists = new Int32Array(events.reduce((n, e) => n + e.sourceFiles.length + e.tags.length, 0));
    const figureCount = events.reduce((n, e) => n + e.figures.length, 0);
    const figureCodes = new Int32Array(FIGURE_CODES * figureCount);
    const figureValues = new Float64Array(FIGURE_VALUES * figureCount);
    const figureTexts = new Array<string>(figureCount);
    const rare: Rare = { reviewed: [] };
    let k = 0;
    let l = 0;
    let f = 0;
    for (let j = 0; j < count; j++) {
      const e = events[j]!;
      days[2 * j] = e.start;
      days[2 * j + 1] = e.end;
      ids[j] = e.id;
      titles[j] = e.title;
      const c = CODES_PER_EVENT * j;
      codes[c + CODE.category] = this.word(e.category);
      codes[c + CODE.datePrecision] = this.word(e.datePrecision);
      codes[c + CODE.placeBasis] = this.word(e.placeBasis);
      codes[c + CODE.locationPrecision] = this.word(e.locationPrecision);
      codes[c + CODE.originBasis] = this.word(e.originBasis);
      codes[c + CODE.place] = this.place(e.place);
      codes[c + CODE.origin] = e.origin ? this.place(e.origin) : NONE;
      codes[c + CODE.dateNote] = this.word(e.dateNote);
      codes[c + CODE.originalType] = this.word(e.originalType);
      codes[c + CODE.claims] = e.claims.length;
      codes[c + CODE.sourceFiles] = e.sourceFiles.length;
      codes[c + CODE.tags] = e.tags.length;
      codes[c + CODE.figures] = e.figures.length;
      for (const claim of e.claims) {
        claimCodes[CLAIM_CODES * k] = this.word(claim.source);
        claimCodes[CLAIM_CODES * k + 1] = this.word(claim.attribution);
        claimCodes[CLAIM_CODES * k + 2] = this.word(claim.status);
        if (claim.offsets) claimOffsets.set(claim.offsets, 2 * k);
        quotes[k] = claim.quote;
        if (claim.reviewed) rare.reviewed.push([k, claim.reviewed]);
        k++;
      }
      for (const word of e.sourceFiles) lists[l++] = this.word(word);
      for (const word of e.tags) lists[l++] = this.word(word);
      for (const figure of e.figures) {
        figureCodes[FIGURE_CODES * f] = this.word(figure.measure);
        figureCodes[FIGURE_CODES * f + 1] = this.word(figure.qualifier);
        figureCodes[FIGURE_CODES * f + 2] = this.word(figure.source);
        figureCodes[FIGURE_CODES * f + 3] = this.word(figure.field);
        figureValues[FIGURE_VALUES * f] = figure.value;
        figureValues[FIGURE_VALUES * f + 1] = figure.valueMin ?? NaN;
        figureValues[FIGURE_VALUES * f + 2] = figure.valueMax ?? NaN;
        figureTexts[f++] = figure.text;
      }
    }
    const words = this.fresh;
    this.fresh = [];
    return {
      from, count, days, codes, ids, titles, claimCodes, claimOffsets, quotes, lists,
      figureCodes, figureValues, figureTexts, words,
      rare: rare.reviewed.length === 0 ? '' : JSON.stringify(rare),
    };
  }

  private word(word: string | undefined): number {
    if (word === undefined) return NONE;
    let code = this.words.get(word);
    if (code === undefined) {
      this.words.set(word, (code = this.words.size));
      this.fresh.push(word);
    }
    return code;
  }

  private place(place: Place): number {
    const index = this.placeIndex.get(place.id);
    if (index === undefined) throw new Error(`event place "${place.id}" is not among the places sent`);
    return index;
  }
}

/** About how much text an event puts in a chunk: what the page's task grows with. */
function textLength(e: AtlasEvent): number {
  let n = e.id.length + e.title.length;
  for (const claim of e.claims) n += claim.quote.length;
  return n;
}

/** The buffers of a chunk, to hand over rather than copy. */
export const columnsTransfer = (chunk: EventColumns): ArrayBuffer[] =>
  [chunk.days, chunk.codes, chunk.claimCodes, chunk.claimOffsets, chunk.lists, chunk.figureCodes, chunk.figureValues].map((a) => a.buffer as ArrayBuffer);

/** The page's side: one per load, reading chunks in order. */
export class EventDecoder {
  private readonly words: string[] = [];

  constructor(private readonly places: readonly Place[]) {}

  /** The chunk's events, indexed from `chunk.from`; throws, naming the fault, on a chunk that does not add up. */
  decode(chunk: EventColumns): AtlasEvent[] {
    const { count, days, codes, ids, titles, claimCodes, claimOffsets, quotes, lists, figureCodes, figureValues, figureTexts } = chunk;
    const fault = (what: string) => new Error(`load worker: a chunk of ${count} events at ${chunk.from} ${what}`);
    if (days.length !== 2 * count || codes.length !== CODES_PER_EVENT * count || ids.length !== count || titles.length !== count) {
      throw fault('has columns of other lengths');
    }
    let claims = 0;
    let listed = 0;
    let figureCount = 0;
    for (let j = 0; j < count; j++) {
      claims += codes[CODES_PER_EVENT * j + CODE.claims]!;
      listed += codes[CODES_PER_EVENT * j + CODE.sourceFiles]! + codes[CODES_PER_EVENT * j + CODE.tags]!;
      figureCount += codes[CODES_PER_EVENT * j + CODE.figures]!;
    }
    if (quotes.length !== claims || claimCodes.length !== CLAIM_CODES * claims || claimOffsets.length !== 2 * claims || lists.length !== listed) {
      throw fault('has claim or list columns of other lengths than its counts');
    }
    if (figureTexts.length !== figureCount || figureCodes.length !== FIGURE_CODES * figureCount || figureValues.length !== FIGURE_VALUES * figureCount) {
      throw fault('has figure columns of other lengths than its counts');
    }
    this.words.push(...chunk.words);
    const reviewed = new Map(chunk.rare === '' ? [] : (JSON.parse(chunk.rare) as Rare).reviewed);
    const events = new Array<AtlasEvent>(count);
    let k = 0;
    let l = 0;
    let f = 0;
    for (let j = 0; j < count; j++) {
      const c = CODES_PER_EVENT * j;
      const eventClaims = new Array<Claim>(codes[c + CODE.claims]!);
      for (let i = 0; i < eventClaims.length; i++, k++) eventClaims[i] = this.claim(claimCodes, claimOffsets, quotes, k, reviewed.get(k));
      const sourceFiles = new Array<string>(codes[c + CODE.sourceFiles]!);
      for (let i = 0; i < sourceFiles.length; i++) sourceFiles[i] = this.must(lists[l++]!);
      const tags = new Array<string>(codes[c + CODE.tags]!);
      for (let i = 0; i < tags.length; i++) tags[i] = this.must(lists[l++]!);
      const figures = new Array<Figure>(codes[c + CODE.figures]!);
      for (let i = 0; i < figures.length; i++, f++) figures[i] = this.figure(figureCodes, figureValues, figureTexts[f]!, f);
      // One literal, so every event has the same shape (the order of buildAtlasData's).
      events[j] = {
        index: chunk.from + j,
        id: ids[j]!,
        title: titles[j]!,
        category: this.must(codes[c + CODE.category]!) as AtlasEvent['category'],
        start: days[2 * j]!,
        end: days[2 * j + 1]!,
        datePrecision: this.must(codes[c + CODE.datePrecision]!) as AtlasEvent['datePrecision'],
        dateNote: this.word(codes[c + CODE.dateNote]!),
        place: this.place(codes[c + CODE.place]!),
        placeBasis: this.must(codes[c + CODE.placeBasis]!) as AtlasEvent['placeBasis'],
        locationPrecision: this.must(codes[c + CODE.locationPrecision]!) as AtlasEvent['locationPrecision'],
        origin: codes[c + CODE.origin] === NONE ? undefined : this.place(codes[c + CODE.origin]!),
        originBasis: this.word(codes[c + CODE.originBasis]!) as AtlasEvent['originBasis'],
        figures,
        claims: eventClaims,
        sourceFiles,
        originalType: this.word(codes[c + CODE.originalType]!),
        tags,
      };
    }
    return events;
  }

  /** A claim with the keys the schema gives it, in its order, and no others. */
  private claim(codes: Int32Array, offsets: Float64Array, quotes: string[], k: number, reviewed: Claim['reviewed']): Claim {
    const claim: Claim = {
      source: this.must(codes[CLAIM_CODES * k]!),
      quote: quotes[k]!,
      attribution: this.must(codes[CLAIM_CODES * k + 1]!),
      status: this.must(codes[CLAIM_CODES * k + 2]!) as Claim['status'],
    };
    if (Number.isNaN(offsets[2 * k])) return reviewed ? { ...claim, reviewed } : claim;
    const { source, quote, attribution, status } = claim;
    const at: [number, number] = [offsets[2 * k]!, offsets[2 * k + 1]!];
    return reviewed ? { source, quote, offsets: at, attribution, status, reviewed } : { source, quote, offsets: at, attribution, status };
  }

  /**
   * A figure with the keys the schema gives it, in its order, and no others. One literal for a
   * figure without a range (an ACLED export gives every event one), spreads only for the rest.
   */
  private figure(codes: Int32Array, values: Float64Array, text: string, f: number): Figure {
    const value = values[FIGURE_VALUES * f]!;
    const low = values[FIGURE_VALUES * f + 1]!;
    const high = values[FIGURE_VALUES * f + 2]!;
    const measure = this.must(codes[FIGURE_CODES * f]!);
    const qualifier = this.must(codes[FIGURE_CODES * f + 1]!) as Figure['qualifier'];
    const source = this.must(codes[FIGURE_CODES * f + 2]!);
    const field = this.word(codes[FIGURE_CODES * f + 3]!);
    if (Number.isNaN(high) && Number.isNaN(low)) {
      return field === undefined ? { measure, value, qualifier, text, source } : { measure, value, qualifier, text, source, field };
    }
    return {
      measure,
      value,
      ...(Number.isNaN(high) ? {} : { valueMax: high }),
      ...(Number.isNaN(low) ? {} : { valueMin: low }),
      qualifier,
      text,
      source,
      ...(field === undefined ? {} : { field }),
    };
  }

  /** A field every event or claim has. */
  private must(code: number): string {
    if (code === NONE) throw new Error('load worker: a required word is missing');
    return this.word(code)!;
  }

  private word(code: number): string | undefined {
    if (code === NONE) return undefined;
    const word = this.words[code];
    if (word === undefined) throw new Error(`load worker: word ${code} was not sent`);
    return word;
  }

  private place(index: number): Place {
    const place = this.places[index];
    if (!place) throw new Error(`load worker: an event names place ${index}, which the header does not have`);
    return place;
  }
}
