/**
 * Security raised after an attack. Once a report has told an attack, it tells how the
 * authorities guarded against the next: "The security has been beefed up in Pahalgam and forces
 * have rushed to cordon off the area.", "The security agencies have taken additional measures
 * across the city and checkpoints to prevent further incidents.", "It later sent an additional
 * 5,000 troops to bolster security in the north." Such a sentence is the attack's aftermath, as
 * the rescue at its site is: a claim on the attack told last, not a deployment of its own.
 *
 * Only when the sentence says security or deployment was raised ("beefed up", "tightened",
 * "stepped up", "bolster security", "to prevent further incidents", "cordon off"), not that
 * forces were put on alert (a statement of its own); only after violence, the last happening
 * told that is not only words; and only when the sentence counts no dead or hurt, gives no day
 * before it and names no other country. Troops sent into unrest ("The government enlisted the
 * army to back up the riot police") are happenings of their own.
 */
import type { Reading } from './reading';
import { FAMILY, notOnlyWords } from './detail';
import { daysBefore, lastTold, namesOtherCountry, type Told } from './told';
import type { CandidateFeature } from './types';
import { TOLL } from './words';

// "The security has been beefed up", "bolster security", "to prevent further incidents",
// "forces have rushed to cordon off the area".
const RAISED = /\b(?:security|deployment|patrols?|checkpoints?)\b[^.;]{0,40}?\b(?:beefed up|tightened|stepped up|heightened|reinforced|intensified)\b|\b(?:beef(?:ed)? up|tighten(?:ed)?|step(?:ped)? up|heighten(?:ed)?|bolster(?:ed)?|reinforc(?:e|ed))\s+(?:the\s+)?security\b|\bto prevent further (?:incidents|attacks)\b|\bcordon(?:ed)? off\b/i;

/** The attack whose aftermath `reading`'s raised security is, or undefined. */
export function securityRaisedOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !RAISED.test(text) || TOLL.test(text) || reading.modifiers.length > 0) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  if (!h || FAMILY[h.candidate.properties.category] !== 'violence') return undefined;
  return !daysBefore(reading, h) && !namesOtherCountry(reading, h) ? h : undefined;
}
