/**
 * Where a report says its happening took place, further down. "A large section of an open-pit
 * coal mine in Inner Mongolia collapsed on Wednesday ...", then "The accident occurred in a
 * coal mine in Alxa Left Banner, Alxa league, Inner Mongolia.": a sentence that names the
 * happening with "the", says it occurred, happened or took place, tells nothing of its own (no
 * candidate) and names a place well inside the area the happening was put in, says more exactly
 * where it was. The happening moves there and takes the sentence as a claim.
 *
 * Only for the happening told last, in the same or the next paragraph, put in an area (a region
 * or a country side) that was stated, not guessed; the place must be at most half as wide and
 * lie within the area.
 */
import { distanceKm } from './geo';
import type { Reading } from './reading';
import { isViolence, joined, lastTold, ownPlaces, type Told } from './told';

const OCCURRED_AT = /^\W*(?:the|this)\s+(?:[\w-]+\s+)?(?:accident|incident|collapse|disaster|tragedy|explosion|blast|attack|fire|landslide)\s+(?:had\s+)?(?:occurred|happened|took place)\s+(?:in|at|near)\b/i;

/** Move the happening the sentence places more exactly; returns it, if any. */
export function placeFurtherDown(reading: Reading, happenings: readonly Told[]): Told | undefined {
  if (!OCCURRED_AT.test(reading.sentence.text) || reading.dates.length > 0) return undefined;
  const h = lastTold(happenings.filter((x) => isViolence(x.candidate) || x.candidate.properties.category === 'other'));
  const area = h?.stated;
  if (!h || !area?.radiusKm || reading.paragraph - h.last > 1) return undefined;
  const within = ownPlaces(reading)
    .filter((p) => p.place.id !== area.id && (p.place.radiusKm ?? 0) <= area.radiusKm! / 2 && distanceKm(p.place.point, area.point) <= area.radiusKm!)
    .sort((a, b) => (a.place.radiusKm ?? 0) - (b.place.radiusKm ?? 0));
  const here = within[0];
  if (!here) return undefined;
  const p = h.candidate.properties;
  const info = h.candidate.candidate;
  h.candidate.geometry = { type: 'Point', coordinates: here.place.point };
  Object.assign(p, { place: here.place.id, locationPrecision: here.place.kind, placeBasis: 'stated' });
  if (here.autoGeocoded) info.newPlace = here.place;
  else delete info.newPlace;
  Object.assign(info, { autoGeocoded: here.autoGeocoded, placePhrase: `${here.text} (a later sentence says where it took place)` });
  const last = p.claims.at(-1);
  if (last) p.claims.push({ ...last, quote: reading.sentence.text, offsets: [reading.sentence.start, reading.sentence.end] });
  h.stated = here.place;
  joined(h, reading);
  return h;
}
