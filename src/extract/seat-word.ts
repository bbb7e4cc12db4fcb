/**
 * A statement placed only at its speaker's seat, after a happening told elsewhere. "Pentagon
 * officials said they were still piecing together the chain of events", "Kremlin spokesman
 * Dmitry Peskov condemned the terrorist act", "The General Staff of the Armed Forces confirmed
 * the information": the sentence names no place of its own, so it would stand at the seat of
 * whoever spoke (Washington, Moscow, Kyiv), where nothing happened. Told after a happening that
 * is not only words, at another place, it is a word on that happening (an account, a reaction,
 * a confirmation): a claim on it, not a candidate at the seat.
 *
 * Only a sentence naming no place but a country ("the epicentre was 30 kilometres southeast of
 * Malatya" places the quake; `same-hazard.ts` reads it), only a statement (a move or an agreement placed at a seat is a step of its own), only after a
 * happening that is more than words (a statement after a statement may answer it), and not a
 * side's response ("In response, the coast guard claimed that ...": a stance of its own).
 */
import type { Reading } from './reading';
import { FAMILY, HARM_FAMILIES, notOnlyWords } from './detail';
import { lastTold, namesUnknownPlace, ownPlaces, type Told } from './told';
import type { CandidateFeature } from './types';

// "Pentagon officials (seat inferred)": the place `placing.ts` gave from the speaker's seat.
const AT_SEAT = /\bseat inferred\)$/;
// "warned that North Korean forces may face challenges": a word on troops is news of its own (as
// `background.ts` keeps a forecast of them).
const TROOPS = /\b(?:deploy\w*|troops|soldiers|forces|military|army)\b/i;
// "In response, ...", "Responding to ...": a side answering, a statement of its own.
const RESPONSE = /^\W*(?:in response|responding|in a response|in reply)\b/i;

const atSeat = (c: CandidateFeature): boolean => c.properties.category === 'statement' && c.properties.placeBasis === 'inferred' && AT_SEAT.test(c.candidate.placePhrase);

/** The happening `reading`, a statement placed only at its speaker's seat, is a word on; else undefined. */
export function seatWordOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || RESPONSE.test(reading.sentence.text) || TROOPS.test(reading.sentence.text) || !found.every(atSeat)) return undefined;
  // "said the quake's epicentre was 30 kilometres southeast of Malatya": a place of its own, told further.
  if (ownPlaces(reading).length > 0 || namesUnknownPlace(reading)) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  if (!h || !HARM_FAMILIES.has(FAMILY[h.candidate.properties.category] ?? '') || found.some((c) => c.properties.place === h.candidate.properties.place)) return undefined;
  // "On Friday, the Kremlin avoided the question", "warned on October 8 that ...": a word said on a day
  // of its own, outside the happening's, is news of its own.
  const { start, end } = h.candidate.properties;
  if (reading.dates.length > 0 && !found.every((c) => !c.candidate.reportDated && c.properties.start >= start && c.properties.end <= end)) return undefined;
  return h;
}
