/**
 * A happening told again behind "According to ...". "According to Kamyshin, two missiles were
 * fired at the station.", "According to the Ukrainian authorities, three Russian missiles hit
 * an office building.", "According to reports, the former prime minister collapsed after a
 * second shot was fired.": once a report has told a happening, a sentence that opens with its
 * source ("According to" and who or what told it, then a comma) goes on with that happening as
 * one source gives it: a claim on it, not a happening of its own.
 *
 * Only after a happening that is not only words, and only when the sentence is of its kind,
 * names no place outside it (`fitsAndDates`: a place it named or one within its area), gives no
 * day more than a day from it, and turns to no other happening. "According to the hurricane
 * centre, the storm made landfall in Guerrero on Wednesday" after a storm told at sea, and
 * "According to him, 12 villages in Bokkos were attacked" (villages of their own) stay
 * candidates.
 */
import { FAMILY, notOnlyWords } from './detail';
import { fitsAndDates } from './occurred';
import type { Reading } from './reading';
import { lastTold, namesUnknownPlace, newPlaces, type Told } from './told';
import type { CandidateFeature } from './types';
import { TURNS_TO_OTHER } from './words';

// "According to Kamyshin, ...", "According to the Ukrainian authorities, ...": the source, then a comma.
const ACCORDING_TO = /^\W*According to [^,.;:]{2,120},\s*\S/;

/** The happening `reading`, told behind "According to ...", tells again; else undefined. */
export function accordingToOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !ACCORDING_TO.test(text) || TURNS_TO_OTHER.test(text) || namesUnknownPlace(reading) || reading.modifiers.length > 0) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  if (h === undefined) return undefined;
  const family = FAMILY[h.candidate.properties.category];
  if (!found.every((c) => FAMILY[c.properties.category] === family)) return undefined;
  return newPlaces(reading, h).length === 0 && fitsAndDates(reading, h) ? h : undefined;
}
