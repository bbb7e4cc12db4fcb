/**
 * The first pass over an article: what each sentence says on its own (dates, places, who said
 * it, what kind of event), and what the article as a whole says (its theatre). The second pass
 * (`candidates.ts`) links sentences to each other and turns them into candidates.
 */
import type { Category } from '../domain/types';
import { findAttributions, isPronoun } from './attribution';
import { addDays, daysBetween } from './calendar';
import { namesCityPart } from './city-parts';
import { countryParts } from './country-part';
import { categorize, namedStorms } from './classify';
import { modifierSpan, placeModified, speakersDay } from './date-chain';
import { findDates, type DateAnchor } from './dates';
import { unresolvedNames, namedLists } from './place-phrases';
import { findPlaces, type GazetteerIndex } from './places';
import { atDateline } from './placing';
import { speechAct, type SpeechAct } from './speech-acts';
import { withoutTellingDay } from './telling-day';
import type { AttributionMention, DateMention, PlaceMention, Sentence } from './types';
import type { WorldGazetteer } from './world-gazetteer';
import type { ArticleContext } from './world-places';
import { ATTACK_NOUN, TOLL } from './words';

export interface Reading {
  sentence: Sentence;
  /** Index of the line (paragraph) the sentence is in: reports continue within one. */
  paragraph: number;
  /** Dates of the sentence's own event. */
  dates: DateMention[];
  /** Dates in a clause about a place ("Kursk, which Ukraine invaded in August"): its history. */
  modifiers: Array<{ date: DateMention; place: PlaceMention }>;
  /** Places the sentence could be about: not an actor's possessive ("Russia's ambition"). */
  places: PlaceMention[];
  attribution: AttributionMention | undefined;
  /** The speaker, a pronoun resolved to the last named speaker. */
  speaker: string | undefined;
  category: Category;
  cue: string | undefined;
  act: SpeechAct | undefined;
  /** A line without closing punctuation that does not read as a sentence. */
  heading: boolean;
  /** Names in a list of villages or settlements that no gazetteer knows, for the report. */
  unresolved: string[];
}

// A standfirst is a sentence without its full stop: long, mostly lower-case, with a speaker.
function isHeading(text: string, attribution: AttributionMention | undefined): boolean {
  if (/[.!?"”’)]$/.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  const lower = words.filter((w) => /^[a-z]/.test(w)).length;
  return !(attribution !== undefined && words.length >= 12 && lower >= words.length * 0.4);
}

// "Russia's ambition", "North Korea’s military": a country as an actor, not as a location.
// "the head of Ouagadougou's ruling junta": a capital in the possessive of its rulers is the
// regime, an actor, too.
const possessiveActor = (sentence: Sentence, p: PlaceMention): boolean =>
  !p.locative && (p.place.kind === 'country' ? /^['’]s\b/ : RULERS_AFTER).test(sentence.text.slice(p.end - sentence.start));
const RULERS_AFTER = /^['’]s\s+(?:(?:ruling|military|new|interim|transitional)\s+)?(?:junta|regime|government|rulers|leadership)\b/i;

// "Israel's army said it intercepted a missile from Yemen": what a country's forces intercept
// or shoot down comes down over that country, so the actor's country is where it happened.
const INTERCEPTED = /\b(?:intercepted|intercepts|shot down|shoots down|downed)\b/i;
const interceptor = (sentence: Sentence, p: PlaceMention): boolean =>
  possessiveActor(sentence, p) && INTERCEPTED.test(sentence.text.slice(p.end - sentence.start));

// "... after Moscow withdrew from the grain deal", "since Russia annexed Crimea": a place as the
// actor of a clause about an earlier act is that act's, not where the sentence's event happened.
const PAST_CLAUSE_BEFORE = /\b(?:after|since|following|before|when|once)\s+(?:the\s+)?$/i;
const PAST_VERB_AFTER = /^\s+(?:had\s+)?(?:withdrew|quit|left|pulled out|walked away|decided|annexed|invaded|began|launched|suspended|refused|declined|rejected|broke|[a-z]+ed)\b/;
const pastActor = (sentence: Sentence, p: PlaceMention): boolean =>
  PAST_CLAUSE_BEFORE.test(sentence.text.slice(0, p.start - sentence.start)) && PAST_VERB_AFTER.test(sentence.text.slice(p.end - sentence.start));

// "a spokesman for the maritime agency, based in Dubai": a body's seat told beside its name is
// where the body sits, not where the sentence's happening was.
const SEAT_BEFORE = /,\s+(?:which is\s+|that is\s+)?(?:based|headquartered|stationed)\s+in\s+(?:the\s+)?$/i;
const bodySeat = (sentence: Sentence, p: PlaceMention): boolean => SEAT_BEFORE.test(sentence.text.slice(0, p.start - sentence.start));

// "“Thirty-two people died ...,” the UN's refugee agency said in Geneva": the city a speaker
// spoke in is where the words were said; a toll they tell was counted elsewhere. Only with a
// toll: a statement's own city ("the minister said in Geneva that talks would resume") stays.
// "An air strike hit a market on Tuesday, army officials said in Sanaa": a violent happening
// told before the speaker's words was not where they were said either, toll or none.
const SPOKE_IN_BEFORE = /\b(?:said|says|told\s+(?:reporters|journalists|a\s+(?:news|press)\s+conference)|announced|added|stated|wrote)\s+(?:on\s+\w+\s+)?in\s+(?:the\s+)?$/i;
const VIOLENT = new RegExp(String.raw`\b(?:${ATTACK_NOUN}|blasts?|explosions?|struck|attacked|shelled|bombed|exploded|detonated)\b`, 'i');
const spokenIn = (sentence: Sentence, p: PlaceMention): boolean => {
  const before = sentence.text.slice(0, p.start - sentence.start);
  const said = SPOKE_IN_BEFORE.exec(before);
  return said !== null && (TOLL.test(sentence.text) || VIOLENT.test(before.slice(0, said.index)));
};

/**
 * "DAKAR, June 3 (Reuters) - ..." on a page dated June 5: a bare "overnight" in the report is
 * the night into the day it was filed, not into the page's date.
 */
function nightBeforeFiling(d: DateMention, filed: DateMention | undefined, anchor: DateAnchor): DateMention {
  if (!filed || !/^overnight$/i.test(d.text) || filed.from >= anchor.start || d.to !== anchor.end) return d;
  return { ...d, from: addDays(filed.from, -1), to: filed.from, note: `"overnight" read as the night into the day the report was filed (${filed.from}, its dateline)` };
}

export interface ReadContext {
  anchor: DateAnchor;
  gazetteer: GazetteerIndex;
  world: () => WorldGazetteer;
  /** Where the article is: the countries it names, the places found so far. */
  where: ArticleContext;
}

/** Read every sentence; `sentences` in article order, boilerplate already removed. */
export function readSentences(text: string, sentences: readonly Sentence[], ctx: ReadContext): Reading[] {
  let paragraph = 0;
  let lastSpeaker: string | undefined;
  let previousEnd = 0;
  let filed: DateMention | undefined;
  const storms = namedStorms(sentences.map((s) => s.text).join('\n'));
  return sentences.map((sentence, i) => {
    if (text.slice(previousEnd, sentence.start).includes('\n')) paragraph++;
    previousEnd = sentence.end;
    const attribution = findAttributions(sentence.text, sentence.start)[0];
    let speaker = attribution?.speaker;
    if (speaker && isPronoun(speaker)) speaker = lastSpeaker ?? speaker;
    else if (speaker) lastSpeaker = speaker;
    // "PORT SUDAN, Sudan, Sept 25, 2025 (AFP) -", "NAIROBI, Kenya Apr 29 –": the dateline's date is
    // the filing's, not the event's.
    const dateline = (DATED_DATELINE.exec(sentence.text) ?? TITLED_DATELINE.exec(sentence.text))?.[0].length ?? 0;
    const found = findDates(sentence.text, ctx.anchor, sentence.start);
    filed ??= found.find((d) => d.end - sentence.start <= dateline && d.precision === 'day' && d.from === d.to);
    const dates = withoutTellingDay(sentence.text, sentence.start, speakersDay(sentence.text, sentence.start, found.filter((d) => d.end - sentence.start > dateline && !stateBound(sentence, d)).map((d) => nightBeforeFiling(d, filed, ctx.anchor))), ctx.anchor);
    const placesFound = findPlaces(sentence.text, sentence.start, ctx.gazetteer, ctx.world, ctx.where);
    const places = [...placesFound, ...countryParts(sentence, ctx.world, placesFound, sentences[i - 1])].flatMap((p) => (interceptor(sentence, p) ? [{ ...p, locative: true }] : !possessiveActor(sentence, p) && !pastActor(sentence, p) && !namesCityPart(sentence, p) && !bodySeat(sentence, p) && !spokenIn(sentence, p) ? [p] : []));
    const modifiers = dates.flatMap((date) => {
      const place = placeModified(sentence, date, places);
      return place ? [{ date, place }] : [];
    });
    // What the sentence reports, without the places' history: "invaded in August" is not it.
    let own = sentence.text;
    for (const { date, place } of modifiers) {
      const span = modifierSpan(sentence, place, date);
      const from = span.start - sentence.start + place.text.length;
      own = own.slice(0, from) + ' '.repeat(span.end - sentence.start - from) + own.slice(span.end - sentence.start);
    }
    const { category, cue } = categorize(own, attribution, storms);
    const own_ = dates.filter((d) => !modifiers.some((m) => m.date === d));
    // "..., since the war began in February 2022": with another date in the sentence, a date
    // in a clause of background is not the sentence's event's.
    const background = own_.filter((d) => {
      const lead = sentence.text.slice(Math.max(0, d.start - sentence.start - 60), d.start - sentence.start);
      return BACKGROUND.test(lead) || TOTAL.test(lead) || ONGOING.test(sentence.text.slice(Math.max(0, d.start - sentence.start - 160), d.start - sentence.start));
    });
    // "..., days after two allies were shot dead": that span dates what came before (the
    // shooting), not the sentence's own event; with another date beside it, it is dropped.
    const before = own_.filter((d) => AFTER_SPAN.test(d.text));
    // "unrest sparked by the death in police custody of Mahsa Amini on 16 September": the day
    // of what set it off dates the cause, not the sentence's news, even as its only date.
    const causes = own_.filter((d) => SET_OFF_BY.test(sentence.text.slice(Math.max(0, d.start - sentence.start - 120), d.start - sentence.start)));
    const kept = (before.length < own_.length ? own_.filter((d) => !before.includes(d)) : own_).filter((d) => !causes.includes(d));
    const main = background.length < kept.length ? kept.filter((d) => !background.includes(d)) : kept;
    // "Rescuers searched on Tuesday after an earthquake killed 60": the event is in the "after"
    // clause and the day in the clause before it dates what followed (a rescue, a search, a
    // burial), not the event. A toll told on a day ("were killed on Saturday after a strike")
    // keeps its day.
    const after = AFTER_EVENT.exec(sentence.text);
    const cueAt = cue ? sentence.text.toLowerCase().lastIndexOf(cue.toLowerCase()) : -1;
    const aftermath = after !== null && cueAt > after.index && AFTERMATH.test(sentence.text.slice(0, after.index)) && main.length > 0 && main.every((d) => d.end - sentence.start <= after.index);
    // "Most of Dakar appeared quiet on Saturday, but tensions remained high after violent
    // protests ... killed six people on Friday": a day of calm or tension dates a state, not
    // an event; the day in the "after" clause dates the event.
    const cause = AFTER_ANY.exec(sentence.text);
    const causeAt = cause ? cause.index : -1;
    const calm = cause !== null && STATE.test(sentence.text.slice(0, causeAt)) && main.some((d) => d.start - sentence.start > causeAt) && main.some((d) => d.end - sentence.start <= causeAt);
    const ownDates = aftermath ? [] : calm ? main.filter((d) => d.start - sentence.start > causeAt) : main;
    return {
      sentence,
      paragraph,
      dates: ownDates,
      modifiers,
      places,
      attribution,
      speaker,
      category,
      cue,
      act: speechAct(sentence.text),
      unresolved: unresolvedNames(namedLists(sentence.text, sentence.start), places),
      heading: isHeading(sentence.text, attribution),
    };
  });
}

const AFTERMATH = /\b(?:rescu\w*|search\w*|scour\w*|dug|digging|sift\w*|comb\w*|mourn\w*|buri\w*|funerals?|evacuat\w*|clean(?:ed|ing)? up|relief)\b/i;
// "after an earthquake", "after the blast", and "after more than 150 people ... died": a toll
// told by its count is the event too.
const AFTER_EVENT = /\s(?:after|following)\s(?:an?\s|the\s|(?:more than|at least|over|nearly|some|about|around)\s+\d|\d)/i;
const SET_OFF_BY = /\b(?:sparked|triggered|prompted|fuell?ed|ignited|set off)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:death|killing|murder|arrest|shooting|detention)\b[^.;]*$/i;
const AFTER_SPAN = /\b(?:hours|days|weeks|months) after$/i;

const AFTER_ANY = /\s(?:after|following)\s/i;
const STATE = /\b(?:appeared|remained|was|were|seemed|stayed)\s+(?:largely\s+|mostly\s+|relatively\s+)?(?:quiet|calm|tense)\b|\btensions?\s+(?:were\s+|was\s+|remained\s+)?(?:running\s+)?high\b/i;
// An all-capitals city (or a city with its country in square brackets: "Kabul [Afghanistan],"), an
// optional country or region, a date, an optional agency, then a dash or colon.
const DATED_DATELINE = /^\s*\p{Lu}(?:[\p{Lu} .'’-]+|[\p{L} .'’-]*\s*\[[^\]]{1,40}\]),(?:\s*\p{Lu}[\p{L} .'’-]*?,?)?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?\s*(?:\([^)]*\))?\s*[-–—:]/u;
// "Nassau, Bahamas, September 3, 2019 (The Nassau Guardian):": a city in capitals and small
// letters is a dateline too when a full date (with its year) and the outlet follow it.
const TITLED_DATELINE = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},(?:\s*\p{Lu}[\p{L} .'’-]*?,)?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s*\d{4}\s*\([^)]{1,60}\)\s*[-–—:]/u;

// "taking the total number killed this week to 15": a running total's span dates no event.
// "..., as search-and-rescue operations continued Wednesday morning": what went on at the time of
// the telling, beside the event's own day.
// "..., as the search ... resumed after a landslide hindered progress overnight": so is what
// held that search up.
const ONGOING = /,\s+as\s+[^,;:]*\b(?:continued|continues|went on|resumed|were under way|was under way)\s+(?:after\s+[^,;:]*\s)?$/i;
const TOTAL = /\b(?:total|tally|cumulative)\b[^,;]*$/i;

const BACKGROUND = /\b(?:since|began|begun|started|erupted|broke out|launched)\b[^,;:]*$/i;

const THEATRE_CATEGORIES: ReadonlySet<Category> = new Set(['deployment', 'movement', 'strike', 'explosion', 'violence-against-civilians', 'ground-fighting', 'casualties']);

// "The boat had left Izmir in western Turkey", "the convoy set off from Kherson": where a
// voyage began, and the region said to hold that place, are not where its story happened.
const SET_OUT_BEFORE = /\b(?:left|departed(?:\s+from)?|set\s+(?:sail|off|out)\s+from|sailed\s+from|(?:relocated|fled|displaced|evacuated|moved)\s+from|embarked\s+(?:in|at|from))\s+(?:the\s+(?:port\s+of\s+)?)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s*|\s+in\s+))?$/iu;
// "which had until Sunday been considered a safe haven": the day a state lasted until, not
// the day of anything the sentence tells.
const STATE_BOUND_BEFORE = /\b(?:had|has|have)\s+until\s+$/i;
const STATE_BOUND_AFTER = /^\s+(?:been|remained|stayed)\b/i;
const stateBound = (s: { start: number; text: string }, d: { start: number; end: number }): boolean =>
  STATE_BOUND_BEFORE.test(s.text.slice(0, d.start - s.start)) && STATE_BOUND_AFTER.test(s.text.slice(d.end - s.start));
// "Port Sudan experienced explosions early Wednesday", "Kharkiv came under attack": a place
// opening the sentence as what went through the happening is where it happened.
const WENT_THROUGH_AFTER = /^(?:['’]s)?\s+(?:experienced|suffered|saw|(?:was|were|has\s+been|had\s+been)\s+(?:hit|rocked|struck|shaken|shelled|bombed|attacked)|(?:came|has\s+come|had\s+come)\s+under)\b/i;
const subjectOfHappening = (r: Reading, p: { start: number; end: number }): boolean =>
  r.sentence.text.slice(0, Math.max(0, p.start - r.sentence.start)).trim() === '' && WENT_THROUGH_AFTER.test(r.sentence.text.slice(p.end - r.sentence.start));
const MAYOR = /\bmayor\b/i;
// "34 were referred to Bhopal", "visited Hamidia Hospital in Bhopal to meet the injured": where
// the hurt were taken for care is not where the happening was; "airlifted from Abaco to New
// Providence": nor is it when the place they were taken from is told on the way.
const CARED_FOR_BEFORE = /\b(?:(?:referred|taken|rushed|airlifted|transferred|shifted|moved|brought|evacuated)\s+(?:from\s+(?:[\w'’-]+\s+){1,3}?)?to|(?:hospitals?|medical college|clinic)\s+(?:in|at))\s+(?:the\s+)?$/i;
// "taken to the Kampala Medical College Hospital": a city naming the hospital is the story's own.
const INSTITUTION_AFTER = /^\s+\p{Lu}/u;
export const caredForAt = (r: Reading, p: { start: number; end: number }): boolean =>
  CARED_FOR_BEFORE.test(r.sentence.text.slice(Math.max(0, p.start - r.sentence.start - 60), p.start - r.sentence.start)) && !INSTITUTION_AFTER.test(r.sentence.text.slice(p.end - r.sentence.start));
export const setOutFrom = (r: Reading, p: { start: number }): boolean => SET_OUT_BEFORE.test(r.sentence.text.slice(0, p.start - r.sentence.start));

/**
 * The article's theatre: the place its deployment, movement and combat reports most often put
 * troops in ("spotted in the Kursk region", "en route to Kursk"), a whole country not counted,
 * a dateline ("KABUL:") and a speaker's affiliation ("of Kookmin University in Seoul") not either; the earliest on a
 * tie. Undefined when no such report names a place.
 */
export function findTheatre(readings: readonly Reading[], published?: string): PlaceMention | undefined {
  // Reports of long ago ("an attack on Beirut in late July" in an August story) are background:
  // the theatre is taken from current reports when they name one.
  const current = (r: Reading): boolean =>
    !published || r.dates.length === 0 || r.dates.some((d) => daysBetween(published, d.from) + daysBetween(published, d.to) >= -20);
  const count = (accept: (r: Reading) => boolean, locativeOnly: boolean): PlaceMention | undefined => {
    const counts = new Map<string, { first: PlaceMention; n: number }>();
    for (const r of readings) {
      if (!accept(r)) continue;
      for (const p of r.places) {
        // A town's mayor ("the mayor of Cutro", "Cutro's Mayor") speaks for the town the story is in.
        const inAttribution = r.attribution !== undefined && p.start >= r.attribution.start && p.end <= r.attribution.end && !MAYOR.test(r.attribution.text) && !subjectOfHappening(r, p);
        // The city a report was filed from is not where its news happened.
        if ((locativeOnly && !p.locative && !subjectOfHappening(r, p)) || p.place.kind === 'country' || inAttribution || atDateline(r.sentence, p) || setOutFrom(r, p) || caredForAt(r, p)) continue;
        const seen = counts.get(p.place.id);
        if (seen) seen.n++;
        else counts.set(p.place.id, { first: p, n: 1 });
      }
    }
    return [...counts.values()].sort((a, b) => b.n - a.n || a.first.start - b.first.start)[0]?.first;
  };
  const theatreReport = (r: Reading): boolean => THEATRE_CATEGORIES.has(r.category) || r.places.some((p) => subjectOfHappening(r, p));
  // Where the deployment and combat reports put things; else the place the article names most.
  return count((r) => theatreReport(r) && current(r), true) ?? count(theatreReport, true) ?? count(current, false) ?? count(() => true, false);
}
