/**
 * A natural disaster told again. "Cyclone Remal made landfall near the port on Sunday night",
 * then "Remal started lashing the southern coast", "The landfall process began around 9pm":
 * or "two dams outside the city collapsed", then "The flooding swept away entire families in
 * the city on Monday". A report tells a storm, a flood, an eruption or a quake several times
 * over, as its blow goes on and from several sources; each telling with no count of its own is
 * a claim on the disaster it told first, not a second one.
 *
 * A sentence is such a telling when it tells a disaster of the same family (a storm, a flood,
 * a volcano, a quake, a landslide) as a disaster the article has told, has no figure of its
 * own, turns to no other disaster or time ("another", "earlier", "last year"), and names no
 * place outside that disaster's area and no day more than a day from it (`fitsAndDates`).
 */
import { distanceKm } from './geo';
import { fitsAndDates, OTHER_INCIDENT } from './occurred';
import type { Reading } from './reading';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';

const FAMILIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['storm', /\b(?:cyclones?|typhoons?|hurricanes?|storms?|landfall|tropical depression|(?:maximum|top) (?:sustained )?winds|wind speeds?)\b/i],
  ['flood', /\b(?:floods?|flooding|flash floods?|floodwaters?|dams?|deluge)\b/i],
  ['volcano', /\b(?:volcan\w*|eruptions?|erupted)\b/i],
  ['quake', /\b(?:earthquakes?|quakes?|tremors?|aftershocks?)\b/i],
  ['landslide', /\b(?:landslides?|mudslides?|mudflows?|cave-ins?)\b/i],
];
const familyOf = (text: string): string | undefined => FAMILIES.find(([, re]) => re.test(text))?.[0];
// Another incident, as for "the incident occurred", or another time ("since", "in 1999").
const OTHER = new RegExp(String.raw`\b(?:${OTHER_INCIDENT}|since|in \d{4})\b`, 'i');
const HAZARD_KIND = new Set(['other', 'casualties', 'statement']);
// "winds had slowed to 140 mph", "a Category 4 storm": a storm's own strength, no count of
// anyone; a speed or a category is no figure of its own.
const SPEED_AFTER = /^\s*(?:mph|kph|km\/?h|kmh|knots|(?:miles|kilometers|kilometres|km) per hour)\b/i;
const CATEGORY_BEFORE = /\bcategory\s*$/i;

/** Whether the figure is a storm's speed or category, not a count. */
function stormMeasure(text: string, f: { text: string }): boolean {
  const at = text.indexOf(f.text);
  return at >= 0 && (SPEED_AFTER.test(text.slice(at + f.text.length)) || CATEGORY_BEFORE.test(text.slice(0, at)));
}

/** The disaster `reading` tells again, or undefined. May date it. */
export function hazardOf(reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  const family = familyOf(text);
  const counts = candidate.properties.figures.some((f) => !(family === 'storm' && stormMeasure(text, f)));
  if (!family || counts || OTHER.test(text) || reading.unresolved.length > 0 || !HAZARD_KIND.has(candidate.properties.category)) return undefined;
  const h = lastTold(happenings.filter((x) => HAZARD_KIND.has(x.candidate.properties.category) && x.candidate.properties.claims.some((c) => familyOf(c.quote) === family)));
  return h && fitsAndDates(reading, h) ? h : undefined;
}

// "the quake's epicentre was about 25 miles northwest of Herat", "had its epicenter in the
// district of X": where an earthquake struck, whoever states it.
const EPICENTRE = /\bepicent(?:er|re)s?\b/i;

/**
 * "Powerful earthquakes killed at least 2,000 people in western Afghanistan", then "The US
 * Geological Survey said the quake's epicenter was about 25 miles northwest of Herat city":
 * a sentence giving the epicentre of a quake the article has told is a claim on that quake,
 * never a statement at the agency's seat; when the epicentre lies inside the area the quake
 * was put in and is smaller, the quake is placed there. Only with no other quake, time or
 * day of its own (`fitsAndDates`), and within three paragraphs of the quake's last telling.
 */
export function epicentreOf(reading: Reading, happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (!EPICENTRE.test(text) || /\b(?:another|a second|a further|earlier|previously|last (?:week|month|year)|ago|in \d{4})\b/i.test(text)) return undefined;
  const h = lastTold(happenings.filter((x) => HAZARD_KIND.has(x.candidate.properties.category) && x.candidate.properties.claims.some((c) => familyOf(c.quote) === 'quake')));
  if (!h || reading.paragraph - h.last > 3) return undefined;
  const spots = reading.places.filter((p) => p.place.kind !== 'country' && !p.from).sort((a, b) => (a.place.radiusKm ?? 0) - (b.place.radiusKm ?? 0));
  const spot = spots[0];
  const [lon, lat] = h.candidate.geometry.coordinates as [number, number];
  const area = h.stated?.radiusKm ?? h.candidate.candidate.newPlace?.radiusKm ?? 0;
  if (spot && (spot.place.radiusKm ?? 0) < area && distanceKm(spot.place.point, [lon, lat]) <= area) {
    const p = h.candidate.properties;
    h.candidate.geometry = { type: 'Point', coordinates: spot.place.point };
    Object.assign(p, { place: spot.place.id, locationPrecision: spot.place.kind, placeBasis: 'stated' });
    Object.assign(h.candidate.candidate, { autoGeocoded: spot.autoGeocoded, placePhrase: `${spot.text} (the quake's epicentre, told further down)` });
    if (spot.autoGeocoded) h.candidate.candidate.newPlace = spot.place;
    else delete h.candidate.candidate.newPlace;
    // The area it was first told in still holds it: later tellings in that area ("dig out the
    // dead in Herat") stay claims on it.
    return h;
  }
  return fitsAndDates(reading, h) ? h : undefined;
}
