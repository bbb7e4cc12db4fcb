/**
 * What is only expected, told after a happening. "President Erdogan was expected to visit
 * Amasra on Saturday.", "On Friday, the vessel is expected to arrive at the port of Izmail.":
 * a sentence whose main clause is an expectation tells no happening yet; after a happening is
 * told, it is what the report expects to follow from it, a claim on that happening, not a
 * candidate of its own on the expected day.
 *
 * Only when the expectation is the sentence's main clause, its subject told straight before it
 * (after at most an opening phrase, "On Friday,", "While in town,"). A happening told first
 * ("reached Tokyo on Saturday, where he is expected to meet ...") stays a candidate, and so does
 * a count expected ("there were expected to be hundreds of deaths"): a toll as of that day.
 *
 * What only will be is told the same way: "He will then visit towns and districts in four
 * provinces", "Bodies of foreigners will be airlifted to Kathmandu on Monday, he said", and what
 * a speaker said would follow ("He said three cruise ships would be arriving on Friday"). The
 * sentence's main clause (after at most an opening phrase and its speaker) is a "will" or a
 * "would", and names nothing done before it in its own words. Only after a happening of
 * violence or a disaster, told before it: in a report of visits and meetings, the visits and
 * talks still to come are the story's own events.
 */
import type { Reading } from './reading';
import { tellsHazard } from './classify';
import { FAMILY, HARM_FAMILIES } from './detail';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';

// "X was expected to visit", "On Friday, the vessel is expected to arrive": the main clause an expectation.
const EXPECTED = /^\W*(?:(?:on|in|while|by|later|meanwhile)\b[^,;]{0,40},\s*)?(?!there\b)[^,;]{1,80}?\b(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?(?:expected|scheduled|due)\s+to\s+\w+/i;

// "He will then visit", "Following his visit, the President will convene", "He said three ships
// would be arriving": the main clause, or what its speaker said, only what will be. Not a wish
// ("would like to") nor a guess at what was ("would have").
const WILL = /^\W*(?:(?:on|in|while|by|later|meanwhile|following|after)\b[^,;]{0,60},\s*)?(?!there\b)(?:[^,;:“"]{1,60}?\b(?:said|says)\s+(?:that\s+)?)?[^,;:“"]{1,80}?\b(?:will|would)\s+(?:then\s+|also\s+|soon\s+|now\s+|still\s+)?(?!like\b|have\b)[a-z]+\b/i;

// "has warned his government would take action", "Others object that this volume will not be
// negligible if ...", "“The question remains whether this system will be modified”": a warning,
// a view, a condition or a speaker's quoted words is a statement of its own, not what follows.
const STANCE = /\b(?:warn|object|argu|fear|believ|think|hope|insist|threat|vow|pledg|promis|claim|predict|doubt)\w*\b/i;
const CONDITION = /\b(?:if|unless|whether)\b/i;
const QUOTED = /^\s*[“"]/;

/** Whether the sentence's main clause only tells what will be: no warning, view or condition. */
function onlyWillBe(text: string): boolean {
  const will = WILL.exec(text);
  return will !== null && !STANCE.test(will[0]) && !CONDITION.test(text) && !QUOTED.test(text);
}

/** Whether `told` is a happening of violence or a disaster, which what will be may follow from. */
const followsFrom = (told: Told): boolean => HARM_FAMILIES.has(FAMILY[told.candidate.properties.category]) || tellsHazard(told.reading.sentence.text);

/** The happening `reading`'s expectation follows from; else undefined. */
export function expectedOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || found.some((c) => c.properties.figures.length > 0)) return undefined;
  const last = lastTold(happenings);
  if (EXPECTED.test(reading.sentence.text)) return last;
  return onlyWillBe(reading.sentence.text) && happenings.some(followsFrom) ? last : undefined;
}
