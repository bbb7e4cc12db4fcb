import { describe, expect, it, beforeAll } from 'vitest';
import type { Place } from '../domain/types';
import { chainedDate, modifierSpan, placeModified } from './date-chain';
import { findDates } from './dates';
import { findPlaces, indexGazetteer } from './places';
import type { DateMention, Sentence } from './types';
import { worldGazetteer } from './world-gazetteer';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void worldGazetteer(), 60_000);

const ANCHOR = { start: '2024-10-25', end: '2024-10-28' };
const OCT17: DateMention = { start: 0, end: 10, text: 'October 17', from: '2024-10-17', to: '2024-10-17', precision: 'day', note: '"October 17" read as one day' };
const at = (text: string, start = 100): Sentence => ({ start, end: start + text.length, text });

describe('chainedDate', () => {
  it('bounds "later", "has since" and "Later," by the last stated date, up to publication', () => {
    for (const text of ['Budanov later reported that 11,000 are training.', 'Ukraine has since shared intelligence with NATO.', 'Later, it was reported that Seoul was considering aid.']) {
      expect(chainedDate(at(text), OCT17, undefined, ANCHOR), text).toMatchObject({ from: '2024-10-17', to: '2024-10-28', precision: 'approximate' });
    }
  });

  it('gives "He added" the previous sentence\'s date, and only that', () => {
    expect(chainedDate(at('He added that the first unit is en route to Kursk.'), undefined, OCT17, ANCHOR)).toMatchObject({ from: '2024-10-17', to: '2024-10-17', precision: 'day' });
    expect(chainedDate(at('He added that the first unit is en route to Kursk.'), OCT17, undefined, ANCHOR)).toBeUndefined();
  });

  it('carries nothing into a sentence that does not link back', () => {
    expect(chainedDate(at('NATO Secretary General Mark Rutte said that it would mean escalation.'), OCT17, OCT17, ANCHOR)).toBeUndefined();
    // "Later this year" looks ahead; it is not "after the last report".
    expect(chainedDate(at('Later this year, the ministry plans to open a base.'), OCT17, OCT17, ANCHOR)).toBeUndefined();
  });
});

describe('placeModified', () => {
  const index = indexGazetteer([
    { id: 'kursk-region', name: 'Kursk region', aliases: ["Russia's western Kursk region", 'the Russian region of Kursk', 'Kursk'], kind: 'region', point: [35.8, 51.5], radiusKm: 160 },
    { id: 'moscow', name: 'Moscow', aliases: [], kind: 'city', point: [37.62, 55.75] },
  ] satisfies Place[]);
  const read = (text: string) => {
    const sentence = at(text);
    const dates = findDates(text, { start: '2024-10-29', end: '2024-10-29' }, sentence.start);
    const places = findPlaces(text, sentence.start, index, worldGazetteer);
    return { sentence, date: dates[0] as DateMention, places };
  };

  it('finds the place a dated relative clause describes, and the clause as its quote', () => {
    const { sentence, date, places } = read("The US warned Moscow of troops moving toward Russia's western Kursk region, which Ukraine invaded in August.");
    const place = placeModified(sentence, date, places);
    expect(place?.place.id).toBe('kursk-region');
    const span = modifierSpan(sentence, place as NonNullable<typeof place>, date);
    expect(sentence.text.slice(span.start - sentence.start, span.end - sentence.start)).toBe("Russia's western Kursk region, which Ukraine invaded in August");
    const attacked = read('Blinken mentioned a deployment in the Russian region of Kursk, attacked by Ukraine in August.');
    expect(placeModified(attacked.sentence, attacked.date, attacked.places)?.place.id).toBe('kursk-region');
  });

  it('leaves a date that belongs to the sentence alone', () => {
    const { sentence, date, places } = read('Troops were spotted in Kursk in August, officials said.');
    expect(placeModified(sentence, date, places)).toBeUndefined();
    const main = read('In the Kursk region, troops arrived on October 23.');
    expect(placeModified(main.sentence, main.date, main.places)).toBeUndefined();
  });
});
