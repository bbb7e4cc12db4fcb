/**
 * What is not known, told after a happening. "It is not immediately clear if he was inside at
 * the time of the attack.", "There were no immediate reports of casualties.", "The governor
 * gave no details of the attack or the casualties.", "It could not confirm witness accounts that
 * the bridge cracked ...", "The chief minister on Wednesday said that the damage was difficult
 * to assess immediately.": once a report has told a happening, it says what its sources do not
 * yet know or would not say. Such a sentence tells nothing that happened: it is a claim on the
 * happening told last, not a happening of its own at the place or on the day it names.
 *
 * Only when what is not known is the sentence's main clause (after at most an opening phrase
 * and its speaker), and only after a happening is told. A happening told first ("some houses
 * have also been destroyed, but there are no reports of casualties", "A fire destroyed a market
 * on Sunday, but ...") stays a candidate of its own, and so does a sentence that goes on with
 * one after "but".
 */
import type { Reading } from './reading';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';

// "On Friday,", "Meanwhile,": an opening phrase; "the governor said that", "officials told
// reporters": the speaker; neither tells anything itself.
const OPENING = String.raw`(?:(?:on|in|at|by|later|meanwhile|so far|as yet|still)\b[^,;]{0,40},\s*)?`;
const SPEAKER = String.raw`(?:[^,;:“"]{1,80}?\b(?:said|says|told|tells|added|wrote|noted|stressed)\b[^,;:“"]{0,40}?\s+(?:that\s+)?)?`;
// What the subject does not know or give: "gave no details", "could not confirm", "was
// difficult to assess", "struggled to offer a realistic assessment", "were not yet available".
const SUBJECT_NOT_KNOWN = String.raw`(?:[^;:“"]{1,100}?\s+(?:(?:gave|give|gives|provided|provides|offered|offers|released|has given|have given)\s+no\s+(?:further\s+|other\s+|immediate\s+|more\s+)?(?:details|information|figures|word)|(?:could|can|did|does|do)\s+not\s+(?:immediately\s+|yet\s+|independently\s+)?(?:confirm|verify|say|specify|give|provide|be reached)|(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:difficult|hard|impossible|too early)\s+to\s+(?:assess|say|tell|know|determine|confirm|estimate|establish)|struggled\s+to\s+(?:offer|give|provide|make|assess)|(?:has|have)\s+been\s+slow\s+to\s+emerge|(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+|immediately\s+)?(?:known|clear|available)|unknown|unclear)))`;
// "It is not immediately clear", "it remains unclear", "There were no immediate reports".
const IMPERSONAL_NOT_KNOWN = String.raw`(?:it\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:not\s+(?:immediately\s+|yet\s+|entirely\s+)?(?:clear|known)|unclear|unknown)|(?:there\s+(?:were|was|are|is|have been|has been)\s+)?no\s+(?:immediate\s+|further\s+|other\s+|official\s+)?(?:reports?|word|information|details|indication|confirmation)\b)`;
const NOT_KNOWN = new RegExp(String.raw`^\W*${OPENING}${SPEAKER}(?:${IMPERSONAL_NOT_KNOWN}|${SUBJECT_NOT_KNOWN})`, 'i');

// "... but there are no reports", "A fire destroyed a market and gave no ...": a subject that
// goes on from a happening told first is no subject of what is not known.
const JOINED = /\b(?:but|and|while|although|though|after|as|when|where|which|who)\b/i;
// "..., but 300 homes were destroyed": what is not known, then a happening.
const BUT_THEN = /\bbut\b/i;

/** Whether the sentence's main clause only tells what is not known. */
function onlyNotKnown(text: string): boolean {
  const m = NOT_KNOWN.exec(text);
  return m !== null && !JOINED.test(m[0]) && !BUT_THEN.test(text.slice(m[0].length));
}

/** The happening `reading`'s word of what is not known is a claim on; else undefined. */
export function notKnownOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || !onlyNotKnown(reading.sentence.text)) return undefined;
  return lastTold(happenings);
}
