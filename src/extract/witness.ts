/**
 * What a witness or a survivor tells, after a happening. Once a report has told a sinking, a
 * fire or an eruption, it turns to those who were there: "A survivor identified by Indonesian
 * television said the vessel was rocked by high waves before suddenly sinking", "Witnesses
 * reported ash was falling over the capital", "“About 12 floors up I saw three children waving
 * from a window and then there was just an explosion.”"; so do those who live there ("a local
 * resident, Asad Rehman, said: “There was fighting going on ...”") and a bystander named with his age
 * ("Mickey Paramasivan, 37, told reporters: ..."). Such a sentence is an account of the
 * happening told, at its place and on its day, not a happening of its own: a claim on the
 * latest happening told that is not only words.
 *
 * Only after a happening is told (a witness's account that opens a report tells its happening),
 * and only when the account names no place that happening has not, gives no day outside it,
 * and turns to no other incident or time ("another attack", "earlier").
 */
import type { Reading } from './reading';
import { notOnlyWords } from './detail';
import { inArea, lastTold, namesUnknownPlace, sameDay, type Told } from './told';
import type { CandidateFeature } from './types';
import { TURNS_TO_OTHER } from './words';

// "A survivor ... said", "Witnesses reported", ", witnesses said.": those who were there, telling it.
const WITNESS_SAYS = /\b(?:witness(?:es)?|eyewitness(?:es)?|survivors?|onlookers?|bystanders?)\b[^.;:“"]{0,80}?\b(?:said|says|told|tell|reported|report|recalled|recounted|described)\b/i;
// "a local resident, Asad Rehman, said: ...", "As one resident explains, ...",
// "Mickey Paramasivan, 37, told reporters: ...": those who live there, or a bystander named
// with his age, telling it.
const RESIDENT_SAYS = /\b(?:[Rr]esidents?|[Ll]ocals|[Vv]illagers)\b[^.;:“"]{0,80}?\b(?:said|says|told|tell|recalled|recounted|described|explains?|explained)\b|\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}, \d{1,2}, (?:told|said)\b/u;
// "I saw three children waving", "we heard a loud bang": an account in the first person.
const SEEN = /\b(?:I|we)\s+(?:saw|heard|watched|felt|could see|could hear)\b/;

/** The happening `reading` is a witness's account of, or undefined. */
export function witnessOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !(WITNESS_SAYS.test(text) || RESIDENT_SAYS.test(text) || SEEN.test(text)) || TURNS_TO_OTHER.test(text) || namesUnknownPlace(reading) || reading.modifiers.length > 0) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  return h && sameDay(reading, h) && inArea(reading, h) ? h : undefined;
}
