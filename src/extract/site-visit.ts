/**
 * Officials at the site of a happening. Once a report has told a fire, a crash or an attack, it
 * tells who came to see it: "The Indian ambassador to Kuwait, Adarsh Swaika, visited the site in
 * Mangaf to understand the situation.", "Top officials including deputy commissioner of
 * Anantnag have also reached Pahalgam.", "The leaders of Germany, France and Spain are due to
 * visit the crash site." Such a visit is the happening's aftermath: a claim on it, not a
 * movement of its own, wherever its visitors came from.
 *
 * Only for a movement; only after violence or a disaster, the last happening told that is not
 * only words; only when the visit is to "the site", "the scene" or "the area" of it, or to a
 * place that happening named; and only when the sentence counts no one, gives no day before it,
 * names no other country and turns to no other time ("Since the closure of the border ..., fewer
 * traders have arrived in Voronezh" is no visit). In a report of visits and talks, the visits are the story's own
 * events, and stay candidates.
 */
import type { Reading } from './reading';
import { FAMILY, HARM_FAMILIES, notOnlyWords } from './detail';
import { daysBefore, lastTold, namesOneOf, namesOtherCountry, type Told } from './told';
import type { CandidateFeature } from './types';
import { TURNS_TO_OTHER } from './words';

// "visited the site", "due to visit the crash site", "toured the affected area".
const TO_THE_SITE = /\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|inspect(?:ed|s|ing)?|reached|arrived at|rushed to|went to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:site|scene|spot)\b/i;
// "have also reached Pahalgam": the happening's own place.
const REACHED = /\b(?:visit(?:ed|s|ing)?|reached|rushed to|went to|toured)\b/i;

/** The happening whose site `reading`'s visit is to, or undefined. */
export function siteVisitOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !found.every((c) => c.properties.category === 'movement' && c.properties.figures.length === 0) || reading.modifiers.length > 0) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  if (!h || !HARM_FAMILIES.has(FAMILY[h.candidate.properties.category] ?? '') || daysBefore(reading, h) || namesOtherCountry(reading, h) || TURNS_TO_OTHER.test(text)) return undefined;
  return TO_THE_SITE.test(text) || (REACHED.test(text) && namesOneOf(reading, h)) ? h : undefined;
}
