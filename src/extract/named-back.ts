/**
 * A happening named back by its definite noun. Once a report has told "a fire broke out at a
 * container depot" or "a plane crashed while landing", its later sentences call it "the fire",
 * "the crash", "the incident", "the tragedy": the cause suspected, what was seen at the time,
 * who was sent to the site, what the blast shattered. Such a sentence tells the same happening
 * again, so it is a claim on it, not a second one, when it also gives no day outside the
 * happening's, names no place the happening has not, counts no people of its own and turns to
 * no other incident or time ("another", "a previous", "earlier").
 *
 * Disasters are named so as often as attacks (`retold.ts` joins attacks named by the noun they
 * were introduced with); "the incident", "the accident", "the tragedy" name whatever was told
 * last, whoever tells it.
 */
import type { Reading } from './reading';
import { lastTold, namedIn, newPlaces, sameDay, type Told } from './told';
import type { CandidateFeature } from './types';
import { FAMILY, notOnlyWords } from './detail';
import { ACCIDENT_NOUN, NUMBER_WORD, OTHER_HAPPENING } from './words';

// The nouns a report calls an accident or disaster by once it has told it (attacks are `retold.ts`'s).
const HAPPENING_NOUN = String.raw`(?:${ACCIDENT_NOUN})`;
// "the fire", "the massive explosion", "this incident", "the crash site": the happening named back.
const NAMED_BACK = new RegExp(String.raw`\b(?:the|this|that)\s+(?:[\w-]+\s+)?${HAPPENING_NOUN}\b`, 'i');
// "seized the ship after it docked shortly after the accident": an act done after the happening is news of its own;
// so is one done "as a follow-up of the incident" ("held a flag meeting with his counterpart").
const AFTER_IT = new RegExp(String.raw`\b(?:after|following|since|as\s+a\s+follow[- ]?up\s+(?:of|to))\s+(?:the|this|that)\s+(?:[\w-]+\s+)?${HAPPENING_NOUN}\b`, 'i');
// "another fire", "a previous confrontation", "earlier", "since": another happening or time; and
// "other", "on the same day", "a series", "recent history": a disaster named back among others.
const OTHER = new RegExp(String.raw`\b(?:${OTHER_HAPPENING}|other|on the same day|series|recent history)\b`, 'i');
// "at least 45 people died", "killing 19": a count of people, news of its own.
const COUNT = new RegExp(String.raw`\b(?:\d[\d,]*|${NUMBER_WORD}|dozens?|hundreds?|scores)\s+(?:[\w-]+\s+){0,2}?(?:people|persons|passengers|workers|miners|civilians|soldiers|children|dead|killed|died|wounded|injured|bodies|lives)\b`, 'i');

/** The happening `reading` names back by its definite noun, or undefined. */
export function namedBack(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !NAMED_BACK.test(text) || OTHER.test(text) || AFTER_IT.test(text) || reading.act !== undefined || COUNT.test(text) || reading.unresolved.length > 0 || reading.modifiers.length > 0) return undefined;
  // A statement told before is words, not a happening to name back: "the Coast Guard accused ... in the incident" after another side's statement is its own.
  const h = namedIn(text, happenings) ?? lastTold(notOnlyWords(happenings));
  if (!h || FAMILY[h.candidate.properties.category] === 'talk' || !sameDay(reading, h) || newPlaces(reading, h).length > 0) return undefined;
  return h;
}
