/**
 * The time gone by since a happening, told with its definite noun: "Nearly 12 hours after the
 * collapse, the death toll was uncertain.", "More than 24 hours after the incident, the rescue
 * teams continued searching for more bodies", "More than 40 hours have passed since the
 * earthquake struck". The sentence measures the time from the happening just told and says how
 * its aftermath stood then: a claim on that happening, not a happening of its own on the day
 * the hours run out to.
 *
 * Only when the sentence names no place the happening did not, counts nobody, and turns to no
 * other happening ("Two hours after the blast, a second explosion hit ...").
 */
import { notOnlyWords } from './detail';
import type { Reading } from './reading';
import { lastTold, newPlaces, type Told } from './told';
import type { CandidateFeature } from './types';
import { COUNTED, HAPPENING_NOUN, NUMBER_WORD, OTHER_HAPPENING } from './words';

// "12 hours after the collapse", "two days after the attack", "40 hours have passed since the earthquake".
const ELAPSED = new RegExp(String.raw`\b(?:\d+|${NUMBER_WORD}|a few|several|many)\s+(?:hours?|days?|weeks?)\s+(?:(?:have|has|had)\s+(?:now\s+)?passed\s+)?(?:after|since)\s+the\s+(?:[\w-]+\s+){0,2}?(?:${HAPPENING_NOUN})\b`, 'i');
const OTHER = new RegExp(String.raw`\b(?:${OTHER_HAPPENING})\b`, 'i');

/** The happening `reading` measures the time since, or undefined. */
export function timeSinceOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || reading.modifiers.length > 0 || !ELAPSED.test(text)) return undefined;
  // Beside the hours gone by, no number and no other happening.
  const rest = text.replace(ELAPSED, '');
  if (OTHER.test(rest) || COUNTED.test(rest)) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  return h && newPlaces(reading, h).length === 0 ? h : undefined;
}
