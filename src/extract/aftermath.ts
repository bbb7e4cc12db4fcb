/**
 * What is done and said because of a happening. A report of an attack or a blast goes on with
 * what the authorities closed, suspended or cancelled because of it ("Temporary restrictions
 * were introduced in the city's airport", "the governor ordered the closure of all schools"),
 * with the sympathy and condolences leaders offered, the blame they laid and the
 * investigation they ordered. None of that is a happening of its own on the map: each is a
 * claim on the happening it answers, with its speaker kept, so the happening's marker carries
 * every response to it.
 *
 * A closure or other measure answers the last violent happening the article told (not a
 * protest: what a government closes against a protest is its move in the dispute), when it
 * comes within days of it (a week before its first day, for a day the text names ahead of a
 * report, to three days after its last) or has no day of its own. A response in words
 * (sympathy, condolences, grief, blame, an investigation ordered or promised, action promised
 * against those responsible, officials sent to the site after it, a confirmation of what
 * followed it, grief expressed over it, blame laid for it, a vow to make its authors pay, a
 * denial of any part in it) answers the violent happening its definite noun names
 * ("the victims of the explosion": the one that introduced "an explosion"), else the one told
 * last; with no violent happening told (a crash, a fire), the last happening told that is not
 * words. Neither may count people of its own (a toll is another rule's) or turn to another
 * incident ("In another attack").
 */
import { addDays } from './calendar';
import type { Reading } from './reading';
import { isViolence, lastTold, namedOrLast, type Told } from './told';
import type { CandidateFeature } from './types';
import { FAMILY } from './detail';
import { HAPPENING_NOUN, NUMBER_WORD } from './words';

// Something shut, stopped or called off, or people told to stay away: a measure, not a happening.
const MEASURE = /\b(?:closed|closes|closing|closure|shut|shuts|suspended|suspends|halted|halts|cancell?ed|restrictions (?:were|have been|was|had been) (?:introduced|imposed)|flight restrictions|told (?:its|their) (?:staff|citizens|nationals|employees))\b/i;
// What a measure is about: places people travel through, learn or gather in, or work at.
const MEASURED = /\b(?:airports?|flights?|departures|arrivals|schools?|educational|universit(?:y|ies)|classes|events|gatherings|crossings?|border|roads?|offices|markets|shops|activities|operations|port|staff|citizens|nationals|employees)\b/i;
// Words a leader or body says about a happening, or what it orders done about it.
const RESPONSE = /\b(?:extended|extends|expressed|expresses|offered|offers|sent|sends|conveyed|conveys)\s+(?:his|her|their|its|our)?\s*(?:deep(?:est)?\s+|heartfelt\s+|sincere\s+)?(?:condolences|sympathy|sympathies)\b|\bblamed (?:the|this|that) (?:\w+ )?(?:attacks?|strikes?|explosions?|blasts?|shelling|bombing|incident|fire)\b|\b(?:investigat(?:e|ion|ions)|probe)\s+(?:of|into)?\s*(?:the|this|that)\s+(?:\w+\s+)?(?:attacks?|strikes?|explosions?|blasts?|incident|fire|disaster|bombing)\b|\b(?:to investigate|the investigation of|an investigation into)\s+(?:the|this|that)\b|\bthe cause of the (?:\w+ )?(?:attacks?|explosions?|blasts?|incident|fire|disaster)\b|\bmay have caused the (?:\w+ )?(?:explosions?|blasts?|fire|disaster|incident)\b|\bclaimed responsibility for\b|\b(?:denounced|denounces|condemned|condemns)\s+(?:the|this|these|that)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|(?:air)?strikes?|explosions?|blasts?|shelling|bombings?|killings?|incident)\b/i;
// The happening named back: "the incident", "the attack", "the hoarding collapse incident".
const THE_HAPPENING = String.raw`(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:${HAPPENING_NOUN})`;
// Words of grief and promises a leader gives about a happening, or officials sent because of
// it: "deeply saddened to hear about an explosion", "my sympathies go out to the families",
// "action will be taken against those responsible", "directed officials to reach the site ...
// following the incident", "confirmed that first responders were reporting dozens of
// casualties following the attack".
const SAID_OF = new RegExp([
  String.raw`\b(?:deeply\s+|profoundly\s+)?(?:saddened|grieved|pained|shocked)\s+(?:to\s+(?:hear|learn)|by|at|over)\b`,
  String.raw`\b(?:sympathies|condolences|thoughts and prayers|prayers)\s+(?:go|goes|went|are)\s+(?:out\s+)?(?:to|with)\b`,
  String.raw`\baction\s+(?:will be taken\s+|would be taken\s+)?against\s+(?:those|whoever|anyone)\s+(?:found\s+)?responsible\b`,
  String.raw`\b(?:directed|ordered|instructed|asked|dispatched|sent)\s+(?:a\s+|the\s+)?(?:(?:group|team)\s+of\s+)?(?:officials|authorities|officers|administration|experts?|teams?|inspectors?)\b[^.;]{0,80}\b(?:following|after)\s+${THE_HAPPENING}\b`,
  // "has also been directed to reach the accident site": an official sent to its site.
  String.raw`\b(?:directed|ordered|instructed|asked)\s+to\s+(?:reach|visit|rush to|go to)\s+the\s+(?:\w+\s+)?(?:accident|incident|crash|blast|explosion|attack|disaster|fire)\s+site\b`,
  String.raw`\bconfirmed\b[^.;]{0,80}\b(?:following|after)\s+${THE_HAPPENING}\b`,
  // "expresses grief over the deadly attacks", "blamed the state and victims for the attacks".
  String.raw`\b(?:expresse[sd]|express|voiced|conveyed)\s+(?:(?:his|her|their|its|deep|profound|great)\s+)*(?:grief|sorrow|sadness|shock|dismay)\s+(?:over|at|about|following)\b`,
  String.raw`\bblamed\b[^.;]{0,60}?\bfor\s+${THE_HAPPENING}\b`,
  // "vowed that Hezbollah will pay a heavy price", "vowed to retaliate", "denied any involvement".
  String.raw`\b(?:vowed|vows|pledged|promised)\s+(?:that\s+[^.;]{0,60}?\bwould\s+|that\s+[^.;]{0,60}?\bwill\s+|to\s+)["“]?(?:\w+\s+){0,2}?(?:pay|retaliate|respond|avenge|punish|hunt down|bring)\b`,
  String.raw`\b(?:denied|denies|rejected|rejects)\s+(?:any\s+)?(?:involvement|responsibility|role)\b`,
].join('|'), 'i');
// What is done or said about a disaster or an attack by those answerable for it: a
// resignation, an arrest, its cause named ("mainly due to a tragic human error"), cases filed
// against a crew, a sunken vessel salvaged, the bodies handed over to families or taken to a
// hospital or morgue.
const ANSWERED_FOR = /\b(?:bodies|remains|the (?:dead|deceased|injured|wounded))\b[^.;]{0,30}\b(?:were|was|have been|has been|had been)\s+(?:transported|taken|brought|moved|flown)\s+to\b|\b(?:resigned|resigns|resignation|stepped down)\b|\barrested\b|\bfiled (?:\w+ ){0,3}cases?\b|\b(?:salvaged|refloated)\b|\bbodies (?:were|have been|had been) handed over\b|\b(?:human error|negligence|technical (?:fault|failure)|mechanical failure)\b/i;
// A count of people, another incident, or a measure of long before ("since the closure of
// the border dating from the pandemic"): the sentence tells news of its own.
const OWN_NEWS = new RegExp(String.raw`\b(?:\d[\d,]*|${NUMBER_WORD}|dozens?|scores|hundreds)\s+(?:\w+\s+)?(?:people|persons|civilians|soldiers|children|dead|killed|wounded|injured)\b|\b(?:another|a second|a further) (?:attack|strike|explosion|blast|raid|incident)\b|^\W*(?:earlier|in a separate|separately)\b|\bsince the\b|\bdating (?:from|back)\b`, 'i');

// Rescue, relief or search work said to be going on: what follows a happening, told as a state.
const GOING_ON = /\b(?:rescue|relief|search|recovery)(?:(?:\s+and\s+|-and-)(?:rescue|relief|recovery))?\s+(?:operations?|efforts?|work)\s+(?:(?:are|were|is|was|remain|remained)\s+(?:still\s+)?(?:on|underway|under way|ongoing|continuing|in progress)|(?:have|has)\s+been\s+(?:on|underway|under way|ongoing|continuing))\b/i;

const UNREST = new Set(['protest', 'riot']);

/**
 * The happening `reading` answers with a measure or a response, or undefined. `found` are the
 * sentence's own candidates; `happenings` those told before it, in order.
 */
export function answered(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  // A place's history ("Kursk, which Ukraine invaded in August") is news of its own; "the
  // governor of X, announced on Saturday that schools would be closed" is only misread as one.
  if (OWN_NEWS.test(text) || (reading.modifiers.length > 0 && !MEASURE.test(text))) return undefined;
  // "Rescue operations are underway at the site": the work going on after any disaster or
  // attack is the aftermath of the last happening told, not one of its own.
  if (GOING_ON.test(text)) return lastTold(happenings);
  const violent = happenings.filter((h) => isViolence(h.candidate));
  // A crash's or a fire's victims are mourned and its site visited as an attack's are: with
  // no violent happening told, the words answer the last happening told that is not words.
  if (RESPONSE.test(text) || SAID_OF.test(text)) return namedOrLast(text, violent.length > 0 ? violent : happenings.filter((h) => FAMILY[h.candidate.properties.category] !== 'talk'));
  if (violent.length === 0) return undefined;
  // Not a protest's: a leader resigning or protesters arrested are moves in the dispute, news of their own.
  if (ANSWERED_FOR.test(text)) {
    const h = lastTold(violent);
    return h && !UNREST.has(h.candidate.properties.category) ? h : undefined;
  }
  if (!MEASURE.test(text) || !MEASURED.test(text)) return undefined;
  // Universities or roads closed against a protest are the government's move in the dispute,
  // news of their own; what is shut after an attack or a blast is for safety, its aftermath.
  const h = lastTold(violent);
  if (!h || UNREST.has(h.candidate.properties.category)) return undefined;
  const { start, end } = h.candidate.properties;
  // Taken because of it: within days of it ("would be closed on Monday" may resolve to the
  // Monday before a Sunday's report, so a week before it is allowed), not weeks away.
  const after = found.every((c) => c.candidate.reportDated || (c.properties.start >= addDays(start, -7) && c.properties.end <= addDays(end, 3)));
  return after ? h : undefined;
}

// "..., she added.": the speaker of a response going on with it.
const GOES_ON = /^\W*(?:he|she|they|it)\s+(?:also\s+)?(?:added|continued|went on|noted)\b|\b(?:he|she|they)\s+(?:also\s+)?(?:added|continued|noted)\.?\W*$/i;

/** Whether `reading` goes on with the response told in the sentence just before it. */
export const goesOn = (reading: Reading, previous: Reading | undefined): boolean =>
  previous !== undefined && reading.paragraph - previous.paragraph <= 1 && GOES_ON.test(reading.sentence.text) &&
  !OWN_NEWS.test(reading.sentence.text) && reading.places.every((p) => p.place.kind === 'country') && reading.dates.length === 0;
