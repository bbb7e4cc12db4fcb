import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../domain/atlas-event';
import { readDataset } from './read-dataset';
import { validateDataset } from './validate';
import { EventEncoder, columnsTransfer, packTexts, unpackTexts, type EventColumns } from './event-wire';
import { EventDecoder } from './event-decoder';

const shipped = () => buildAtlasData(validateDataset(readDataset(process.cwd()).raw).dataset);

/** Through the structured clone, as a worker's message goes. */
const cross = (chunks: Iterable<EventColumns>): EventColumns[] => [...chunks].map((c) => structuredClone(c, { transfer: columnsTransfer(c) }));

describe('events as columns', () => {
  it('come back whole and in order, places shared, absent fields undefined, for any chunk size', () => {
    const data = shipped();
    const places = [...data.places.values()];
    for (const size of [1, 7, 5000]) {
      const decoder = new EventDecoder(places);
      const back = cross(new EventEncoder(places).chunks(data.events, size, 1e9)).flatMap((c) => decoder.decode(c));
      expect(back).toStrictEqual(data.events);
      for (const e of back) {
        expect(e.place).toBe(data.places.get(e.place.id));
        if (e.origin) expect(e.origin).toBe(data.places.get(e.origin.id));
      }
    }
    expect(data.events.some((e) => e.origin === undefined) && data.events.some((e) => e.origin !== undefined)).toBe(true);
    expect(data.events.some((e) => e.dateNote !== undefined)).toBe(true);
  });

  it('send a repeated word once per load, in the chunk that first uses it', () => {
    const data = shipped();
    const places = [...data.places.values()];
    const chunks = [...new EventEncoder(places).chunks(data.events, 10, 1e9)];
    const words = chunks.flatMap((c) => c.words);
    expect(new Set(words).size).toBe(words.length);
    expect(words).toContain(data.events[0]!.category);
    expect(chunks.at(-1)!.words.length).toBeLessThan(chunks[0]!.words.length);
  });

  it('hand their typed columns over rather than copy them', () => {
    const data = shipped();
    const [chunk] = new EventEncoder([...data.places.values()]).chunks(data.events, 5, 1e9);
    structuredClone(chunk, { transfer: columnsTransfer(chunk!) });
    const { days, codes, claimCodes, claimOffsets, lists, figureCodes, figureValues, ids, titles, quotes, figureTexts } = chunk!;
    for (const column of [days, codes, claimCodes, claimOffsets, lists, figureCodes, figureValues, ids.ends, titles.ends, quotes.ends, figureTexts.ends]) {
      expect(column.length).toBe(0);
    }
  });

  it('keep what few events carry: figures, a claim without offsets, review notes, tags', () => {
    const data = shipped();
    const places = [...data.places.values()];
    const [a, b] = data.events;
    const unplaced = { ...a!.claims[0]! };
    delete unplaced.offsets;
    const events = [
      {
        ...a!,
        figures: [
          { measure: 'troops', value: 3, qualifier: 'exact', text: '3 troops', source: a!.claims[0]!.source },
          { measure: 'deaths', value: 12, valueMax: 20, valueMin: 0, qualifier: 'about', text: 'best estimate 12 (low 0, high 20)', source: a!.claims[0]!.source, field: 'best' },
          { measure: 'reported fatalities', value: 0, qualifier: 'exact', text: '0 reported fatalities', source: a!.claims[0]!.source, field: 'fatalities' },
          { measure: 'soldiers', value: 10_000, valueMax: 11_000, qualifier: 'about', text: '10,000-11,000', source: a!.claims[0]!.source },
        ],
        tags: ['x', 'y'],
      },
      { ...b!, claims: [unplaced, { ...b!.claims[0]!, reviewed: { hedge: 'as the article words it' } }], tags: ['y'] },
    ] as typeof data.events;
    const decoder = new EventDecoder(places);
    const back = cross(new EventEncoder(places).chunks(events, 5, 1e9)).flatMap((c) => decoder.decode(c));
    expect(back).toStrictEqual(events);
    // Keys in the schema's order too, so an export writes what was read.
    expect(JSON.stringify(back)).toBe(JSON.stringify(events));
    expect('offsets' in back[1]!.claims[0]!).toBe(false);
  });

  it('a chunk that does not add up fails with what is wrong, rather than making wrong events', () => {
    const data = shipped();
    const places = [...data.places.values()];
    const [chunk] = cross(new EventEncoder(places).chunks(data.events, 5, 1e9));
    const decode = (c: EventColumns, with_ = places) => () => new EventDecoder(with_).decode(c);
    const strings = (column: 'ids' | 'quotes' | 'figureTexts') => unpackTexts(chunk![column], column);
    expect(decode({ ...chunk!, ids: packTexts(strings('ids').slice(1)) })).toThrow(/columns of other lengths/);
    expect(decode({ ...chunk!, ids: { ...chunk!.ids, text: chunk!.ids.text.slice(1) } })).toThrow(/has ids that end past their text/);
    expect(decode({ ...chunk!, titles: { ...chunk!.titles, text: `${chunk!.titles.text}!` } })).toThrow(/has titles with text after the last one/);
    expect(decode({ ...chunk!, words: [] })).toThrow(/word \d+ was not sent/);
    expect(decode(chunk!, places.slice(0, 0))).toThrow(/names place \d+, which the header does not have/);
    const codes = chunk!.codes.slice();
    codes[0] = 10_000;
    expect(decode({ ...chunk!, codes })).toThrow(/word 10000 was not sent/);
    expect(decode({ ...chunk!, quotes: packTexts(strings('quotes').slice(1)) })).toThrow(/claim or list columns of other lengths/);
    expect(decode({ ...chunk!, figureTexts: packTexts([...strings('figureTexts'), 'one more']) })).toThrow(/figure columns of other lengths/);
    const noSource = chunk!.claimCodes.slice();
    noSource[0] = -1;
    expect(decode({ ...chunk!, claimCodes: noSource })).toThrow(/a required word is missing/);
  });

  it('an event whose place was not sent in the header stops the encoder, naming it', () => {
    const data = shipped();
    expect(() => [...new EventEncoder([]).chunks(data.events, 5, 1e9)]).toThrow(/is not among the places sent/);
  });
});
