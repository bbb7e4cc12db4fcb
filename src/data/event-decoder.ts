/**
 * The page's side of how events cross from the load worker (`event-wire.ts`, which has the
 * format and the worker's encoder): a chunk of columns back into the app's events.
 */
import type { AtlasEvent } from '../domain/atlas-event';
import type { Claim, Figure, Place } from '../domain/types';
import { CLAIM_CODES, CODE, CODES_PER_EVENT, FIGURE_CODES, FIGURE_VALUES, NONE, unpackTexts, type EventColumns, type Rare } from './event-wire';

/** The columns that cross as one text each, and what a fault calls them. */
const TEXT_COLUMNS = { ids: 'ids', titles: 'titles', quotes: 'quotes', figureTexts: 'figure texts' } as const;

/** The page's side: one per load, reading chunks in order. */
export class EventDecoder {
  private readonly words: string[] = [];

  constructor(private readonly places: readonly Place[]) {}

  /** The chunk's events, indexed from `chunk.from`; throws, naming the fault, on a chunk that does not add up. */
  decode(chunk: EventColumns): AtlasEvent[] {
    const { count, days, codes, claimCodes, claimOffsets, lists, figureCodes, figureValues } = chunk;
    const fault = (what: string) => new Error(`load worker: a chunk of ${count} events at ${chunk.from} ${what}`);
    const texts = (column: keyof typeof TEXT_COLUMNS): string[] => {
      try {
        return unpackTexts(chunk[column], TEXT_COLUMNS[column]);
      } catch (error) {
        throw fault(`has ${(error as Error).message}`);
      }
    };
    const ids = texts('ids');
    const titles = texts('titles');
    const quotes = texts('quotes');
    const figureTexts = texts('figureTexts');
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
