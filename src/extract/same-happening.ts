/**
 * One happening, one candidate. A report tells one incident in several sentences: the lede
 * ("UKMTO said on Monday it had received a report of an attack 100 nautical miles east of
 * Aden"), then its details ("The incident is classified as an attack.", "Those killed were
 * mostly Syrian nationals."). A reviewing analyst wants those as claims on one event, not as
 * events of their own; and a sentence of background ("has historically used drones", "had
 * previously warned") is no event on the timeline at all.
 *
 * A sentence is a detail of the happening before it when it points back at it ("the attack",
 * "the incident", "those killed", "they", the same stated spot, the same named speaker going
 * on) and adds nothing that would make it another event: no date of its own and no turn to
 * another time ("Earlier,", "weeks after"), no other incident ("another airstrike", "also
 * struck"), no place of its own other than that happening's (nor "the town of X" or a list
 * of villages the gazetteer lacks; where the people it touched were taken is allowed), no
 * count of its own (except a toll told right after it: "11 civilians have been killed"), the same kind of event, and no other speaker's statement. It must follow
 * that happening closely: the same or the next paragraph ("the attack" one further), with no
 * other event in between. Its quote then joins that candidate as a further claim. A sentence
 * that names a new actor or object without pointing back ("a hypermarket had been hit",
 * "Blinken arrived from Phnom Penh") stays a candidate of its own: the words do not say it
 * is the same happening.
 */
import type { Category } from '../domain/types';
import type { Reading } from './reading';
import type { CandidateFeature } from './types';
import { accountOf, isDistance } from './same-clash';
import { joined, namedIn, namesPlaceNoun, namesUnknownPlace, redate, relocate, told, type Told } from './told';
import { forecastOf, oneWhen, tollOf } from './same-toll';
import { namedByDay } from './named-day';
import { protestOf } from './same-protest';
import { isBackground, isDatelineOnly, isQuotedView } from './background';
import { answered, goesOn } from './aftermath';
import { occurredAgain } from './occurred';
import { hazardOf } from './same-hazard';
import { namedAgain, retold } from './retold';

// Kinds that tell the same happening from different sides: a strike and its toll; a
// movement and the deployment it makes. A statement is a happening only for its speaker.
const FAMILY: Record<Category, string> = {
  strike: 'violence', casualties: 'violence', 'ground-fighting': 'violence', 'armed-conflict': 'violence',
  explosion: 'violence', 'violence-against-civilians': 'violence',
  // Police dispersing a crowd and the toll of it tell one happening, as a strike and its toll do.
  protest: 'violence', riot: 'violence',
  movement: 'moves', deployment: 'moves', training: 'moves',
  agreement: 'agreement', intelligence: 'talk', statement: 'talk', analysis: 'talk', other: 'other',
};

// "Earlier, ...", "Meanwhile, ...": the sentence turns to another moment or another scene.
const NEW_TIME = /^\W*(?:earlier|later|meanwhile|previously|before that|after that|afterwards|elsewhere|separately|in a separate|also on|prior to|then)\b|\b(?:hours|days|weeks|months|years) (?:after|before|earlier|later|ago)\b/i;
// "another airstrike", "also struck", "a second drone": a further incident, not a detail.
const ANOTHER = /\b(?:another|also|a second|a third|a further|other (?:strikes?|attacks?|raids?|villages?|towns?))\b/i;
// The people a happening touched, named again: "those killed", "the victims", "Casualties were".
const PEOPLE_BACK = /\b(?:those|people) (?:killed|wounded|injured)\b|\bthe (?:victims?|dead|wounded|injured)\b|^\W*casualties\b|\bthe (?:\w+ )?(?:hostages|captives|detainees)\b/i;
// The happening named by its definite noun: "the strike", "the attack", "this incident".
const NAMES_IT = /\b(?:the|this|that) (?:magnitude[- ]?[\d.]+ )?(?:\w+ )?(?:attack|incident|strike|airstrike|raid|explosion|blast|assault|shelling|bombing|flood(?:s|ing)?|landslide|clash(?:es)?|quake|earthquake|tremor|seizure|hijacking|protest|crackdown)\b/i;
// "the northern town of Al-Kafour": a place named, even one no gazetteer knows.
// Words that point back at a happening already told: the incident's definite nouns, the
// people it touched, or a pronoun subject.
const POINTS_BACK = /\b(?:the|this|that) (?:\w+ )?(?:attack|incident|strike|airstrike|raid|explosion|blast|missile|drone|vessel|ship|tanker|seizure|hijacking|quake|earthquake|crowd|protesters|demonstrators|protest|crackdown|assault|shelling|bombing|clash(?:es)?|victims?|dead|wounded|injured|casualties|hostages|captives|detainees|handover|release|swap)\b|\b(?:those|people) (?:killed|wounded|injured)\b|^\W*(?:they|it|he|she|casualties|the victims)\b|\b(?:it|they|he|she) (?:said|added|reported)\b/i;

/** The happening a detail may join: the last sentence that proposed a candidate. */
export interface OpenHappening {
  reading: Reading;
  candidate: CandidateFeature;
  /** The paragraph of the last sentence joined to it: a detail follows the one before it. */
  last?: number;
}

const placeOwn = (r: Reading): boolean => r.places.some((p) => p.place.kind !== 'country');

/**
 * Whether `next` (the only candidate of `reading`) is a detail of `open`: see the module
 * comment for the rule.
 */
export function isDetail(reading: Reading, next: CandidateFeature, open: OpenHappening | undefined): open is OpenHappening {
  if (!open) return false;
  const a = open.candidate.properties;
  const b = next.properties;
  const text = reading.sentence.text;
  // Another speaker's words on it are that speaker's claim, kept apart for review.
  const speakerA = open.candidate.properties.claims[0]?.attribution;
  const speakerB = b.claims[0]?.attribution;
  // "Maritime security authorities are investigating the attack.": a definite incident noun
  // reaches back over a paragraph with no event in it; a pronoun or "the dead" does not.
  const gap = reading.paragraph - (open.last ?? open.reading.paragraph);
  if (gap > 2 || (gap === 2 && !NAMES_IT.test(text))) return false;
  if (FAMILY[a.category] !== FAMILY[b.category]) return false;
  if (isToll(reading, next, open, gap)) return true;
  if (b.figures.some((f) => !isDistance(f.text, reading.sentence.text)) || COUNT.test(reading.sentence.text)) return false;
  // "a report of an incident 100 nautical miles east of Aden" after the lede put one there:
  // the same stated spot at sea or off a coast (an offset, not a town) is the same happening.
  const sameSpot = placeOwn(reading) && b.place === a.place && next.candidate.placePhrase !== '' && /\b(?:of|off)\b/.test(next.candidate.placePhrase) && /\d/.test(next.candidate.placePhrase);
  // The same named speaker going on about it, no new place, time or count: the report continues.
  const sameSpeaker = reading.attribution !== undefined && speakerA !== undefined && speakerA === b.claims[0]?.attribution;
  if (reading.dates.length > 0 || NEW_TIME.test(text) || ANOTHER.test(text) || !(POINTS_BACK.test(text) || sameSpot || sameSpeaker)) return false;
  // "Casualties were transported to a hospital in the city of Nabatieh": where the people it
  // touched were taken is no new happening; any other place named is.
  const people = PEOPLE_BACK.test(text);
  if (reading.unresolved.length > 0 || (namesPlaceNoun(text) && !people)) return false;
  // "He added that some had been wounded": a toll is a claim of its own unless it points at
  // the people already counted ("those killed", "the victims").
  if (b.category === 'casualties' && a.category !== 'casualties' && !people) return false;
  // "He arrived from Phnom Penh": a place named besides the happening's is news of its own.
  if (!PEOPLE_BACK.test(reading.sentence.text) && (reading.places.some((p) => p.place.kind !== 'country' && p.place.id !== a.place) || (placeOwn(reading) && b.place !== a.place))) return false;

  if (FAMILY[b.category] === 'talk' && speakerA !== speakerB) return false;
  if (reading.act && speakerA !== speakerB) return false;
  return true;
}

/**
 * "11 civilians have been savagely killed with knives, the local civil society says.", "Civil
 * society sources speak of 20 dead.": a toll told right after an attack (same or next
 * paragraph), with no date, place, other incident or turn of time of its own, is that attack's
 * toll, whoever gives it: a claim on the attack, its count a figure of it.
 */
function isToll(reading: Reading, next: CandidateFeature, open: OpenHappening, gap: number): boolean {
  const b = next.properties;
  const text = reading.sentence.text;
  if (b.category !== 'casualties' || (b.figures.length === 0 && !UNCOUNTED.test(text)) || FAMILY[open.candidate.properties.category] !== 'violence' || gap > 1) return false;
  // "a 10-year-old boy and a woman had also been wounded": "also" adds to the toll, it tells no other incident.
  if (reading.dates.length > 0 || NEW_TIME.test(text) || ANOTHER.test(text.replace(ALSO_HURT, '')) || reading.act) return false;
  const ownPlace = reading.places.some((p) => p.place.kind !== 'country' && p.place.id !== open.candidate.properties.place);
  return !ownPlace && !namesUnknownPlace(reading);
}

const ALSO_HURT = /\balso (?:been |were |was )?(?:killed|wounded|injured|hurt|died)\b/gi;

// "The number of casualties is still being clarified", "Casualties and material damage have
// been reported": a toll not yet counted is the happening's toll too.
const UNCOUNTED = /\b(?:casualties|(?:the|a) (?:number|toll|death toll) of (?:the )?(?:dead|victims|casualties)|material damage)\b/i;

// "Five others were injured": a count of people in words is a claim of its own too.
const COUNT = /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands)\s+(?:\w+\s+)?(?:people|persons|others|civilians|soldiers|children|fighters|troops|dead|killed|wounded|injured)\b/i;


/**
 * "At least nine people were killed when aircraft struck ..." with no date, then "The strike
 * targeted a structure ... early Saturday": a lede the text dates only in the sentence that
 * goes on with it takes that date. `next` is the following sentence's candidate; it must have
 * a date of its own, name the happening ("the strike"), be of the same kind and follow at
 * once (same or next paragraph).
 */
export function dateFromFollowUp(open: OpenHappening | undefined, reading: Reading, next: CandidateFeature): boolean {
  if (!open || !open.candidate.candidate.reportDated || reading.dates.length === 0) return false;
  // "The strike came only a few days after the RSF struck a mosque": the date counts back to
  // the other thing from the strike; it does not date the strike.
  if (RELATIVE_DATE.test(next.candidate.datePhrase)) return false;
  if (reading.paragraph - open.reading.paragraph > 1 || !NAMES_IT.test(reading.sentence.text)) return false;
  const a = open.candidate.properties;
  const b = next.properties;
  if (FAMILY[a.category] !== FAMILY[b.category] || b.start > (open.candidate.candidate.published.end)) return false;
  Object.assign(a, { start: b.start, end: b.end, datePrecision: b.datePrecision, dateNote: `no date in the sentence: the next one, about the same happening, dates it (${b.dateNote ?? b.start})` });
  open.candidate.candidate.reportDated = false;
  open.candidate.candidate.datePhrase = `(${next.candidate.datePhrase})`;
  return true;
}

const RELATIVE_DATE = /\b(?:after|before|earlier|later|ago)\b/i;

/** Add the detail's quote and figures to the happening's candidate, in place. */
export function absorb(open: OpenHappening, detail: CandidateFeature): void {
  const p = open.candidate.properties;
  for (const claim of detail.properties.claims) {
    if (!p.claims.some((c) => c.offsets?.[0] === claim.offsets?.[0])) p.claims.push(claim);
  }
  for (const figure of detail.properties.figures) if (!p.figures.some((f) => f.text === figure.text)) p.figures.push(figure);
}

const MOURNING = /\b(?:declared|declares|decreed|decrees|announced|announces|ordered|orders|proclaimed)\b[^.;]{0,50}\bmourning\b/i;
const CURFEW = /\b(?:declared|declares|imposed|imposes|announced|announces|ordered|orders|enforced|clamped)\b[^.;]{0,60}\b(?:curfews?|state of emergency|prohibitory orders)\b/i;
const REACTION = /\b(?:called|calls|described|describes|condemned|condemns|denounced|denounces|branded|labell?ed)\s+(?:(?:the|these|this|those|that)\s+(?:\w+\s+)?(?:attacks?|strikes?|raids?|incidents?|assaults?|shelling|bombings?|killings?)|it|them)\b/i;

/**
 * The candidates of an article, sentence by sentence (`propose`, called once per reading in
 * order, keeps its own memory of the sentences before): background, lone datelines and
 * quoted views dropped, details joined to the happening they go on with, ids given by `idOf`.
 */
export function gatherHappenings(readings: readonly Reading[], propose: (r: Reading) => CandidateFeature[], idOf: (r: Reading, i: number) => string): CandidateFeature[] {
  const out: CandidateFeature[] = [];
  let open: Told | undefined;
  // The last response absorbed ("warned against hasty speculation ..."), which "she added" goes on with.
  let response: { reading: Reading; to: Told } | undefined;
  const happenings: Told[] = [];
  const firstParagraph = readings[0]?.paragraph ?? 0;
  // Curly quotes nest by count; straight ones ("...") open and close by turns.
  let quote = { paragraph: -1, depth: 0, straight: false };
  for (const reading of readings) {
    if (reading.paragraph !== quote.paragraph) quote = { paragraph: reading.paragraph, depth: 0, straight: false };
    const inQuote = quote.depth > 0 || quote.straight;
    quote.depth = Math.max(0, quote.depth + (reading.sentence.text.match(/“/g)?.length ?? 0) - (reading.sentence.text.match(/”/g)?.length ?? 0));
    if ((reading.sentence.text.match(/"/g)?.length ?? 0) % 2 === 1) quote.straight = !quote.straight;
    const found = oneWhen(reading, propose(reading));
    // "... in Mukondi, it is always the same ADF. So they showed up here, and did what they did
    // last night.": a quotation going on is the speaker's words on what it opened with, even
    // in a sentence that alone would propose nothing.
    if (found.length === 0 && inQuote && open && open.last === reading.paragraph) {
      const opened = open.candidate.properties.claims.at(-1);
      if (opened) open.candidate.properties.claims.push({ ...opened, quote: reading.sentence.text, offsets: [reading.sentence.start, reading.sentence.end] });
      joined(open, reading);
      continue;
    }
    if (found.length === 0) continue;
    // “The enemy has not advanced a single meter. ... We hope ...,” the governor said: the
    // sentences of one quotation are one speaker's one statement, a claim on what it opened with.
    if (inQuote && open && open.last === reading.paragraph) {
      for (const c of found) absorb(open, c);
      joined(open, reading);
      continue;
    }
    if (isDatelineOnly(reading.sentence.text) || isBackground(reading, firstParagraph, found[0]?.candidate.published.start)) continue;
    if (found.every((c) => isQuotedView(reading, c.properties.category))) {
      // The same speaker's own words on what they just reported are a claim on it; else none.
      const view = found[0];
      if (open && view && view.properties.claims[0]?.attribution === open.candidate.properties.claims[0]?.attribution) {
        absorb(open, view);
        joined(open, reading);
      }
      continue;
    }
    // "Al-Houthi called these strikes terrorist barbarity": a reaction to the happening just
    // told is a claim on it, whatever it compares it with ("the most tragic night since ...").
    // One that names another happening by its noun ("denounced the drone attack") is left to
    // the responses below, which find the happening that noun introduced.
    const reaction = open !== undefined && REACTION.test(reading.sentence.text) && reading.paragraph - open.reading.paragraph <= 1;
    const other = reaction ? namedIn(reading.sentence.text, happenings) : undefined;
    if (open && reaction && (other === undefined || other === open)) {
      for (const c of found) absorb(open, c);
      joined(open, reading);
      continue;
    }
    // "The authorities have declared three days of national mourning": mourning is for the
    // happening the article is about, however far below it the sentence comes.
    // "The district administration declared a curfew ... on Monday": a curfew imposed the day
    // of unrest answers it, as mourning does.
    // Only the announcement itself (a statement), and only for a happening of that day.
    const onItsDay = (h: Told): boolean => found.every((c) => h.candidate.properties.datePrecision === 'day' && h.candidate.properties.start <= c.properties.start && c.properties.end <= h.candidate.properties.end);
    const curfew = CURFEW.test(reading.sentence.text) && found.every((c) => c.properties.category === 'statement');
    const violent = (h: Told): boolean => FAMILY[h.candidate.properties.category] === 'violence';
    const mourned = MOURNING.test(reading.sentence.text) ? [...happenings].reverse().find(violent) : curfew ? [...happenings].reverse().find((h) => violent(h) && onItsDay(h)) : undefined;
    if (mourned) {
      for (const c of found) absorb(mourned, c);
      joined(mourned, reading);
      continue;
    }
    // "the governor ordered the closure of all schools", "extended sympathy over the victims
    // of the explosion": a measure taken or words said because of a happening are claims on
    // it; they do not tell it again, so they do not carry it on to the sentences after them.
    const answer = answered(reading, found, happenings) ?? (goesOn(reading, response?.reading) ? response?.to : undefined);
    if (answer) {
      for (const c of found) absorb(answer, c);
      response = { reading, to: answer };
      continue;
    }
    // “Today, Kazan faced a mass drone attack. ...”: told again in a speaker's quotation, so the
    // quotation's next sentences go on with it too.
    const again = retold(reading, found, happenings) ?? namedAgain(reading, found, happenings) ?? occurredAgain(reading, found, happenings);
    if (again) {
      for (const c of found) absorb(again, c);
      joined(again, reading);
      open = again;
      continue;
    }
    // One clash told as a timeline, from both sides, or through the reactions to it.
    const account = found.length === 1 && found[0] ? accountOf(reading, found[0], happenings) : undefined;
    if (account) {
      if (account.relocate) relocate(account.to, found[0] as CandidateFeature, reading);
      if (account.redate) redate(account.to, found[0] as CandidateFeature);
      absorb(account.to, found[0] as CandidateFeature);
      joined(account.to, reading);
      open = account.to;
      continue;
    }
    const only = found.length === 1 ? found[0] : undefined;
    // "According to the police, nine protesters were killed": a count of a happening just told;
    // "Following the Dec. 5 attack ...": a happening named by its day; "The situation escalated
    // after demonstrators breached ...": one more turn of a city's protest that day.
    // "The death toll is likely to rise": a forecast of a toll, its figure not counted.
    const forecast = only && reading.modifiers.length === 0 ? forecastOf(reading, only, happenings) : undefined;
    const counted = forecast?.to ?? (only && reading.modifiers.length === 0 ? tollOf(reading, only, happenings) ?? namedByDay(reading, only, happenings) ?? protestOf(reading, only, happenings) ?? hazardOf(reading, only, happenings) : undefined);
    if (only && counted) {
      absorb(counted, forecast?.claim ?? only);
      joined(counted, reading);
      open = counted;
      continue;
    }
    if (only && reading.modifiers.length === 0 && isDetail(reading, only, open)) {
      absorb(open, only);
      joined(open, reading);
      continue;
    }
    // "The clash on Tuesday follows months of tensions ...": naming the happening, it dates it;
    // with no place or count of its own it tells nothing else new, so it is a claim on it.
    if (only && dateFromFollowUp(open, reading, only) && open && !reading.places.some((p) => p.place.kind !== 'country') && !namesUnknownPlace(reading) && only.properties.figures.length === 0) {
      absorb(open, only);
      joined(open, reading);
      continue;
    }
    const named = found.map((c, i) => ({ ...c, id: idOf(reading, i) }));
    out.push(...named);
    open = named[0] ? told(reading, named[0]) : undefined;
    if (open) happenings.push(open);
  }
  return out;
}
