/**
 * "Five people are now confirmed dead ... when the country's most active volcano exploded":
 * an article that names no place any gazetteer knows, but speaks of "the country" without
 * naming it, is told from inside that country. When the outlet's name names one country (a
 * national paper named after its country), that country is the article's theatre, inferred:
 * its happenings are placed there rather than dropped for want of a place.
 */
import { areaPlace, slug } from './article-context';
import type { Reading } from './reading';
import type { PlaceMention } from './types';
import type { WorldGazetteer } from './world-gazetteer';

// "the country's", "across the nation": a country the text speaks of without naming it.
const UNNAMED_COUNTRY = /\bthe\s+(?:country|nation)(?:['’]s)?\b/i;
const WORD = /\p{Lu}[\p{L}'’.-]*/gu;

/** The one country the outlet's name names ("New Zealand Herald"), if any. */
function outletCountry(outlet: string, world: WorldGazetteer): { name: string; place: PlaceMention['place'] } | undefined {
  const words = [...outlet.matchAll(WORD)].map((m) => m[0]);
  const found = new Map<string, PlaceMention['place']>();
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const name = words.slice(i, i + n).join(' ');
      const country = world.country(name);
      if (country && !found.has(country.name)) found.set(country.name, areaPlace(country, slug(country.name)));
    }
  }
  if (found.size !== 1) return undefined;
  const [name, place] = [...found][0] ?? [];
  return name && place ? { name, place } : undefined;
}

/**
 * The theatre of an article whose sentences name no place at all: the country its outlet is
 * named after, when the text speaks of "the country"; else none.
 */
export function outletTheatre(readings: readonly Reading[], outlet: string | null, world: () => WorldGazetteer): PlaceMention | undefined {
  if (!outlet || readings.some((r) => r.places.length > 0)) return undefined;
  if (!readings.some((r) => UNNAMED_COUNTRY.test(r.sentence.text))) return undefined;
  const country = outletCountry(outlet, world());
  if (!country) return undefined;
  return { start: 0, end: 0, text: `the outlet's country: ${country.name}`, place: country.place, autoGeocoded: true, locative: true, from: false };
}
