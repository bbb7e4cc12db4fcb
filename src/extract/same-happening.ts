/**
 * One happening, one candidate. A report tells one incident in several sentences: the lede
 * ("UKMTO said on Monday it had received a report of an attack 100 nautical miles east of
 * Aden"), then its details ("The incident is classified as an attack.", "Those killed were
 * mostly Syrian nationals."). A reviewing analyst wants those as claims on one event, not as
 * events of their own; and a sentence of background ("has historically used drones", "had
 * previously warned") is no event on the timeline at all.
 *
 * Each sentence, in order, is dropped as background, joined to a happening told before it
 * (a reaction, a measure, a retelling, an account, a toll, a detail: `detail.ts` and the
 * modules named below), or proposed as a happening of its own.
 */
import type { Reading } from './reading';
import { isRescueCue } from './classify';
import type { CandidateFeature } from './types';
import { accountOf } from './same-clash';
import { joined, lastTold, namedIn, namesUnknownPlace, newPlaces, redate, relocate, told, type Told } from './told';
import { forecastOf, oneWhen, tollOf } from './same-toll';
import { namedByDay } from './named-day';
import { protestOf } from './same-protest';
import { isBackground, isDatelineOnly, isQuotedStatement, isQuotedView, isWordOnHappening } from './background';
import { answered, goesOn } from './aftermath';
import { occurredAgain } from './occurred';
import { epicentreOf, hazardOf } from './same-hazard';
import { namedAgain, retold } from './retold';
import { absorb, dateFromFollowUp, FAMILY, HARM_FAMILIES, isDetail } from './detail';
import { placeFurtherDown } from './place-further-down';
import { dayFurtherDown } from './day-further-down';
import { shortlyAfter } from './shortly-after';
import { timeSinceOf } from './time-since';
import { namedBack } from './named-back';
import { bodiesBackOf, inCareOf, inquiryOf, rescueOf } from './in-care';
import { tollForecastOf } from './toll-forecast';
import { toldAgainUndated } from './told-again';
import { seatDetailOf } from './seat-detail';
import { sourceFirstDetailOf } from './source-first';
import { expectedOf } from './expected';
import { notKnownOf } from './not-known';
import { aboardOf, presentOf } from './aboard';
import { witnessOf } from './witness';
import { rankedOf } from './ranked';
import { victimsOf } from './victims';
import { toldThisOf } from './told-this';
import { thisHappeningOf } from './this-happening';
import { reportFrameOf } from './report-frame';
import { hazardForetoldOf } from './hazard-foretold';
import { tollRevisedOf } from './toll-revised';
import { reliefOf } from './relief';
import { securityRaisedOf } from './security-raised';
import { siteVisitOf } from './site-visit';
import { stormCourseOf } from './storm-course';
import { outageLastingOf } from './outage-lasting';
import { pronounSubjectOf } from './pronoun-subject';
import { accordingToOf } from './according-to';
import { footageOf } from './footage';
import { seatWordOf } from './seat-word';

const MOURNING = /\b(?:declared|declares|decreed|decrees|announced|announces|ordered|orders|proclaimed)\b[^.;]{0,50}\bmourning\b/i;
const CURFEW = /\b(?:declared|declares|imposed|imposes|announced|announces|ordered|orders|enforced|clamped)\b[^.;]{0,60}\b(?:curfews?|state of emergency|prohibitory orders)\b/i;
// "declared a curfew ... as a result of the explosions": the measure names the happening it answers.
const CAUSED_BY = /\b(?:as a result of|because of|following|in the wake of|in response to)\s+(?:the|these|this|those)\s+(?:[\w-]+\s+)?(?:explosions?|blasts?|attacks?|bombings?|violence|clashes|killings?|unrest|riots?)\b/i;
// "confirmed the incident", "yet to comment on the incident": words on it, not it again; so is
// a name the speaker gives it in quotation marks ("what he labeled a “terrorist attack”").
const REACTION = /\b(?:called|calls|described|describes|condemned|condemns|denounced|denounces|branded|labell?ed|confirmed|confirms|comment(?:ed|s)? on|investigat(?:ed|ing|es) into|investigat(?:ed|ing|es))\s+(?:(?:the|these|this|those|that)\s+(?:\w+\s+)?(?:attacks?|strikes?|raids?|incidents?|assaults?|shelling|bombings?|killings?)|it|them)\b|\b(?:call(?:ed|s|ing)|labell?(?:ed|ing)|brand(?:ed|ing))\s+(?:it\s+|them\s+)?(?:an?\s+)?[“"]/i;

/** Finds the happening told before a sentence that the sentence is a detail of, if any. */
type DetailFinder = (reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]) => Told | undefined;

/**
 * Details that become claims on the happening each finder names, tried in this order (the first
 * that finds one wins):
 * - "Most of the deceased were from Kerala and Tamil Nadu", "the deaths were caused by drowning":
 *   who the victims were; the places it names are their homes, not where it happened;
 * - "The governor announced this in Telegram.": who told the happening told last;
 * - "Some 8,400 soldiers were deployed in and near Acapulco to assist in cleanup efforts": relief
 *   after a hazard; "The security has been beefed up in Pahalgam": guard after an attack; "The
 *   ambassador visited the site in Mangaf": officials at its site;
 * - "Authorities revised the confirmed death toll from 79": the toll told again beside an earlier count;
 * - "Experts warn there is a 50 per cent chance of another eruption": the hazard's course foretold;
 * - "It is noted that an unknown drone attacked the airfield.": the happening told last, passed on again;
 * - "This incident is being investigated as a war crime": the happening told last, pointed back at;
 * - "The storm later weakened into a depression and moved north": the storm told, its course;
 * - "Many areas of the city remain without electricity": the happening told last, its harm lasting;
 * - "He said many of the victims died of asphyxiation": a pronoun opening it, the happening told last;
 * - "According to Kamyshin, two missiles were fired at the station": the happening told last, by one source;
 * - "Footage from the broadcaster showed rescue workers ...": the happening told last, as pictures show it;
 * - "Pentagon officials said they were still piecing together ...": a statement placed only at its
 *   speaker's seat, a word on the happening told last elsewhere.
 */
const CLAIMED_DETAILS: readonly DetailFinder[] = [
  victimsOf,
  toldThisOf,
  reliefOf,
  securityRaisedOf,
  siteVisitOf,
  tollRevisedOf,
  hazardForetoldOf,
  reportFrameOf,
  thisHappeningOf,
  stormCourseOf,
  outageLastingOf,
  pronounSubjectOf,
  accordingToOf,
  footageOf,
  seatWordOf,
];

/** The happening the first of CLAIMED_DETAILS finds for this sentence, if any. */
function claimedDetailOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  for (const finder of CLAIMED_DETAILS) {
    const to = finder(reading, found, happenings);
    if (to) return to;
  }
  return undefined;
}

/** A sentence's candidates become claims on a happening told before it, and the sentence is its latest telling. */
function claimOn(to: Told, claims: readonly CandidateFeature[], reading: Reading): void {
  for (const c of claims) absorb(to, c);
  joined(to, reading);
}

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
    if (found.length === 0) {
      if (!placeFurtherDown(reading, happenings)) dayFurtherDown(reading, happenings);
      continue;
    }
    // “The enemy has not advanced a single meter. ... We hope ...,” the governor said: the
    // sentences of one quotation are one speaker's one statement, a claim on what it opened with.
    if (inQuote && open && open.last === reading.paragraph) {
      claimOn(open, found, reading);
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
    // "The commander said several more people could still be trapped": what may come, said
    // after a harm or a disaster told (not after words or troop moves, whose forecasts are
    // news of their own), is a claim on the happening told last; so is a statement opening
    // with "Earlier" ("Earlier, the fire chief said ..."), and a denial naming no place.
    const spokenOf = found.every((c) => isWordOnHappening(reading, c.properties.category)) ? lastTold(happenings) : undefined;
    if (spokenOf && HARM_FAMILIES.has(FAMILY[spokenOf.candidate.properties.category])) {
      claimOn(spokenOf, found, reading);
      continue;
    }
    // "“On this bright Palm Sunday, our community has suffered a terrible tragedy,” Kobzar
    // wrote.": a speaker's quoted words, dated or not, said about the happening told last.
    const quoted = found.every((c) => isQuotedStatement(reading, c.properties.category)) ? lastTold(happenings) : undefined;
    if (quoted) {
      claimOn(quoted, found, reading);
      continue;
    }
    // "The attack on the cafe is one of the most devastating attacks of the war.": a happening
    // ranked among others is a claim on it; told before it, the ranking is no candidate.
    const ranked = rankedOf(reading, found, happenings);
    if (ranked === 'none') continue;
    if (ranked) {
      claimOn(ranked, found, reading);
      continue;
    }
    const detailOf = claimedDetailOf(reading, found, happenings);
    if (detailOf) {
      claimOn(detailOf, found, reading);
      continue;
    }
    // "Al-Houthi called these strikes terrorist barbarity": a reaction to the happening just
    // told is a claim on it, whatever it compares it with ("the most tragic night since ...").
    // One that names another happening by its noun ("denounced the drone attack") is left to
    // the responses below, which find the happening that noun introduced.
    const reaction = open !== undefined && REACTION.test(reading.sentence.text) && reading.paragraph - open.last <= 1;
    const other = reaction ? namedIn(reading.sentence.text, happenings) : undefined;
    if (open && reaction && (other === undefined || other === open)) {
      claimOn(open, found, reading);
      continue;
    }
    // "The authorities have declared three days of national mourning": mourning is for the
    // happening the article is about, however far below it the sentence comes.
    // "The district administration declared a curfew ... on Monday": a curfew imposed the day
    // of unrest answers it, as mourning does.
    // Only the announcement itself (a statement), and only for a happening of that day.
    const onItsDay = (h: Told): boolean => found.every((c) => h.candidate.properties.datePrecision === 'day' && h.candidate.properties.start <= c.properties.start && c.properties.end <= h.candidate.properties.end);
    // A curfew declared "as a result of the explosions" names what it answers: on any day.
    const curfew = CURFEW.test(reading.sentence.text) && found.every((c) => c.properties.category === 'statement');
    const caused = CURFEW.test(reading.sentence.text) && CAUSED_BY.test(reading.sentence.text);
    const violent = (h: Told): boolean => FAMILY[h.candidate.properties.category] === 'violence';
    const mourned = MOURNING.test(reading.sentence.text) || caused ? [...happenings].reverse().find(violent) : curfew ? [...happenings].reverse().find((h) => violent(h) && onItsDay(h)) : undefined;
    if (mourned) {
      claimOn(mourned, found, reading);
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
    // "Rescue teams have returned to the crash site ...", then "The Airbus A320 crashed on March
    // 24": the rescue names the crash by its site; the crash told after it is not the rescue.
    const notRescue = isRescueCue(reading.cue) ? happenings : happenings.filter((h) => !isRescueCue(h.reading.cue));
    const told0 = retold(reading, found, notRescue) ?? namedAgain(reading, found, notRescue) ?? occurredAgain(reading, found, notRescue) ?? epicentreOf(reading, notRescue);
    // "The fire broke out ... on Thursday" read as a retelling of a dated detail ("treated ...
    // this morning"): when it gives the day of a report-dated happening above, it is that one's.
    const again = told0 && !told0.candidate.candidate.reportDated ? dayFurtherDown(reading, happenings) ?? told0 : told0;
    if (again) {
      claimOn(again, found, reading);
      open = again;
      continue;
    }
    // One clash told as a timeline, from both sides, or through the reactions to it.
    const account = found.length === 1 && found[0] ? accountOf(reading, found[0], notRescue) : undefined;
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
    // "According to locals, the fire originated on the ground floor": a happening named back
    // by its definite noun, on its day and at its places, is told again: a claim on it.
    // "Some 10 of the injured are undergoing treatment at ...": its people, where they were taken.
    const back = namedBack(reading, found, happenings) ?? inCareOf(reading, found, happenings) ?? rescueOf(reading, found, happenings) ?? inquiryOf(reading, found, happenings) ?? bodiesBackOf(reading, found, happenings);
    if (back) {
      claimOn(back, found, reading);
      open = back;
      continue;
    }
    // "The death toll may rise as the injured are airlifted to ...": its toll foretold, a claim on it.
    const foretold = tollForecastOf(reading, found, happenings);
    if (foretold === 'none') continue;
    if (foretold) {
      claimOn(foretold.to, foretold.claims, reading);
      continue;
    }
    // "The clash on Tuesday follows months of tensions ...": naming the happening, it dates it;
    // with no place or count of its own it tells nothing else new, so it is a claim on it.
    if (only && dateFromFollowUp(open, reading, only) && open && !reading.places.some((p) => p.place.kind !== 'country') && !namesUnknownPlace(reading) && only.properties.figures.length === 0) {
      absorb(open, only);
      joined(open, reading);
      continue;
    }
    // "The wedding was held on Saturday at ...": a sentence that only gives the day of the
    // happening it dates, telling nothing that happened, is a claim on it.
    const dated = dayFurtherDown(reading, happenings);
    // "The bandits ... had on Wednesday stormed the communities": a sentence that dates a
    // happening by telling it again, of its kind and at no new place, is a claim on it too.
    const retelling = (c: CandidateFeature): boolean => dated !== undefined && FAMILY[c.properties.category] === FAMILY[dated.candidate.properties.category] && newPlaces(reading, dated).length === 0;
    if (dated && found.every((c) => (c.properties.category === 'statement' && c.properties.figures.length === 0 && reading.attribution === undefined) || retelling(c))) {
      claimOn(dated, found, reading);
      continue;
    }
    // "Nearly 12 hours after the collapse, the death toll was uncertain.": the time gone by
    // since the happening told, and how its aftermath stood then: a claim on it.
    const since = timeSinceOf(reading, found, happenings);
    if (since) {
      claimOn(since, found, reading);
      open = since;
      continue;
    }
    // "Occupants hit a construction hypermarket in Kharkiv.": no day of its own, at the place
    // of a happening of its kind already told, counting no one: that happening told again.
    const undated = toldAgainUndated(reading, found, happenings);
    if (undated) {
      claimOn(undated, found, reading);
      open = undated;
      continue;
    }
    // "WASHINGTON • The suicide bomber waited ..., US officials said.": a detail of a
    // happening told elsewhere, placed only at its source's seat, is a claim on it.
    const seated = seatDetailOf(reading, found, happenings);
    if (seated === 'none') continue;
    if (seated) {
      claimOn(seated, found, reading);
      continue;
    }
    // "Terekhov said that Russian troops struck a residential area of the city.": a detail
    // told with its source first, no day, place or count of its own: a claim on the happening told last.
    const sourced = sourceFirstDetailOf(reading, found, happenings);
    if (sourced) {
      claimOn(sourced, found, reading);
      continue;
    }
    // "It is not immediately clear if he was inside at the time of the attack.": what is not
    // known of the happening told last is a claim on it, not a happening of its own; the
    // sentences after it go on with that happening.
    const unknown = notKnownOf(reading, found, happenings);
    if (unknown) {
      claimOn(unknown, found, reading);
      open = unknown;
      continue;
    }
    // "A survivor ... said the vessel was rocked by high waves before suddenly sinking.": what
    // those who were there tell of the happening just told is an account of it.
    const witnessed = witnessOf(reading, found, happenings);
    if (witnessed) {
      claimOn(witnessed, found, reading);
      continue;
    }
    // "A total of 68 passengers and four crew members were on board the aircraft that
    // crashed ...": who was aboard the craft is a detail of its crash, not a happening.
    // "Around 60 people were attending a wake at the cafe when the missile hit": who was there then.
    const aboard = aboardOf(reading, found, happenings) ?? presentOf(reading, found, happenings);
    if (aboard) {
      claimOn(aboard.to, aboard.claims, reading);
      continue;
    }
    // "President Erdogan was expected to visit Amasra on Saturday.": what is only expected to
    // follow a happening told is a claim on it, not a candidate on the expected day.
    const expected = expectedOf(reading, found, happenings);
    if (expected) {
      claimOn(expected, found, reading);
      continue;
    }
    for (const c of found) shortlyAfter(reading.sentence.text, c, happenings);
    const named = found.map((c, i) => ({ ...c, id: idOf(reading, i) }));
    out.push(...named);
    open = named[0] ? told(reading, named[0]) : undefined;
    if (open) happenings.push(open);
  }
  return out;
}
