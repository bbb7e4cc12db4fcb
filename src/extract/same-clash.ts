/**
 * One clash, one candidate, however it is told. A border clash comes to the reader as a
 * timeline of one morning ("At 8.20am Cambodia opened fire ...", "At about 9.15am ..."), as
 * each side's account ("Armenia's Defense Ministry says Azerbaijan fired ...", "Azerbaijan
 * says it was Armenian soldiers who opened fire") and through the reactions to it ("is deeply
 * concerned about the reports of shelling", a phone call "about the fighting"). Each of those
 * is a claim on the happening, with its own speaker kept, not a strike of its own; a new place
 * or a new day still makes another happening.
 *
 * "The same place" is any place a sentence of the happening named (by gazetteer entry or by
 * name: "the province of Surin" and "Phanom Dong Rak district of Surin" both name Surin), or
 * a larger area that holds where the happening was stated to be. A place named for the first
 * time is new, even inside the happening's region: "At 9.55am, Cambodian forces fired into
 * ... Kap Choeng district" is another strike than the one at the temple.
 */
import type { Place } from '../domain/types';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { tellsOutage } from './classify';
import { tellsClockTime } from './date-chain';
import { distanceKm } from './geo';
import type { Reading } from './reading';
import type { CandidateFeature } from './types';
import { isViolence, lastTold, namesOneOf, namesUnknownPlace, newPlaces, ownPlaces, sameDay, sameToll, withinADay, type Told } from './told';
import { TOLL } from './words';

// The fighting named as what a reaction is about: "concerned about the reports of shelling",
// "a telephonic conversation ... about the fighting along the border", "appealed to end the fight".
const FIGHTING = String.raw`(?:the |these |this |those |that )?(?:\w+ ){0,2}(?:fighting|fight|clash(?:es)?|shelling|attacks?|strikes?|hostilities|violence|escalation|incident|aggression)`;
const REACTS = new RegExp(String.raw`\b(?:(?:deeply |gravely |seriously )?(?:concerned|alarmed|worried|troubled)|concern|conversation|call|talks|spoke|talked|discussed)\b[^.;]{0,80}?\b(?:about|over|by|on|regarding)\s+(?:the\s+)?(?:reports?\s+of\s+)?${FIGHTING}\b|\b(?:appeal\w*|urg\w*|call\w*) (?:on \w+ )?(?:for an? |to )?(?:end|halt|stop)\w* (?:to )?${FIGHTING}\b|\bcondemn\w* ${FIGHTING}\b`, 'i');

const CONTEXT = /^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|seizure|strike|clash(?:es)?|raid|escalation|fighting|killings?|shelling|violence|handover|release)\s+(?:comes?|came|follows?|followed)\s+(?:just\s+|only\s+)?(?:(?:hours|days|weeks|months|a day|a week|a month)\s+(?:after|before)|amid|as|after)\b/i;


/** Whether the sentence names with "the" what the happening's sentences introduced with "a" ("a Thai military base"). */
function repeatsNoun(text: string, h: Told): boolean {
  for (const claim of h.candidate.properties.claims) {
    for (const m of claim.quote.matchAll(/\b(?:a|an) (?:[\w-]+ ){0,3}?([a-z][\w-]* [a-z][\w-]*)\b/g)) {
      const noun = m[1] ?? '';
      if (new RegExp(`\\bthe (?:[\\w-]+ ){0,3}?${noun.replace(/[-]/g, '\\-')}\\b`, 'i').test(text)) return true;
    }
  }
  return false;
}

const CALL = /\b(?:conversation|call|talk\w*|spoke)\b/i;
const NEXT_CALL = /^\W*(?:he|she|they)\s+(?:then|also|later)\s+(?:talked|spoke|held (?:phone )?talks|had (?:a )?(?:phone |telephone )?(?:call|conversation)s?)\s+(?:with|to)\b/i;

// Whose fault it was, told by one side or denied by the other: "says it was Armenian soldiers
// who opened fire", "refuted the information about starting the attacks", "accused Pakistani
// troops of attacking", "blamed the other side".
const BLAME = /\bit was (?:\w+ ){0,4}who\b|\b(?:refut\w+|den(?:y|ies|ied)|reject\w*|dismiss\w*)\b[^.;]{0,60}\b(?:attack\w*|fir\w+|shell\w*|clash\w*|start\w*|provocation)\b|\baccus\w+ (?:\w+ ){0,4}of\b|\bblam\w+\b|\b(?:responded|retaliat\w+)\b/i;

// "landed 400 to 500 meters away": a distance is not a count of anything that happened.
export const isDistance = (figure: string, sentence: string): boolean => {
  const at = sentence.indexOf(figure);
  return at >= 0 && /^\s*(?:meters|metres|m|km|kilomet(?:er|re)s|miles|nautical miles|nm|feet|yards)\b/i.test(sentence.slice(at + figure.length));
};

// "around the town of Snagusti": a place named, even one no gazetteer knows.
const FIGHT_NOUN = String.raw`(?:fighting|clash(?:es)?|hostilities|exchange of fire|gunfire|shelling)`;
const NAMES_FIGHT = new RegExp(String.raw`\b(?:the|this|that) (?:\w+ )?${FIGHT_NOUN}\b`, 'i');
const GOES_ON = new RegExp(String.raw`\b(?:continu\w+|ongoing|persistent)\s+(?:\w+\s+)?${FIGHT_NOUN}|\b${FIGHT_NOUN} (?:continued|went on|raged)\b`, 'i');

// "Earlier, ...", "another airstrike": another moment or another incident.
const ELSEWHEN = /^\W*(?:earlier|later|meanwhile|previously|separately|elsewhere)\b|\b(?:another|a second|a further)\b|\b(?:hours|days|weeks|months|years) (?:after|before|earlier|later|ago)\b/i;

/**
 * The happening, among those told so far (latest first), that `reading` is one more account
 * of, or undefined. `candidate` is the sentence's own candidate. `relocate` when the happening
 * named no place of its own and this sentence says where it was.
 */
export function accountOf(reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): { to: Told; relocate?: boolean; redate?: boolean } | undefined {
  const to = sameClash(reading, candidate, happenings);
  if (to) return { to };
  const again = retold(reading, candidate, happenings);
  if (again) {
    // "A fire broke out ...", then "The fire probably broke out after a drone attack": what
    // set it says what kind of happening it was.
    if (again.candidate.properties.category === 'other' && isViolence(candidate)) again.candidate.properties.category = candidate.properties.category;
    return { to: again, redate: again.candidate.candidate.reportDated && reading.dates.length > 0 };
  }
  const open = happenings.at(-1);
  if (!open) return undefined;
  const act = sameAct(reading, candidate, open);
  if (act) return act;
  if (placelessLede(reading, candidate, open) || refines(reading, candidate, open)) return { to: open, relocate: true };
  return undefined;
}

// "The explosion occurred on Wednesday", "The attackers struck during the night on Friday",
// "The aid worker said the attack happened Monday night",
// "The small explosion caused damage to the stern",
// "The tragedy struck Wayanad ... on Tuesday": the happening named again by its definite noun
// (or its doers), opening the sentence, with a time for it.
const SPEAKER = /\b(?:said|says|told|reported|confirmed)\b/i;
const RETOLD = /^\W*(?:[^.;]{0,60}?\b(?:said|says|told [^.;]{1,40}?|reported|confirmed)\s+(?:that\s+)?)?(?:the|this|that)\s+(?:[\w-]+\s+)?(explosion|blast|attack|attackers|assailants|gunmen|raid|incident|strike|tragedy|disaster|landslides?|flood(?:s|ing)?|earthquake|quake|collision|fire|blaze)\s+(?:(?:probably|likely|reportedly|apparently)\s+)?(?:occurred|happened|took place|struck|hit|began|started|broke out|was carried out|came|caused|damaged|destroyed|injured|wounded|killed|left|resulted in)\b/i;

/**
 * The happening a sentence tells again (`RETOLD`), of the same kind, within two paragraphs, at
 * no new place, on a day within its span (a happening dated only by its report takes the day).
 */
function retold(reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  const noun = RETOLD.exec(text)?.[1];
  // "The fire started early Wednesday": a fire, a blaze or a blast told again is of no kind
  // on its own ('other'); it is still the happening that introduced it.
  const kindless = candidate.properties.category === 'other' && /^(?:fire|blaze|explosion|blast)$/i.test(noun ?? '');
  if (!noun || !(isViolence(candidate) || kindless) || ELSEWHEN.test(text) || /\b(?:another|also|a second|a further)\b/i.test(text)) return undefined;
  // The same kind, or the thing a happening of no kind yet introduced ("A fire broke out").
  const introduced = (x: Told): boolean => x.candidate.properties.category === 'other' && new RegExp(`\\b(?:a|an)\\s+(?:[\\w-]+\\s+)?${noun}\\b`, 'i').test(x.candidate.properties.claims[0]?.quote ?? '');
  // The happening told last: a lede a toll was just joined to comes before an older incident
  // the article mentioned after it.
  // A fire told again joins only a happening told with that fire ("killed ... after a fire engulfed").
  const withIt = (x: Told): boolean => !kindless || x.candidate.properties.claims.some((c) => new RegExp(`\\b${noun}\\b`, 'i').test(c.quote));
  const h = lastTold(happenings.filter((x) => (isViolence(x.candidate) || introduced(x)) && withIt(x) && reading.paragraph - x.last <= 2));
  if (!h || newPlaces(reading, h).length > 0) return undefined;
  // "The National News Agency said the raid hit a brick mill ... of the northern town of
  // Al-Kafour": another source's account naming a place, even one no gazetteer knows, is its
  // own claim of where; only an account that adds no place is a retelling.
  const account = (RETOLD.exec(text)?.[0] ?? '').search(SPEAKER) >= 0;
  if (account && namesUnknownPlace(reading)) return undefined;
  const { start, end } = h.candidate.properties;
  const within = h.candidate.candidate.reportDated || reading.dates.every((d) => d.from >= start && d.to <= end);
  return within ? h : undefined;
}

const ownFigures = (reading: Reading, c: CandidateFeature): boolean => c.properties.figures.some((f) => !isDistance(f.text, reading.sentence.text));

// "the remaining dead", "the rest of the victims", "the other bodies": the part of a toll the lede did not count.
const REST = /\bthe\s+(?:remaining|rest\s+of\s+the|other)\s+(?:\w+\s+)?(?:dead|bodies|victims|deaths|fatalities)\b/i;

/**
 * "Military forces from Armenia and Azerbaijan have clashed along the border", then "Armenia's
 * Defense Ministry says Azerbaijan fired on soldiers ... near the village of Tegh": a lede
 * that names no place is told where by the account that follows it at once (in the lede's
 * paragraph or the next). Only a lede dated to a day: with no day, nothing says the two
 * sentences tell one day's news. "At least 18 bodies were discovered in <a hamlet no gazetteer
 * knows>", then "The remaining dead were found in A and B": the rest of the toll, found
 * elsewhere, is a part of its own (`REST`), not where the lede's part was.
 */
function placelessLede(reading: Reading, candidate: CandidateFeature, open: Told): boolean {
  if (open.names.size > 0 || open.candidate.candidate.reportDated || open.candidate.properties.datePrecision !== 'day' || !isViolence(open.candidate) || !isViolence(candidate) || reading.paragraph - open.reading.paragraph > 1) return false;
  if (ownPlaces(reading).length === 0 || reading.unresolved.length > 0 || !sameDay(reading, open) || ELSEWHEN.test(reading.sentence.text)) return false;
  // "The remaining dead were found in A": the rest of the toll, found elsewhere, not where the lede's part was.
  if (REST.test(reading.sentence.text)) return false;
  // "The death toll in the Philippines ...", then "also ... killed four in Guangdong": a lede
  // put in a country is not told where by a place outside that country.
  // (Well outside: a country's radius covers most of its places, not its border villages.)
  const country = open.stated?.kind === 'country' ? open.stated : undefined;
  if (country && !ownPlaces(reading).every((p) => distanceKm(p.place.point, country.point) <= 1.5 * (country.radiusKm ?? 0))) return false;
  return !ownFigures(reading, candidate);
}

// A place well inside an area: a point or a much smaller area (a district in its province, not
// a neighbouring region of a similar size whose centre happens to lie within the circle).
const inside = (inner: Place, outer: Place): boolean =>
  (inner.radiusKm ?? 0) <= (outer.radiusKm ?? 0) / 2 && distanceKm(inner.point, outer.point) <= (outer.radiusKm ?? 0);

const kindOf = (c: CandidateFeature): string => (isViolence(c) ? 'violence' : c.properties.category);

/**
 * "Cambodian soldiers opened fire at a Thai military base in the province of Surin ...", then
 * "Thai soldiers heard a drone circling ... in Phanom Dong Rak district of Surin at 7.35am";
 * "seized an oil tanker ... off the coast of southwestern Iran", then "The vessel ... was seized
 * ... about 60 miles off the coast of Bushehr": the sentence that follows a lede placed in an
 * area at once, of the same kind (or a time of that day's timeline), and puts it at a place
 * inside that area, says more exactly where it was.
 */
function refines(reading: Reading, candidate: CandidateFeature, open: Told): boolean {
  const area = open.stated;
  if (!area || !(area.radiusKm ?? 0) || reading.paragraph - open.reading.paragraph > 1 || !sameDay(reading, open)) return false;
  // A count of crew or troops is a detail; a toll is news of its own.
  if (ELSEWHEN.test(reading.sentence.text) || reading.unresolved.length > 0 || (ownFigures(reading, candidate) && TOLL.test(reading.sentence.text))) return false;
  const clock = tellsClockTime(reading.sentence) && reading.dates.length === 0;
  if (kindOf(candidate) !== kindOf(open.candidate) && !(clock && candidate.properties.category === 'statement' && isViolence(open.candidate))) return false;
  const here = candidate.candidate.newPlace ?? reading.places.find((p) => p.place.id === candidate.properties.place)?.place;
  if (!here || !inside(here, area)) return false;
  return ownPlaces(reading).every((p) => inside(p.place, area) || open.names.has(p.place.id));
}

/**
 * Seizing a ship or handing over hostages is one act a report tells several times over, by
 * each party ("The vessel was seized in the Gulf of Oman ...", "The US Navy said on Thursday
 * that Iran ... seized a ... tanker in the Gulf of Oman"); unlike strikes, which recur at one
 * place, a second telling at the same place (or none), the same day or a day on, in the next
 * paragraph, is the same act. A lede the report dates only by its publication takes the day
 * the next telling gives. A place's power or lines lost to a blow ("were without power") is
 * harm of its own, not the act told again.
 */
function sameAct(reading: Reading, candidate: CandidateFeature, open: Told): { to: Told; redate?: boolean; relocate?: boolean } | undefined {
  if (candidate.properties.category !== 'other' || open.candidate.properties.category !== 'other' || tellsOutage(reading.cue ?? '')) return undefined;
  // "The vessel, ..." names it again and reaches one paragraph further.
  const reach = /^\W*the (?:[\w-]+ ){0,2}(?:vessel|tanker|ship|hostages|captives|prisoners)\b/i.test(reading.sentence.text) ? 2 : 1;
  if (reading.paragraph - open.last > reach || ELSEWHEN.test(reading.sentence.text) || reading.unresolved.length > 0) return undefined;
  // A place inside the one the act was stated at says more exactly where it was.
  const area = open.stated;
  const fresh = ownPlaces(reading).filter((p) => !(area && inside(p.place, area)));
  const fresher = fresh.length < ownPlaces(reading).length;
  if (fresh.some((p) => !open.names.has(p.place.id) && !open.names.has(p.text.toLowerCase()))) return undefined;
  if (ownPlaces(reading).length > 0 && !namesOneOf(reading, open) && !fresher) return undefined;
  const here = candidate.candidate.newPlace ?? reading.places.find((p) => p.place.id === candidate.properties.place)?.place;
  const relocate = area !== undefined && here !== undefined && inside(here, area);
  if (open.candidate.candidate.reportDated && reading.dates.length > 0) return { to: open, redate: true, relocate };
  // A lede dated only by its report, told again with no day either, is still that act.
  const undated = open.candidate.candidate.reportDated && reading.dates.length === 0;
  return withinADay(reading, open) || undated ? { to: open, relocate } : undefined;
}


// "at Harbour Tavern", "at the Grand Mosque": a site named by its own capitalised name.
const VENUE = /\bat\s+(?:the\s+)?([A-Z][\p{L}'’-]+(?:\s+(?:(?:&|and|of)\s+)?[A-Z][\p{L}'’-]+)*)/gu;
const NOT_A_SITE = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|Christmas|Easter|Eid|Ramadan|Noon|Midnight|Dawn)\\b`);

/**
 * "At 7:08 p.m., people reported an active shooter at Harbour Tavern", after a shooting at a
 * bowling alley: a time of the same evening at a site its own name gives, one the happening
 * never named (and no gazetteer place, which `newPlaces` already counts), is another happening.
 */
function newVenue(reading: Reading, h: Told): boolean {
  const told = h.candidate.properties.claims.map((c) => c.quote).join(' ');
  for (const m of reading.sentence.text.matchAll(VENUE)) {
    const name = m[1] ?? '';
    if (NOT_A_SITE.test(name) || reading.places.some((p) => p.text.includes(name) || name.includes(p.text))) continue;
    if (!told.includes(name)) return true;
  }
  return false;
}

function sameClash(reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  const open = happenings.at(-1);
  if (!open) return undefined;
  const near = (h: Told, most: number): boolean => reading.paragraph - h.last <= most;
  // A reaction to the fighting just told is a claim on it, whoever reacts and wherever.
  if (REACTS.test(text) && isViolence(open.candidate) && near(open, 1) && reading.dates.every((d) => d.from >= open.candidate.properties.start)) return open;
  // "The incident came days after the US toughened sanctions ...", "The incident comes amid
  // heightened maritime tensions ...": the happening set in its context is no new event.
  if (CONTEXT.test(text) && near(open, 2)) return open;
  // "He then talked with Putin and Macron": the caller's next call, after a call about it.
  const lastQuote = open.candidate.properties.claims.at(-1)?.quote ?? '';
  if (NEXT_CALL.test(text) && REACTS.test(lastQuote) && CALL.test(lastQuote) && near(open, 1) && reading.dates.length === 0) return open;
  // "“We have confirmed 12 dead today in Puno during clashes with the police in the vicinity
  // of the Juliaca airport”" after "clashes ... left at least 12 dead on Monday in Juliaca": the
  // same toll at a place the happening named is that happening, though the speaker's "today"
  // may be a day after it.
  if (isViolence(candidate) && isViolence(open.candidate) && near(open, 1) && namesOneOf(reading, open) && sameToll(candidate, open.candidate) && withinADay(reading, open)) return open;
  if (!sameDay(reading, open)) return undefined;
  const kin = isViolence(candidate) || candidate.properties.category === 'statement';
  // "At 8.20am Cambodia opened fire toward the base": a timeline of the day goes on. A count
  // of its own ("an attack with up to 300 soldiers, 11 tanks") is news of its own, as for any detail.
  // The timeline reaches back over a paragraph that told no event ("Thai soldiers at the base
  // shouted ...") to the last happening of that day.
  if (tellsClockTime(reading.sentence) && reading.dates.length === 0 && !ownFigures(reading, candidate) && kin) {
    const h = [...happenings].reverse().find((x) => isViolence(x.candidate) && near(x, 2) && sameDay(reading, x));
    if (h && newPlaces(reading, h).length === 0 && !newVenue(reading, h)) return h;
  }
  // "Six Cambodian soldiers then approached a barbed-wire fence in front of the Thai military
  // base" after "opened fire at a Thai military base": the thing the happening was told with,
  // named again with "the", is what the sentence is about. A count of people is allowed unless
  // it is a toll of its own.
  if (repeatsNoun(text, open) && kindOf(candidate) === kindOf(open.candidate) && near(open, 1) && newPlaces(reading, open).length === 0 && !ELSEWHEN.test(text) && !(ownFigures(reading, candidate) && TOLL.test(text))) return open;
  // "Azerbaijan says it was Armenian soldiers who opened fire": the other side's account.
  if (BLAME.test(text) && kin && isViolence(open.candidate) && near(open, 1) && newPlaces(reading, open).length === 0) return open;
  // "The fighting began Thursday after ...", "Since then, it has reported continued military
  // clashes": the fighting named again, or going on, with no new place, day or count.
  // A count told with the fighting named at one of its places ("nine dead in the morgue
  // following the clashes in Juliaca") is its toll, as a source gives it.
  if ((NAMES_FIGHT.test(text) || GOES_ON.test(text)) && isViolence(candidate) && !ELSEWHEN.test(text)) {
    const h = [...happenings].reverse().find((x) => isViolence(x.candidate) && near(x, 2) && (!ownFigures(reading, candidate) || !TOLL.test(text) || namesOneOf(reading, x)));
    if (h && sameDay(reading, h) && (newPlaces(reading, h).length === 0 || namesOneOf(reading, h)) && !namesUnknownPlace(reading)) return h;
  }
  // "The Armenian Defense Ministry stated that Azerbaijani forces fired ... in the Goris, Sotk
  // and Jermuk areas": an account of the same day's fighting at places already told with it.
  // One town in common is weak evidence (a city sees many strikes in a day: "a hypermarket in
  // the city had been hit"); a list of the same sites, each named by the happening, is strong.
  const sites = new Set(ownPlaces(reading).map((p) => p.place.id));
  if (!isViolence(candidate) || reading.attribution === undefined || candidate.properties.figures.length > 0 || ELSEWHEN.test(text) || sites.size < 2) return undefined;
  return [...happenings].reverse().find((h) => isViolence(h.candidate) && near(h, 3) && sameDay(reading, h) && ownPlaces(reading).every((p) => h.names.has(p.place.id) || h.names.has(p.text.toLowerCase())));
}
