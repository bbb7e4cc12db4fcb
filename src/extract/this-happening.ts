/**
 * A happening pointed back at with "this" or "these". Once a report has told a strike or a
 * wreck, it goes on with what the happening is weighed or investigated as, or what it fell
 * beside: "This incident is being investigated as a war crime committed by the army and its
 * junta in Naypyidaw.", "This incident adds to the series of maritime accidents in this heavily
 * trafficked waterway.", "These assaults coincided with remarks from the group's new leader."
 * The subject is the happening just told, named by a demonstrative: the sentence says what it
 * is taken for, not that anything happened again, and the places it names are the inquiry's or
 * the comparison's. It is a claim on the happening told last that is not only words.
 *
 * Only when the demonstrative and its happening noun open the sentence, and only when the
 * sentence counts nothing and gives no day of its own: "This earthquake caused 290 deaths in
 * the province of Al Haouz, 190 in Taroudant ..." counts a toll of its own, and "This latest
 * attack, which lasted from Friday night ..." dates one; both stay candidates.
 */
import type { Reading } from './reading';
import { notOnlyWords } from './detail';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';
import { HAPPENING_NOUN } from './words';

// "This incident", "These assaults", "This deadly attack", "These developments".
const THIS_HAPPENING = new RegExp(String.raw`^\W*(?:this|these)\s+(?:[\w-]+\s+)?(?:${HAPPENING_NOUN}|assaults|incidents|developments?)\b`, 'i');

/** The happening `reading` points back at with a demonstrative, or undefined. */
export function thisHappeningOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || !THIS_HAPPENING.test(reading.sentence.text) || reading.dates.length > 0 || reading.modifiers.length > 0) return undefined;
  if (found.some((c) => c.properties.figures.length > 0)) return undefined;
  return lastTold(notOnlyWords(happenings));
}
