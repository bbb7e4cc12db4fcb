/**
 * A sentence opening with a personal pronoun, after a happening. "He said many of the victims
 * died of asphyxiation because of the smoke.", "They proceeded to hack the students to death",
 * "She said some survivors had emerged.": "he", "she", "they" or "we" opening a sentence
 * points back at a person or people the report has just named (a speaker, the attackers, the
 * rescuers), so the sentence goes on with what the report was telling: a claim on the happening
 * told last, not a happening of its own. The lede of a report never opens so.
 *
 * Only after a happening is told, and not when the sentence turns to another one ("He said
 * another fire had destroyed a market ...") or names a place the happening did not ("He
 * estimated that 60 percent of the homes in Marsh Harbour have been damaged": harm at a town of
 * its own). A move told so ("He arrived from Phnom Penh", "He added that some had been sent to
 * the front line") is a step of its own in a deployment or a visit and stays a candidate.
 */
import type { Reading } from './reading';
import { FAMILY } from './detail';
import { lastTold, namesUnknownPlace, newPlaces, type Told } from './told';
import type { CandidateFeature } from './types';
import { TURNS_TO_OTHER } from './words';

// "He said", "She added", "They proceeded", "We are": the pronoun as the sentence's subject.
const OPENS_WITH_PRONOUN = /^\s*(?:He|She|They|We)\b/;

/** The happening `reading`, opening with a personal pronoun, goes on with; else undefined. */
export function pronounSubjectOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !OPENS_WITH_PRONOUN.test(text) || TURNS_TO_OTHER.test(text)) return undefined;
  if (found.some((c) => FAMILY[c.properties.category] === 'moves') || namesUnknownPlace(reading)) return undefined;
  const h = lastTold(happenings);
  return h && newPlaces(reading, h).length === 0 ? h : undefined;
}
