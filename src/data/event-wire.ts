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
 * worker's encoding. What few claims carry (review notes) goes as JSON. The ids, titles,
 * quotes and figure texts of a chunk go as one text per column and where each ends (`Texts`).
 *
 * This module is the format and the worker's encoder; `event-decoder.ts` is the page's side.
 */
import type { AtlasEvent } from '../domain/atlas-event';
import type { Claim, Place } from '../domain/types';

/** The codes per event in `EventColumns.codes`, in this order. */
export const CODE = {
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
export const CLAIM_CODES = 3;
/** Per figure: its measure, qualifier, source and field (NONE when it has none), as words. */
export const FIGURE_CODES = 4;
/** Per figure: its value, low and high (NaN where it has none). */
export const FIGURE_VALUES = 3;
/** An absent optional field (no origin, no date note). */
export const NONE = -1;

/**
 * A column of strings as one text and where each ends. The structured clone writes and reads
 * an array of strings one string at a time; one text it copies as one block, and the page
 * takes each string back with `substring`, which V8 makes a view of the text rather than a
 * copy. 100,000 imported events' texts (12 million characters) crossed in 200 ms as arrays
 * and in 65 ms packed and read back, in node's structured clone.
 */
export interface Texts {
  text: string;
  ends: Uint32Array;
}

export function packTexts(strings: readonly string[]): Texts {
  const ends = new Uint32Array(strings.length);
  let end = 0;
  for (let i = 0; i < strings.length; i++) ends[i] = end += strings[i]!.length;
  return { text: strings.join(''), ends };
}

/**
 * The strings of a column; throws, naming the fault, when the column does not add up.
 * `column` names its strings in the message ("ids": "ids that end past their text").
 */
export function unpackTexts({ text, ends }: Texts, column: string): string[] {
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    if (end < start || end > text.length) throw new Error(`${column} that end past their text`);
    strings[i] = text.substring(start, end);
    start = end;
  }
  if (start !== text.length) throw new Error(`${column} with text after the last one`);
  return strings;
}

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
  ids: Texts;
  titles: Texts;
  /** CLAIM_CODES per claim, the chunk's claims in order. */
  claimCodes: Int32Array;
  /** A claim's offsets into its seed, two per claim; NaN where it has none. */
  claimOffsets: Float64Array;
  quotes: Texts;
  /** The source files, then the tags, of each event in order, as words. */
  lists: Int32Array;
  /** FIGURE_CODES per figure, the chunk's figures in order. */
  figureCodes: Int32Array;
  /** FIGURE_VALUES per figure. */
  figureValues: Float64Array;
  /** Each figure as its text words it. */
  figureTexts: Texts;
  /** Words first used in this chunk, to append to the load's table in order. */
  words: string[];
  /** JSON: [[claim in chunk, reviewed]…], the few that have them. */
  rare: string;
}

export interface Rare {
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
      from, count, days, codes, ids: packTexts(ids), titles: packTexts(titles), claimCodes, claimOffsets,
      quotes: packTexts(quotes), lists, figureCodes, figureValues, figureTexts: packTexts(figureTexts), words,
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
  [
    chunk.days, chunk.codes, chunk.claimCodes, chunk.claimOffsets, chunk.lists, chunk.figureCodes, chunk.figureValues,
    chunk.ids.ends, chunk.titles.ends, chunk.quotes.ends, chunk.figureTexts.ends,
  ].map((a) => a.buffer as ArrayBuffer);
