/**
 * "WASHINGTON • The suicide bomber waited until the last possible moment, US officials said.":
 * a report filed from one country's city about another country. When the article names no
 * place of its own beyond its dateline, but names (or names the people of) one country other
 * than the dateline's, that country is its theatre, inferred: a blast it tells with no place
 * ("And then he detonated the bomb") happened there, not in the city the report was filed from.
 */
import { areaPlace, slug } from './article-context';
import { distanceKm } from './geo';
import { atDateline } from './placing';
import type { Reading } from './reading';
import type { PlaceMention } from './types';
import type { WorldGazetteer } from './world-gazetteer';

/** The theatre of a report filed from abroad, or undefined. */
export function datelineAbroadTheatre(readings: readonly Reading[], countries: ReadonlySet<string>, world: () => WorldGazetteer): PlaceMention | undefined {
  const first = readings[0];
  const dateline = first?.places.find((p) => p.place.kind === 'city' && atDateline(first.sentence, p));
  if (!dateline) return undefined;
  const own = readings.some((r) => r.places.some((p) => p !== dateline && p.place.kind !== 'country' && p.place.id !== dateline.place.id));
  if (own) return undefined;
  // The dateline as written ("WASHINGTON"), or the gazetteer's name for it.
  const town = [...world().cities(dateline.text), ...world().cities(dateline.place.name)].find((c) => distanceKm([c.lon, c.lat], dateline.place.point) <= 50);
  if (!town) return undefined;
  const others = [...countries].filter((c) => c !== town.country);
  if (others.length !== 1) return undefined;
  const country = world().countryCode(others[0] ?? '');
  if (!country) return undefined;
  return { start: 0, end: 0, text: `the country a report filed from ${dateline.text} is about: ${country.name}`, place: areaPlace(country, slug(country.name)), autoGeocoded: true, locative: true, from: false };
}
