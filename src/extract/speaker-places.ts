/**
 * Where a statement was made when the text does not say: a government's or body's seat,
 * recorded as an inferred place (a ministry's statement placed in its capital).
 * Matched on demonyms and institutions in the speaker's words, never on persons' names.
 */
import type { Place } from '../domain/types';
import type { GazetteerIndex } from './places';
import { slug } from './places';
import type { WorldGazetteer } from './world-gazetteer';

// [words in the speaker, ISO country code, seat's name]. NATO sits in Brussels. "U.S." ends in
// a full stop, after which `\b` never matches, hence the lookahead.
const SEATS: Array<[RegExp, string, string]> = [
  [/\b(?:South Korean?|South Korea['’]s|Seoul|NIS|National Intelligence Service)\b/, 'KR', 'Seoul'],
  [/\b(?:North Korean?|North Korea['’]s|DPRK|Pyongyang|KCNA)\b/, 'KP', 'Pyongyang'],
  [/\b(?:Ukrain\w*|Kyiv|GUR)\b/, 'UA', 'Kyiv'],
  [/\b(?:Russian?|Russia['’]s|Kremlin|Moscow)\b/, 'RU', 'Moscow'],
  [/\b(?:NATO|Atlantic Alliance|North Atlantic)\b/, 'BE', 'Brussels'],
  [/\b(?:U\.S\.(?!\w)|US\b|United States|American|Pentagon|White House|State Department|Defense Department|Department of Defense|Washington|ISW|Institute for the Study of War)/, 'US', 'Washington'],
  [/\b(?:Estonian?|Tallinn)\b/, 'EE', 'Tallinn'],
  [/\b(?:British|UK|U\.K\.|London)\b/, 'GB', 'London'],
  [/\b(?:Chinese|China|Beijing)\b/, 'CN', 'Beijing'],
  [/\b(?:Japanese|Japan|Tokyo)\b/, 'JP', 'Tokyo'],
  [/\b(?:German|Germany|Berlin)\b/, 'DE', 'Berlin'],
  [/\b(?:French|France|Paris|Élysée)\b/, 'FR', 'Paris'],
  [/\b(?:Iranian|Iran|Tehran)\b/, 'IR', 'Tehran'],
];

export interface SpeakerPlace {
  place: Place;
  autoGeocoded: boolean;
}

// "a former British defense attaché", "a retired Ukrainian colonel": people who no longer speak
// for a government; their nationality is not a seat.
const PRIVATE = /\b(?:former|retired|ex-)/i;

/**
 * The seat of the speaker's government or body, from our gazetteer or else the world's;
 * none for a speaker who speaks only for themself ("a retired colonel").
 */
export function speakerPlace(speaker: string, index: GazetteerIndex, world: () => WorldGazetteer): SpeakerPlace | undefined {
  if (PRIVATE.test(speaker)) return undefined;
  const hit = SEATS.map(([re, country, seat]) => ({ at: speaker.search(re), country, seat }))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!hit) return undefined;
  const ours = index.byId.get(slug(hit.seat)) ?? index.byName.get(hit.seat.toLowerCase());
  if (ours) return { place: ours, autoGeocoded: false };
  const city = world().capital(hit.country);
  if (!city) return undefined;
  const id = index.byId.has(slug(hit.seat)) ? `${slug(hit.seat)}-${hit.country.toLowerCase()}` : slug(hit.seat);
  return {
    place: { id, name: hit.seat, aliases: [], kind: 'city', point: [city.lon, city.lat], note: `auto-geocoded capital of ${hit.country} (GeoNames PPLC ${city.name})` },
    autoGeocoded: true,
  };
}
