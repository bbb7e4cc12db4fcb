/**
 * Who was aboard, and where the craft was going, told after a crash or a sinking. "A total of
 * 68 passengers and four crew members were on board the aircraft that crashed between the old
 * airport and the new one", "Some 149 passengers and eight crew members were on board of the
 * plane that crashed six minutes after taking off": once a report has told the happening, a sentence whose main clause
 * counts those aboard the craft it names with "the" tells who was there, not something that
 * happened. It is a detail of the latest happening told that is not only words, and its count
 * is of those aboard, not of the dead or hurt, so it adds no figure. So is the craft's route:
 * "The boat was reportedly en route to Italy from Libya", "The boat that was carrying over 300
 * people and cargo was heading to Kituku port near Goma city from Minova": the places it names
 * are where the craft came from and was going, not where anything happened; and so is where
 * it set out from ("The flight had departed from the capital, Kathmandu, ... bound for
 * Pokhara", "the ferry got under way from Ketapang"), when the sentence tells no harm.
 *
 * Only when being aboard is the sentence's main clause. A craft told with those on board as it
 * crashes or sinks ("A high-speed train with nearly 300 people on board derailed near Malaga")
 * is the happening itself and stays a candidate of its own, as does "A boat on its way from
 * Libya to Italy sank off Greece" told first.
 *
 * So, too, who was there when it happened ("Around 60 people were attending a wake at the cafe
 * when the missile hit", "the vessel was carrying 53 passengers ... at the time of the
 * incident"): a sentence that names the happening told only as the moment of what it tells,
 * "when the missile hit" or "at the time of the explosion", tells who was at its place then, a
 * detail of it; its count is of those present, not of the dead or hurt.
 */
import type { Reading } from './reading';
import { notOnlyWords } from './detail';
import { lastTold, namedIn, sameDay, type Told } from './told';
import { TURNS_TO_OTHER } from './words';
import type { CandidateFeature } from './types';

// The craft a crash or a sinking is told of.
const CRAFT = String.raw`(?:plane|aircraft|airliner|jet|flight|helicopter|boat|ferry|ship|vessel|launch|train|bus|tanker|trawler|dinghy)`;
// An opening phrase: "On Sunday,", "According to the police,".
const OPENING = String.raw`(?:(?:on|in|at|by|according to)\b[^,;]{0,40},\s*)?`;
// "A total of 68 passengers and four crew members were on board the aircraft", "Some 149
// passengers ... were on board of the plane": the main clause says who was aboard the craft.
const ABOARD = new RegExp(String.raw`^\W*${OPENING}[^,;:“"]{1,80}?\b(?:were|was|had been)\s+(?:on\s+board|aboard)\s+(?:of\s+)?(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?${CRAFT}\b`, 'i');
// "The boat was reportedly en route to Italy from Libya", "The vessel was on its way from Libya
// to Italy when it sank": the main clause says where the craft named with "the" was going.
const ROUTE = new RegExp(String.raw`^\W*${OPENING}(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?${CRAFT}\b[^;:“"]{0,80}?\b(?:was|were|had been)\s+(?:reportedly\s+|believed to be\s+|thought to be\s+)?(?:en\s+route|on\s+(?:its|their)\s+way|heading|headed|bound|sailing|travell?ing)\s+(?:to|from|for|towards?)\b`, 'i');

// "The flight had departed from the capital, Kathmandu, ... bound for Pokhara", "Flight 2216
// left Bangkok early on Sunday to head to Muan", "A coast guard official said the vessel left
// Izmir four days ago", "the ferry got under way from Ketapang": where the craft set out from,
// its main clause (after an opening phrase and a speaker at most), with no harm told in it.
const DEPARTED = new RegExp(String.raw`^\W*${OPENING}(?:[^,;:“"]{1,60}?\b(?:said|says|told \w+)\s+(?:that\s+)?)?(?:(?:the|that|this)\s+)?(?:[\w-]+\s+){0,3}?${CRAFT}\b[^;:“"]{0,60}?\b(?:had\s+)?(?:departed|left|took\s+off\s+from|set\s+(?:sail|off|out)\s+from|got\s+under\s*way|started\s+(?:its|their)\s+journey)\b`, 'i');
// Harm told in the same sentence: the happening itself, not the craft's setting out.
const HARM = /\b(?:crash\w*|sank|sinks?|sinking|capsiz\w*|collid\w*|derail\w*|explod\w*|caught fire|went down|killing|killed|dead|died|drown\w*|missing)\b/i;

/** A sentence's candidates as claims that add no figure: their counts are of those there, not of the dead or hurt. */
const withoutFigures = (found: readonly CandidateFeature[]): CandidateFeature[] => found.map((c) => ({ ...c, properties: { ...c.properties, figures: [] } }));

/** The happening `reading`'s count of those aboard, or the craft's route, is a detail of, with the claims it adds; else undefined. */
export function aboardOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): { to: Told; claims: CandidateFeature[] } | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !(ABOARD.test(text) || ROUTE.test(text) || (DEPARTED.test(text) && !HARM.test(text)))) return undefined;
  const to = notOnlyWords(happenings).at(-1);
  return to && { to, claims: withoutFigures(found) };
}

// "when the missile hit", "at the time of the incident": the happening told, named back only as
// the moment of what the sentence tells.
const AT_THE_TIME = /\bat the time of the (?:[\w-]+ )?(?:attack|strike|explosion|blast|incident|accident|crash|collapse|fire|eruption|quake|earthquake|sinking|bombing|shelling)\b|\bwhen the (?:[\w-]+ ){0,2}?(?:missile|rocket|bomb|drone|shell|strike|attack|blast|explosion|storm|hurricane|cyclone|typhoon|quake|earthquake|tsunami|wave|eruption|fire|bridge|building|boat|ferry|plane|train|bus)s? (?:hit|struck|exploded|landed|erupted|collapsed|crashed|sank|capsized|broke out|went down|came down|tore|slammed)\b/i;

/** The happening whose moment `reading` tells who was there at, with the claims it adds; else undefined. */
export function presentOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): { to: Told; claims: CandidateFeature[] } | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !AT_THE_TIME.test(text) || TURNS_TO_OTHER.test(text) || reading.modifiers.length > 0) return undefined;
  const events = notOnlyWords(happenings);
  const to = namedIn(text, events) ?? lastTold(events);
  return to && sameDay(reading, to) ? { to, claims: withoutFigures(found) } : undefined;
}
