/**
 * A natural hazard told again with days of its own and no place. After a lede that puts a
 * volcano's eruption in its country, "New eruptions on Monday and Tuesday spewed more hot ash"
 * or "Between Sunday and Monday, 46 eruptions had occurred" names no place: the hazard goes on
 * where it was told before, so the sentence is placed there (inferred), one candidate a day,
 * instead of being dropped for want of a place. Only a sentence about the hazard itself (its
 * cue is the hazard's noun) is taken: "climbers were rescued after the initial eruption Sunday"
 * is the rescue, told of the same eruption. A sentence with no day of its own, or one that names
 * a place of its own, is left as before. When the hazard told before is moved afterwards (a
 * volcano put in the part of its country the article names), its later tellings follow it.
 */
import { tellsHazard } from './classify';
import type { Placed } from './placing';
import type { Reading } from './reading';
import type { CandidateFeature } from './types';

/** Where the last natural hazard told in the article was placed, and where its sentence starts. */
export interface HazardSeen {
  placed: Placed;
  at: number;
}

/** A candidate placed where a hazard told before was (its sentence's start and its day), and where that hazard's sentence starts. */
export interface HazardAgain {
  sentence: number;
  start: string;
  at: number;
}

/** What a placed sentence leaves for the sentences after it: the hazard it tells, if any. */
export const hazardSeen = (reading: Reading, placed: Placed | undefined, before: HazardSeen | undefined): HazardSeen | undefined =>
  placed && tellsHazard(reading.sentence.text) ? { placed, at: reading.sentence.start } : before;

/** The place of the hazard told before, for a sentence about the hazard on days of its own that names no place. */
export function hazardAgain(reading: Reading, seen: HazardSeen | undefined): Placed | undefined {
  if (!seen || reading.places.length > 0 || reading.dates.length === 0 || !tellsHazard(reading.cue ?? '')) return undefined;
  return { ...seen.placed, basis: 'inferred', phrase: `${seen.placed.phrase} (where the hazard told before is)` };
}

/** Move each later telling to where the candidate holding the hazard's sentence ended up. */
export function followHazards(candidates: readonly CandidateFeature[], again: readonly HazardAgain[]): void {
  const opening = (c: CandidateFeature): number | undefined => c.properties.claims[0]?.offsets?.[0];
  for (const { sentence, start, at } of again) {
    const candidate = candidates.find((c) => opening(c) === sentence && c.properties.start === start);
    if (!candidate) continue;
    const first = candidates.find((c) => c.properties.claims.some((q) => q.offsets?.[0] === at));
    if (!first || first === candidate || first.properties.place === candidate.properties.place) continue;
    candidate.geometry = { type: 'Point', coordinates: [...first.geometry.coordinates] };
    candidate.properties.place = first.properties.place;
    candidate.properties.locationPrecision = first.properties.locationPrecision;
    const info = candidate.candidate;
    if (first.candidate.newPlace) info.newPlace = first.candidate.newPlace;
    else delete info.newPlace;
    info.autoGeocoded = first.candidate.autoGeocoded;
    info.placePhrase = `${first.candidate.placePhrase} (where the hazard told before is)`;
  }
}
