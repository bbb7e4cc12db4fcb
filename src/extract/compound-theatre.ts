/**
 * "The tragedy in Lucknow Mahotsav Grounds is deeply painful": a city named only at
 * the head of a longer capitalised name, which the place rules read as part of a body's or a
 * gathering's name ("Kyiv Post") and so skip. When an article names no place at all otherwise,
 * a city of 100,000+ heading such a name after "in" or "at" is where the article is: its
 * theatre, inferred, so that its happenings are placed there rather than dropped for want of a
 * place. An article that names any place keeps the theatre the other rules find.
 */
import { cityPlace } from './article-context';
import type { Reading } from './reading';
import type { PlaceMention } from './types';
import type { WorldGazetteer } from './world-gazetteer';

// "in Lucknow Mahotsav Grounds", "at the Kanpur Trade Fair": a capitalised word after "in"
// or "at", with more capitalised words after it.
const HEADING = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)(?=\s+\p{Lu}[\p{L}'’-]*)/gu;
// Known enough to be named from afar: a city, not a small town sharing a word of a name.
const BIG_CITY = 100_000;

/** The theatre of an article that names a city only at the head of a longer name, or undefined. */
export function compoundTheatre(readings: readonly Reading[], world: () => WorldGazetteer): PlaceMention | undefined {
  if (readings.some((r) => r.places.length > 0)) return undefined;
  for (const r of readings) {
    for (const m of r.sentence.text.matchAll(HEADING)) {
      const name = m[1] ?? '';
      const city = world().cities(name).filter((c) => c.population >= BIG_CITY).sort((a, b) => b.population - a.population)[0];
      if (!city) continue;
      return { start: 0, end: 0, text: name, place: cityPlace(city, () => false), autoGeocoded: true, locative: true, from: false };
    }
  }
  return undefined;
}
