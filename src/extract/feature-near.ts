/**
 * A volcano, mountain or lake told near a town: "A volcano near Manila spewed a massive cloud
 * of ash", "a mountain near the town of X". The gazetteer has the town, not the feature, and
 * the sentence's only place is the town, so the candidate stood at the town's centre, where
 * the feature is not: the words say it lies near it. Like a feature named with its country
 * (`feature-in-country.ts`), the candidate stands for the town's surroundings (`around`, a
 * radius of 50 km), the note saying the feature lies near the town.
 */
import { around } from './feature-in-country';
import type { Reading } from './reading';
import type { CandidateFeature } from './types';

// "A volcano near", "the crater near the town of": a feature noun, then "near" and the town.
const FEATURE_NEAR_BEFORE = /\b(?:volcano|volcanoes|mountain|peak|crater|glacier|lake)\s+near\s+(?:the\s+(?:city|town|village)\s+of\s+)?$/i;

/** Move each candidate stated at a town told only as near a feature to the town's surroundings. */
export function placeFeaturesNear(candidates: readonly CandidateFeature[], readings: readonly Reading[]): void {
  for (const c of candidates) {
    const p = c.properties;
    if (p.locationPrecision !== 'city' || p.placeBasis !== 'stated') continue;
    const first = p.claims[0];
    const reading = readings.find((r) => first?.offsets && r.sentence.start === first.offsets[0]);
    // "MANILA — A volcano near Manila": the dateline names the town too; the words near it say where.
    const town = reading?.places.find((m) => m.place.id === p.place && FEATURE_NEAR_BEFORE.test(reading.sentence.text.slice(0, m.start - reading.sentence.start)));
    if (!reading || !town) continue;
    const place = around(town.place);
    c.geometry = { type: 'Point', coordinates: place.point };
    Object.assign(p, { place: place.id, locationPrecision: place.kind, placeBasis: 'inferred' });
    Object.assign(c.candidate, { newPlace: place, autoGeocoded: true, placePhrase: `${c.candidate.placePhrase}; the feature lies near "${town.text}", in its surroundings` });
  }
}
