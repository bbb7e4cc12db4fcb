/**
 * A toll told again. A report counts the dead and hurt of one happening several times over,
 * from several sources and as the count grows: "The clashes have so far left at least nine
 * people dead", "According to the police, nine protesters were killed", "In the attack, 10
 * policemen were martyred", "a second protester died while receiving treatment", "The
 * deceased succumbed to their injuries". Each is a claim on the happening it counts, with its
 * speaker and figures kept, not a happening of its own: a reader of the map wants one marker
 * for the attack, with every count of it beside it.
 *
 * A sentence is such a count when it tells a toll (the dead, the hurt, those treated), is of
 * the violent kind, follows a violent happening within two paragraphs of its last sentence
 * (or, a count told by a speaker, any distance below the only such happening told so far),
 * names no place that happening's sentences did not name (nor a place the gazetteer lacks,
 * nor "the town of X"; an area holding the happening's place is another place's toll), gives no day outside that happening's, and turns to no other incident or time
 * ("another attack", "Earlier,", "days after", "a siege on a hotel"). "also wounded", "another
 * 84 individuals" and "another 672 injured" add to the toll, and "Earlier reports spoke of 34
 * deaths" counts it before; none tells another incident. A forecast ("likely to sustain heavy
 * casualties") counts nothing.
 */
import type { Place } from '../domain/types';
import { addDays, WEEKDAY_NAMES, WEEKDAYS } from './calendar';
import { tellsHazard } from './classify';
import { distanceKm } from './geo';
import { isViolence, namedOrLast, namesNeighbour, namesOtherCountry, namesUnknownPlace, ownPlaces, type Told } from './told';
import type { Reading } from './reading';
import type { CandidateFeature } from './types';
import { NUMBER_WORD } from './words';

// The dead and hurt, and what happened to them afterwards.
const TOLL = /\b(?:killed|dead|died|perished|deaths?|deceased|wounded|injured|injuries|hurt|casualties|toll|martyred|lives|succumbed|bodies|fatalities|missing|shot)\b/i;
// "In another attack", "Earlier,", "days after": another incident or another time.
const ELSEWHERE = /^\W*(?:earlier|meanwhile|previously|separately|elsewhere|in a separate)\b|\b(?:another|a second (?:attack|strike|incident|blast|explosion|raid)|a further|other (?:attacks?|strikes?|incidents?))\b|\b(?:hours?|days?|weeks?|months?|years?) (?:after|before|earlier|later|ago)\b|\bthe day (?:before|after)\b|\b(?:last|this) (?:year|month)\b|\bsince\b/i;
// "DPRK troops are likely to sustain significant casualties": a forecast counts nothing.
const FORECAST = /\b(?:likely|unlikely|expected|set|poised|bound) to\b|\b(?:will|would|may|might|could) (?:\w+ )?(?:sustain|suffer|face|take|incur|lose)\b|\b(?:cautions?|warns?|warned|predicts?|predicted|forecasts?)\b/i;
const ALSO_HURT = /\balso (?:been |were |was )?(?:killed|wounded|injured|hurt|died)\b/gi;
// "Seven were killed trying to escape a siege on a hotel", after an attack on a town: a
// happening introduced as new ("a siege on a hotel", "an ambush at a checkpoint") is another
// incident, whose toll it is.
const NEW_INCIDENT = /\b(?:a|an)\s+(?:[\w-]+\s+)?(?:siege|attack|raid|ambush|assault|strike|blast|explosion|fire)\s+(?:on|at|in|near)\s+(?:a|an)\s+/i;
// "Earlier, the president said three people were injured": an earlier telling of the count,
// not an earlier incident.
// "Earlier reports spoke of 34 deaths", "Earlier it was known about two victims": an earlier
// count of the same toll. "Earlier Tuesday, fire service officials told the news agency that at
// least 35 people had been killed": the same, with the day of the telling named.
const EARLIER = String.raw`^\W*(?:earlier|previously)(?:\s+(?:on\s+)?(?:${WEEKDAYS.join('|')}|today)|\s+in\s+the\s+day|\s+that\s+day)?,?\s+`;
const TOLD_EARLIER = new RegExp(String.raw`${EARLIER}(?:[\w.'’-]+\s+){1,8}?(?:said|reported|told|announced|wrote|stated)\b|${EARLIER}(?:(?:reports?|figures|counts?|estimates?|tallies)\s+(?:spoke of|put|gave|said|mentioned)|it was (?:known|reported) (?:about|of|that))\b`, 'i');
// "Another 117 people were injured", "a further 10,100 people are missing": more of the same
// toll, not another incident.
// "another 672 injured": the count's hurt beside its dead.
const MORE_HURT = new RegExp(String.raw`\b(?:another|a further)\s+(?:(?:\d[\d,]*|${NUMBER_WORD}|dozens?|hundreds|several)\s+)?(?:\w+\s+)?(?:people|persons?|individuals|civilians|children|residents|passengers|soldiers|workers|victims)\b|\b(?:another|a further)\s+\d[\d,]*\s+(?:injured|wounded|hurt|dead|killed|missing)\b`, 'gi');

// A day right after the verb of speech (and whom it was told to, or how: "said in a news release
// on Sunday", "said at a news conference Thursday") dates the telling.
const SPOKEN_ON = /\b(?:said|says|told|tells|reported|reports)(?:\s+(?:[A-Z][\w.'’-]*|the|reporters|journalists|AFP|AP)){0,5}(?:\s+(?:in|at)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:statement|news release|press release|release|news conference|press conference|briefing|video|interview))?\s+(?:on\s+|late\s+|early\s+)?$/;

/**
 * No day of its own, or the happening's; or, when it names the happening with its day ("The
 * Tuesday strike killed 15"), within a day of it, after a lede dated by the day it was told
 * ("told AFP on Wednesday"). A happening not dated to a
 * day takes no toll that names one.
 */
function onItsDay(reading: Reading, h: Told): boolean {
  if (reading.dates.length === 0) return true;
  const { start, end, datePrecision } = h.candidate.properties;
  const text = reading.sentence.text;
  // "The death toll now stands at seven, as rescuers found a body on Monday": a running count
  // of a happening the report has not yet dated is dated by its counting, inside the report's
  // window; it is still that happening's toll.
  if (h.candidate.candidate.reportDated && RUNNING.test(text)) return reading.dates.every((d) => d.from >= start && d.to <= end);
  if (h.candidate.candidate.reportDated || datePrecision !== 'day') return false;
  // "The death toll climbed to 64 on Wednesday", three days on: a toll told as it grows is
  // counted for days after the happening, up to the report.
  if (RUNNING.test(text) && reading.dates.every((d) => d.from >= start && d.to <= h.candidate.candidate.published.end)) return true;
  const counting = COUNTING.test(text);
  return reading.dates.every((d) => (d.from >= start && d.to <= end) || (counting && d.from >= start && d.to <= addDays(end, 2)) ||
    (NAMED_DAY.test(text.slice(Math.max(0, d.start - reading.sentence.start - 5), d.end - reading.sentence.start + 20)) && d.from >= addDays(start, -1) && d.to <= addDays(end, 1)));
}

// "As of Thursday evening, villagers had recovered 80 bodies", "160 bodies were found on
// Sunday": the day the dead were found or counted, a day or two after the happening.
const COUNTING = /\b(?:as of|recovered|found|retrieved|pulled from|buried|identified|confirmed|rose|risen|climbed|has reached|had reached)\b/i;

const RUNNING = /\b(?:death )?toll\b[^.;]{0,40}?\b(?:now stands|stands|stood|rose|has risen|had risen|climbed|has climbed|reached|has reached)\b/i;

// "The Tuesday strike": the happening named with its day.
const NAMED_DAY = new RegExp(`\\bthe (?:${WEEKDAY_NAMES})(?:'s|’s)? (?:[\\w-]+ )?(?:strike|attack|raid|blast|explosion|bombing|shelling|clash(?:es)?|protests?|killings?)\\b`, 'i');

// "Cyclone Remal made landfall ...", "the volcano erupted on Sunday": a natural disaster told
// before any toll is `other`; the dead and missing counted after it are its toll too.
const isHazard = (c: CandidateFeature): boolean => c.properties.category === 'other' && c.properties.claims.some((q) => tellsHazard(q.quote));

/** The happening whose toll `reading` tells again, or undefined. */
export const tollOf = (reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): Told | undefined =>
  (forecastAt(reading.sentence.text) >= 0 ? undefined : countOf(reading, candidate, happenings));

// "could reach", "may exceed", "is feared to rise": a toll's growth foretold, not counted.
const MAY_GROW = /\b(?:could|may|might|would|will|likely|expected?|feared?)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:rise|climb|increase|grow|reach|exceed|surpass|top|be (?:much |far )?higher)\b/i;

/** Where the sentence starts to forecast (a toll or losses to come), or -1. */
function forecastAt(text: string): number {
  const at = [text.search(FORECAST), TOLL_GROWS.test(text) ? text.search(MAY_GROW) : -1].filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}

// The toll of what happened growing ("the death toll could reach", "is likely to rise"), not
// losses still to come ("troops are likely to sustain heavy casualties", a warning of its own).
const TOLL_GROWS = /\b(?:toll|number of (?:dead|deaths|casualties|victims)|casualty (?:figures?|count))\b[^.;]{0,60}\b(?:rise|climb|increase|grow|reach|exceed|surpass|top|be (?:much |far )?higher)\b/i;

/**
 * "The death toll is likely to rise", "officials expect the toll to exceed 200", "could reach
 * 20,000": a forecast of a happening's toll counts nothing, and is no happening of its own
 * either; it is a claim on the happening whose toll it forecasts (under the same checks as a
 * toll told again), its hedge kept in its words. Returns that happening and the candidate
 * without the figures the forecast gives (those from its forecasting words on), or undefined.
 */
export function forecastOf(reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): { to: Told; claim: CandidateFeature } | undefined {
  const text = reading.sentence.text;
  const from = forecastAt(text);
  const to = from < 0 || !TOLL_GROWS.test(text) ? undefined : countOf(reading, candidate, happenings);
  if (!to) return undefined;
  const figures = candidate.properties.figures.filter((f) => { const at = text.indexOf(f.text); return at >= 0 && at < from; });
  return { to, claim: { ...candidate, properties: { ...candidate.properties, figures } } };
}

// "23 people have died" in the lede and "confirming that 23 people have died" four paragraphs
// on: the same count of the same toll, however far apart the article tells them.
const sameCount = (c: CandidateFeature, h: CandidateFeature): boolean =>
  c.properties.figures.length > 0 && c.properties.figures.every((f) => h.properties.figures.some((g) => g.value === f.value && g.value > 1));

function countOf(reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  // "Itogon's police chief said that of the 78 fatalities, 50 were from Level 070": a toll
  // given as someone's statement is still the toll.
  const counts = isViolence(candidate) || (candidate.properties.category === 'statement' && candidate.properties.figures.length > 0);
  if (!counts || !TOLL.test(text) || ELSEWHERE.test(text.replace(ALSO_HURT, '').replace(MORE_HURT, '').replace(TOLD_EARLIER, '')) || reading.act) return undefined;
  if (namesUnknownPlace(reading) || namesNeighbour(reading) || NEW_INCIDENT.test(text)) return undefined;
  const counted = happenings.filter((x) => isViolence(x.candidate) || isHazard(x.candidate));
  // "Regional governor Serhiy Lysak said 12 people had been injured", four paragraphs below
  // the strike: a count, with one happening told whose toll it could be, is that one's,
  // however far below it the count comes. ("... marched carrying coffins in solidarity with
  // those killed" counts no one: an act of its own.)
  const lone = counted.length === 1 && candidate.properties.figures.length > 0 && reading.attribution !== undefined;
  const h = namedOrLast(text, counted.filter((x) => lone || reading.paragraph - x.last <= 2 || sameCount(candidate, x.candidate)));
  // "an aid worker told The Associated Press on Wednesday": the day of the telling, not of the toll.
  const told = { ...reading, dates: reading.dates.filter((d) => !SPOKEN_ON.test(text.slice(0, d.start - reading.sentence.start))) };
  if (!h || !onItsDay(told, h) || namesOtherCountry(reading, h)) return undefined;
  // Only the places the happening named, or places well inside the area it was stated to be
  // in ("three killed in the Nakyal sector" of "four killed in Pakistan-administered
  // Kashmir"): "four dead in Nueva Vizcaya province", after a landslide in a town near it, is
  // another place's toll even if the province holds the town.
  const own = ownPlaces(reading);
  const area = h.stated;
  // A country is no such area: "Blantyre recorded 85 deaths" after a toll "in Malawi" is the
  // city's own toll, a place of its own on the map.
  const within = (inner: Place): boolean => area !== undefined && area.kind !== 'country' && (inner.radiusKm ?? 0) <= (area.radiusKm ?? 0) / 2 && distanceKm(inner.point, area.point) <= (area.radiusKm ?? 0);
  return own.every((p) => h.names.has(p.place.id) || h.names.has(p.text.toLowerCase()) || within(p.place)) ? h : undefined;
}

/**
 * "The aid worker said the attack happened Monday night, while the local group said it was
 * carried out early Tuesday": two accounts of when one happening took place, told in one
 * sentence that names it again, are one candidate spanning both days, not one per day.
 */
export function oneWhen(reading: Reading, found: readonly CandidateFeature[]): CandidateFeature[] {
  const first = found[0];
  if (!first || found.length < 2 || !RETOLD_WHEN.test(reading.sentence.text)) return [...found];
  const p = first.properties;
  if (!found.every((c) => c.properties.place === p.place && c.properties.category === p.category && c.properties.datePrecision === 'day')) return [...found];
  const start = found.map((c) => c.properties.start).sort()[0] ?? p.start;
  const end = found.map((c) => c.properties.end).sort().at(-1) ?? p.end;
  const phrases = found.map((c) => c.candidate.datePhrase).join('" and "');
  return [{ ...first, properties: { ...p, start, end, datePrecision: 'range', dateNote: `two accounts of when it happened: "${phrases}"` }, candidate: { ...first.candidate, datePhrase: phrases } }];
}

// "<speaker> said the attack happened ...": the happening named again, with when it took place.
const RETOLD_WHEN = /^\W*(?:[^.;]{0,60}?\b(?:said|says|told [^.;]{1,40}?|reported|confirmed)\s+(?:that\s+)?)?(?:the|this|that)\s+(?:[\w-]+\s+)?(?:explosion|blast|attack|raid|incident|strike|airstrike|shelling|bombing|clash(?:es)?)\s+(?:\w+ly\s+)?(?:occurred|happened|took place|was carried out|began)\b/i;
