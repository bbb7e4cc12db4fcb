/**
 * A mountain, volcano, lake, port or airport told only with the country it is in. "Thirteen
 * climbers have been declared dead since the Mount Marapi volcano erupted in Indonesia", "a
 * ferry sank on Indonesia's Lake Toba": the gazetteer holds towns and regions, not such
 * features, so the sentence's only place is the country, and the candidate stands at its
 * centre, a thousand kilometres off. The feature is in the part of the country the story is
 * told in: the article names it elsewhere ("the deputy police chief in West Sumatra province",
 * "the nearby city of Medan"). The candidate moves to the place inside that country the article
 * names most (the narrowest on a tie); a town stands for its surroundings (a radius of
 * `AROUND_TOWN_KM`), since the feature lies near it, not in it. An article that names no part
 * of the country may still name a local office for its town ("the head of Padang Search and
 * Rescue Agency", "the Padang disaster agency"): the office serves the area the story is told
 * in, so that town, if the world gazetteer has it inside the country, stands in. With no such
 * place it stays.
 */
import { cityPlace } from './article-context';
import { slug } from './places';
import { distanceKm } from './geo';
import { atDateline } from './placing';
import type { Reading } from './reading';
import type { CandidateFeature, Place, PlaceMention } from './types';
import type { WorldGazetteer } from './world-gazetteer';

// "Mount Marapi", "Mt. Merapi", "Lake Toba", "the Fuego volcano", "Tigaras Port", "Kabul Airport".
const FEATURE = /\b(?:Mount|Mt\.?|Lake|Volc[aá]n)\s+\p{Lu}|\b\p{Lu}[\p{L}'’-]+\s+(?:volcano|Volcano|Port|[Aa]irport|International Airport)\b/u;

// A country's radius covers 95% of its places; its outer provinces and islands lie up to half as far again.
const COUNTRY_REACH = 1.5;

/** Whether `point` lies within a country's reach: its radius, and half as far again. */
export const inCountryReach = (country: Place, point: readonly [number, number]): boolean =>
  distanceKm(point, country.point) <= (country.radiusKm ?? 0) * COUNTRY_REACH;

// How far around a town a feature named with it may lie.
const AROUND_TOWN_KM = 50;

/** The places inside `country` the article names (not at a dateline), most named first, then narrowest. */
function partsNamed(readings: readonly Reading[], country: Place): PlaceMention[] {
  const counts = new Map<string, { first: PlaceMention; n: number }>();
  for (const r of readings) {
    for (const p of r.places) {
      if (p.place.kind === 'country' || p.place.kind === 'area' || p.from || atDateline(r.sentence, p)) continue;
      if (!inCountryReach(country, p.place.point)) continue;
      const seen = counts.get(p.place.id);
      if (seen) seen.n++;
      else counts.set(p.place.id, { first: p, n: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || (a.first.place.radiusKm ?? 0) - (b.first.place.radiusKm ?? 0) || a.first.start - b.first.start)
    .map((x) => x.first);
}

// "Padang Search and Rescue Agency", "the Padang disaster agency", "Agam Police": an office named for its town.
const LOCAL_OFFICE = /\b(\p{Lu}[\p{L}'’-]+)\s+(?:Search and Rescue|[Dd]isaster (?:[Mm]anagement |[Mm]itigation )?(?:[Aa]gency|[Oo]ffice)|Police|Regional Disaster)\b/gu;

/** A town inside `country` that a local office the article names is named for, as a place mention. */
function officeTown(readings: readonly Reading[], country: Place, world: WorldGazetteer): PlaceMention | undefined {
  for (const r of readings) {
    for (const m of r.sentence.text.matchAll(LOCAL_OFFICE)) {
      const name = m[1] ?? '';
      const town = world.cities(name).find((c) => inCountryReach(country, [c.lon, c.lat]));
      if (!town) continue;
      const start = r.sentence.start + (m.index ?? 0);
      return { start, end: start + name.length, text: name, place: cityPlace(town, () => false), autoGeocoded: true, locative: false, from: false };
    }
  }
  return undefined;
}

/** The area a town stands for when a feature is named with it. */
export const around = (town: Place): Place => ({
  id: slug(`around ${town.name}`), name: `around ${town.name}`, aliases: [], kind: 'area', point: town.point,
  radiusKm: Math.max(AROUND_TOWN_KM, town.radiusKm ?? 0),
  note: `auto-geocoded: a mountain, lake, port or airport not in the gazetteer, named in a story told around ${town.name}; radius ${AROUND_TOWN_KM} km for the town's surroundings`,
});

/** Move each candidate put at a country for a feature of it to the part of the country the article names. */
export function placeFeaturesInCountry(candidates: readonly CandidateFeature[], readings: readonly Reading[], world: () => WorldGazetteer): void {
  for (const c of candidates) {
    const p = c.properties;
    if (p.locationPrecision !== 'country' || p.placeBasis !== 'stated') continue;
    const first = p.claims[0];
    const reading = readings.find((r) => first?.offsets && r.sentence.start === first.offsets[0]);
    const country = reading?.places.find((m) => m.place.id === p.place)?.place;
    if (!reading || !country || !FEATURE.test(reading.sentence.text)) continue;
    const part = partsNamed(readings, country)[0] ?? officeTown(readings, country, world());
    if (!part) continue;
    const place = part.place.kind === 'city' ? around(part.place) : part.place;
    c.geometry = { type: 'Point', coordinates: place.point };
    Object.assign(p, { place: place.id, locationPrecision: place.kind, placeBasis: 'inferred' });
    const info = c.candidate;
    if (part.autoGeocoded || place !== part.place) info.newPlace = place;
    else delete info.newPlace;
    Object.assign(info, { autoGeocoded: part.autoGeocoded || place !== part.place, placePhrase: `${info.placePhrase}; the feature lies in "${part.text}", the part of the country the article names` });
  }
}
