/**
 * One article in, candidate events out: each datable, locatable sentence of the article's
 * body becomes a candidate in the very schema of `data/events.geojson`, plus a `candidate`
 * block of review facts, so that `accept` can move it into the curated set unchanged.
 *
 * Two passes: `reading.ts` reads each sentence alone and finds the article's theatre; this
 * module links each sentence to the ones before it (dates carried by "later" and "He added",
 * a report continued in the next sentence, where the troops were training before they moved)
 * and places and builds the candidates.
 */
import { withinNamedUnits } from './unit-within';
import { withoutFarNamesakes } from './named-together';
import { addDays } from './calendar';
import { categorize, statusOf } from './classify';
import { COMBAT, EVENTFUL, HARM_FOUND, NOTHING_TOLD, ONGOING, worthReporting } from './newsworthy';
import { chainedDate, clockDay, continuesPrevious, countedBack, modifierSpan, momentsDay, narrowReportWindow, nightAfter, reportWindow, seriesDay, spannedBy, storyDate } from './date-chain';
import { storyStart, tollSoFar } from './toll-so-far';
import { happeningDaysBefore } from './days-before';
import { afterSpreading } from './spread-on';
import { findFigures } from './figures';
import { scoreCandidates } from './keep-score';
import { buildCandidate, evidenceOf, titleOf, type Origin } from './build-candidate';
import { movementLeg, stayedAt } from './movement';
import { slug, type GazetteerIndex } from './places';
import { splitToll } from './toll-list';
import { agreementSeats, clausePlaces, placeOf, placesInClause, withoutDateline, type Placed } from './placing';
import { caredForAt, findTheatre, readSentences, setOutFrom, type Reading } from './reading';
import { speakerPlace } from './speaker-places';
import { citedSource } from './attribution';
import type { CandidateFeature, DateMention, ExcludedRange, PlaceMention, Publication } from './types';
import type { WorldGazetteer } from './world-gazetteer';
import { articleVessels } from './name-words';
import { articleCountries, articlePersons, articleRegions } from './world-places';
import { findBoilerplate, isExcluded } from './boilerplate';
import { splitSentences } from './sentences';
import { gatherHappenings } from './same-happening';
import { placeFeaturesInCountry } from './feature-in-country';
import { placeFeaturesNear } from './feature-near';
import { islandByIsland, placeIslandsInCountry } from './island-in-country';
import { sentAsToll } from './sent-as';
import { followHazards, hazardAgain, hazardSeen, type HazardAgain, type HazardSeen } from './hazard-again';
import { outletTheatre } from './outlet-country';
import { compoundTheatre } from './compound-theatre';
import { datelineAbroadTheatre } from './dateline-abroad';

export interface ArticleInput {
  /** The path as given, shown in reports. */
  path: string;
  /** The file name the claims cite (`source` in the schema). */
  source: string;
  /** The whole file, header included, so offsets are file offsets. */
  text: string;
  /** Where the article starts after a `Published:` header (0 without one). */
  bodyStart: number;
  published: Publication;
}

export interface ExtractContext {
  gazetteer: GazetteerIndex;
  world: () => WorldGazetteer;
}

export interface ExtractOptions {
  /** Propose sentences without a date too, dated to the reporting window. */
  undated: boolean;
}

export interface ArticleResult {
  candidates: CandidateFeature[];
  excluded: ExcludedRange[];
  /** What the article lacked, one phrase each ("no dates found"): reported, not fatal to others. */
  problems: string[];
}

const FACTUAL = new Set(['reported', 'unverified']);
const ALREADY = /\bhad\s+already\b/i;

/** What the second pass remembers of the sentences before the current one. */
interface Memory {
  /** The last date stated in, or carried over by, an earlier sentence's main clause. */
  lastDate: DateMention | undefined;
  /** The paragraph of the last sentence that stated a date. */
  lastDatedParagraph?: number;
  /** The last day stated in the article at most two days before publication: the story's day. */
  newsDay?: DateMention;
  /** The first such day: the day of the happening the story opened with. */
  firstNewsDay?: DateMention;
  /** The earliest day or weekend stated within a week before publication: when the story began. */
  storyStart?: DateMention;
  /** The previous sentence. */
  previous: Reading | undefined;
  /** Where the last natural hazard told was placed. */
  hazard?: HazardSeen;
  /** The candidates placed where a hazard told before was. */
  hazardAgain: HazardAgain[];
  /** Who spoke in the previous sentence and what kind of claim it was, continuations resolved. */
  previousView: { speaker: string | undefined; category: Reading['category'] } | undefined;
  /** The date the previous sentence's main clause stated or carried, if any (not a window). */
  previousDate: DateMention | undefined;
  /** Where the troops were last said to be training or stationed: valid in that paragraph and the next sentence. */
  stayed: { at: PlaceMention; by: Reading } | undefined;
}

/** Extract candidates from one article. Pure apart from the lazily loaded world gazetteer. */
export function extractArticle(input: ArticleInput, ctx: ExtractContext, options: ExtractOptions = { undated: true }): ArticleResult {
  const { text, published } = input;
  const excluded: ExcludedRange[] = [...(input.bodyStart > 0 ? [{ start: 0, end: input.bodyStart, reason: 'article header' }] : []), ...findBoilerplate(text, input.bodyStart)];
  const anchor = { start: published.start, end: published.end };
  const sentences = splitSentences(text).filter((s) => !isExcluded(s, excluded));
  const body = sentences.map((s) => s.text).join('\n');
  const where = { countries: articleCountries(body, ctx.world()), points: [], persons: articlePersons(body), vessels: articleVessels(body), heldRegions: articleRegions(body, ctx.world()) };
  const readings = withoutFarNamesakes(withinNamedUnits(readSentences(text, sentences, { anchor, gazetteer: ctx.gazetteer, world: ctx.world, where })));
  const theatre = findTheatre(readings, published.start) ?? outletTheatre(readings, published.outlet, ctx.world) ?? datelineAbroadTheatre(readings, where.countries, ctx.world) ?? compoundTheatre(readings, ctx.world);
  const stem = slug(input.source.replace(/\.txt$/, '')) || 'article';
  const candidates: CandidateFeature[] = [];
  const memory: Memory = { lastDate: undefined, previous: undefined, previousView: undefined, previousDate: undefined, stayed: undefined, hazardAgain: [] };

  candidates.push(...gatherHappenings(readings, (reading) => candidatesOf(reading, memory, { input, ctx, options, theatre, anchor }), (reading, i) => `cand-${stem}-${reading.sentence.start}${i ? `-${i + 1}` : ''}`));
  placeFeaturesInCountry(candidates, readings, ctx.world);
  placeFeaturesNear(candidates, readings);
  placeIslandsInCountry(candidates, readings);
  candidates.push(...islandByIsland(candidates, readings));
  followHazards(candidates, memory.hazardAgain);
  scoreCandidates(candidates, input);
  for (const c of candidates) narrowReportWindow(c, published);
  const anyDate = readings.some((r) => r.dates.length > 0);
  const anyPlace = readings.some((r) => r.places.length > 0);
  const problems = [...(anyDate ? [] : ['no dates found']), ...(anyPlace ? [] : [noPlaces(readings)])];
  return { candidates, excluded, problems };
}

/** "no places found", naming the listed villages no gazetteer knows, so a reviewer can place them by hand. */
function noPlaces(readings: readonly Reading[]): string {
  const missing = [...new Set(readings.flatMap((r) => r.unresolved))];
  return missing.length ? `no places found (not in the gazetteer: ${missing.join(', ')})` : 'no places found';
}

interface Article {
  input: ArticleInput;
  ctx: ExtractContext;
  options: ExtractOptions;
  theatre: PlaceMention | undefined;
  anchor: { start: string; end: string };
}

/** The candidates of one sentence, updating `memory` for the next. */
function candidatesOf(reading: Reading, memory: Memory, article: Article): CandidateFeature[] {
  const { sentence } = reading;
  const { input, ctx } = article;
  const out: CandidateFeature[] = [];
  const previous = memory.previous;
  // "He added that some had been wounded": where the previous sentence's report was, inferred.
  // "the villages of A and B" that no gazetteer knows: the region named in this sentence, else
  // the places of the one before; the report names the villages not found.
  const ownPlace = reading.places.some((p) => p.place.kind !== 'country');
  const listedOnly = reading.unresolved.length > 0 && !ownPlace && previous !== undefined;
  const inherits = previous !== undefined && ((reading.places.length === 0 && continuesPrevious(sentence)) || listedOnly);
  // "a fuel depot hit near the port, where the displaced have relocated from Khartoum": where
  // people or a boat came from is not where a strike, blast or toll happened.
  const own = withoutCare(reading, withoutDateline(sentence, reading.places).filter((p) => !(COMBAT.has(reading.category) && setOutFrom(reading, p))));
  const places = inherits ? [...own, ...previous.places.filter((p) => p.place.kind !== 'country')] : own;
  const view = memory.previousView;
  const samePara = previous !== undefined && previous.paragraph === reading.paragraph;
  if (memory.stayed && memory.stayed.by.paragraph !== reading.paragraph && memory.stayed.by !== previous) memory.stayed = undefined;

  // A sentence that only goes on with the previous one's report ("Moscow is attempting to ...")
  // after "ISW notes ...") keeps its speaker and kind when it names a place of its own.
  let { speaker, category, cue } = reading;
  const continued = !reading.attribution && reading.cue === undefined && reading.dates.length === 0 && samePara &&
    view?.speaker !== undefined && (view.category === 'analysis' || view.category === 'statement') &&
    places.some((p) => p.place.kind !== 'country');
  if (continued && view?.speaker !== undefined) {
    speaker = view.speaker;
    category = view.category;
    cue = `continues ${view.speaker}`;
  }
  // "issued an alert of an attack 90 nautical miles southeast of Aden": the report of an attack
  // at a stated place is the attack's, not an act of speech at the speaker's seat.
  const act = reading.act && !(COMBAT.has(reading.category) && places.some((p) => p.place.kind !== 'country')) ? reading.act : undefined;
  if (act) {
    category = act.category;
    cue = act.cue;
  }

  const seat = speaker ? speakerPlace(speaker, ctx.gazetteer, ctx.world) ?? citedSeat(sentence.text, ctx) : undefined;
  // A sentence without a date of its own takes one from the sentences before ("later", "He
  // added"), else the reporting window. A heading is mined only when it states a date.
  let dates = nightAfter(reading.dates, previous?.paragraph === reading.paragraph ? previous.dates : [], input.published);
  let carried = false;
  if (dates.length === 0) {
    const chained = chainedDate(sentence, memory.lastDate, memory.previousDate, article.anchor);
    const minable = !reading.heading && (reading.attribution !== undefined || cue !== undefined) &&
      (places.length > 0 || reading.attribution !== undefined || (EVENTFUL.has(category) && article.theatre !== undefined));
    const clock = momentsDay(memory.firstNewsDay, sentence, input.published) ?? clockDay(memory.newsDay, sentence, input.published) ?? seriesDay(memory.newsDay, sentence, input.published);
    if (clock && minable) {
      dates = [clock];
      carried = true;
    } else if (chained && minable) {
      dates = [chained];
      carried = true;
    } else if (article.options.undated && minable && !NOTHING_TOLD.test(sentence.text) && worthReporting(category, speaker, seat, places, article.theatre, cue)) {
      // "is currently waging its fiercest assault": what is told as going on now is dated by the report.
      // "Yagi had already claimed 16 lives in the Philippines": told as before the story's day, not on it.
      const story = ONGOING.test(sentence.text) || HARM_FOUND.test(sentence.text) || ALREADY.test(sentence.text) || afterSpreading(previous, reading) ? undefined : storyDate(memory.lastDate, memory.lastDatedParagraph, reading.sentence, reading.paragraph, input.published);
      if (story) carried = true;
      dates = [story ?? tollSoFar(sentence, category, memory.storyStart, input.published) ?? reportWindow(sentence, input.published)];
    }
  }

  dates = dates.map((d) => countedBack(sentence.text, spannedBy(sentence.text, d)));
  const figures = findFigures(sentence.text, sentence.start, [...reading.dates, ...reading.modifiers.map((m) => m.date)]);
  const sentenceLeg = movementLeg(sentence, places);
  const stayedHere = stayedAt(sentence, places);
  const seen = new Set<string>();
  let firstPlaced: Placed | undefined;
  for (const date of dates) {
    if (seen.has(`${date.from}/${date.to}`)) continue;
    seen.add(`${date.from}/${date.to}`);
    const status = statusOf(sentence.text, date, input.published.end, category);
    // "visited Pakistan in January and met on 29th March in Dushanbe": each date's place is its clause's.
    const here = dates.length > 1 ? placesInClause(sentence, date.start, places) : places;
    const placing = { sentence, places: here, category, factual: FACTUAL.has(status), speaker, seat, act, theatre: article.theatre, near: date.start };
    const found = placeOf(placing, ctx.gazetteer, ctx.world);
    // "New eruptions on Monday and Tuesday spewed more hot ash": no place, the hazard's told before.
    const again = found ? undefined : hazardAgain(reading, memory.hazard);
    let placed = found ?? again;
    if (inherits && placed?.basis === 'stated' && !reading.places.some((p) => p.place.id === placed?.place.id)) placed = { ...placed, basis: 'inferred', phrase: `${placed.phrase} (the previous sentence's)` };
    if (placed && reading.unresolved.length) placed = { ...placed, phrase: `${placed.phrase}; not found in the gazetteer: ${reading.unresolved.join(', ')}` };
    let origin: Origin | undefined;
    const leg = dates.length > 1 ? movementLeg(sentence, here) : sentenceLeg;
    if ((category === 'movement' || category === 'deployment') && !act) {
      if (leg.destination && category === 'movement') placed = { place: leg.destination.place, basis: 'stated', autoGeocoded: leg.destination.autoGeocoded, phrase: leg.destination.text };
      // "arrived from Phnom Penh" in a story set in Manila: where they came from is the origin;
      // where they arrived is the article's theatre.
      else if (category === 'movement' && leg.origin && placed?.place.id === leg.origin.place.id && article.theatre && article.theatre.place.id !== leg.origin.place.id) {
        placed = { place: article.theatre.place, basis: 'inferred', autoGeocoded: article.theatre.autoGeocoded, phrase: `the article's theatre: "${article.theatre.text}"` };
      }
      origin = originOf(leg, category === 'movement' ? memory : undefined, placed);
    }
    const parties = category === 'agreement' ? agreementSeats(placing, ctx.gazetteer, ctx.world) : [];
    // "Nine were killed in Kharkiv city while two others were killed in Krasnohrad": one event
    // per clause that names its own place.
    // "290 deaths in the province of Al Haouz, 190 in the province of Taroudant": one per place, with its figure.
    const toll = placed && COMBAT.has(category) && !inherits ? splitToll(sentence, places, placed, figures, ctx.world()) : { figures, siblings: [] };
    const listed = new Set(toll.siblings.map((t) => t.placed.place.id));
    const clauses = placed && COMBAT.has(category) && !inherits ? clausePlaces(sentence, places, placed).filter((c) => !listed.has(c.place.id)) : [];
    const wheres = parties.length ? parties.map((w) => ({ placed: w, figures })) : placed ? [{ placed, figures: toll.figures }, ...toll.siblings, ...clauses.map((w) => ({ placed: w, figures }))] : [];
    for (const { placed: where, figures: own } of wheres) {
      const built = buildCandidate({
        input, sentence, date, category, status, figures: own, speaker, placed: where, origin,
        evidence: evidenceOf(date, where, reading.attribution !== undefined || continued, cue !== undefined),
        title: titleOf(sentence.text, reading.attribution, sentence.start),
      });
      out.push(built);
      if (again && memory.hazard) memory.hazardAgain.push({ sentence: sentence.start, start: built.properties.start, at: memory.hazard.at });
    }
    memory.hazard = hazardSeen(reading, found, memory.hazard);
    if (!placed) continue;
    firstPlaced ??= placed;
    // "rushing reserve troops into the region as enemy forces staged an incursion, which left 3 dead": the sending is a deployment of its own.
    if (COMBAT.has(category) && category !== 'deployment' && sentAsToll(sentence.text)) {
      out.push(buildCandidate({
        input, sentence, date, category: 'deployment', status, figures: [], speaker, placed, origin: undefined,
        evidence: evidenceOf(date, placed, reading.attribution !== undefined, true),
        title: titleOf(sentence.text, reading.attribution, sentence.start),
      }));
    }
    // "sent to train in eastern Russia, with many now moving toward the Kursk region": the
    // training and the movement are two events, the second starting where the first is.
    if (category === 'training' && leg.moving && leg.destination && leg.origin && leg.destination.place.id !== placed.place.id) {
      const to: Placed = { place: leg.destination.place, basis: 'stated', autoGeocoded: leg.destination.autoGeocoded, phrase: leg.destination.text };
      out.push(buildCandidate({
        input, sentence, date, category: 'movement', status, figures, speaker, placed: to, origin: originOf(leg, memory, to),
        evidence: evidenceOf(date, to, reading.attribution !== undefined, true),
        title: titleOf(sentence.text, reading.attribution, sentence.start),
      }));
    }
  }
  // Dates in a clause about a place ("Kursk, which Ukraine invaded in August") are that place's
  // history: a candidate of their own, quoting the place and the clause.
  for (const { date, place } of reading.modifiers) {
    const span = modifierSpan(sentence, place, date);
    const clause = input.text.slice(span.start, span.end);
    const kind = categorize(clause, undefined);
    const placed: Placed = { place: place.place, basis: 'stated', autoGeocoded: place.autoGeocoded, phrase: place.text };
    out.push(buildCandidate({
      input, sentence: { ...span, text: clause }, date, category: kind.category, status: statusOf(clause, date, input.published.end, kind.category),
      figures: [], speaker: undefined, placed, origin: undefined,
      evidence: evidenceOf(date, placed, false, kind.cue !== undefined), title: titleOf(clause, undefined, span.start),
    }));
  }

  // "Tremors have continued in Goma, three days after the volcano erupted": the earlier
  // happening is a candidate of its own, that many days before the report, at the sentence's place.
  const before = firstPlaced ? happeningDaysBefore(sentence, input.published) : undefined;
  if (before && firstPlaced) {
    const kind = categorize(before.clause.text, undefined);
    out.push(buildCandidate({
      input, sentence: before.clause, date: before.date, category: kind.category, status: statusOf(before.clause.text, before.date, input.published.end, kind.category),
      figures: [], speaker, placed: { ...firstPlaced, basis: 'inferred', phrase: `${firstPlaced.phrase} (the sentence's)` }, origin: undefined,
      evidence: evidenceOf(before.date, firstPlaced, reading.attribution !== undefined, kind.cue !== undefined), title: titleOf(before.clause.text, undefined, before.clause.start),
    }));
  }

  const ownDate = reading.dates.at(-1) ?? (carried ? dates[0] : undefined);
  if (ownDate) memory.lastDate = ownDate;
  if (reading.dates.length) memory.lastDatedParagraph = reading.paragraph;
  const day = reading.dates.findLast((d) => d.precision === 'day' && d.from >= addDays(input.published.start, -2) && d.to <= input.published.end);
  if (day) memory.newsDay = day;
  memory.firstNewsDay ??= day;
  memory.storyStart = storyStart(memory.storyStart, reading.dates, input.published);
  memory.previousDate = ownDate;
  memory.previous = reading;
  memory.previousView = { speaker, category };
  if (stayedHere) memory.stayed = { at: stayedHere, by: reading };
  return out;
}

/**
 * "two of the victims airlifted from Abaco to New Providence ... died": where the hurt were
 * taken for care is not where a toll happened, when the sentence names another place for it.
 */
function withoutCare(reading: Reading, places: readonly PlaceMention[]): readonly PlaceMention[] {
  if (!COMBAT.has(reading.category)) return places;
  const rest = places.filter((p) => !caredForAt(reading, p));
  return rest.length > 0 ? rest : places;
}

/** A speaker without a seat of their own who cites a body with one ("Citing American intelligence, Blinken"). */
function citedSeat(sentence: string, ctx: ExtractContext): ReturnType<typeof speakerPlace> {
  const cited = citedSource(sentence);
  return cited ? speakerPlace(cited, ctx.gazetteer, ctx.world) : undefined;
}

/**
 * Where a movement started: stated in the sentence ("from X", "training in X ... en route to
 * Y"), else, with `memory`, where the sentence before had the troops train (inferred).
 */
function originOf(leg: ReturnType<typeof movementLeg>, memory: Memory | undefined, placed: Placed | undefined): Origin | undefined {
  if (leg.origin && leg.origin.place.id !== placed?.place.id) return { place: leg.origin.place, basis: 'stated', autoGeocoded: leg.origin.autoGeocoded };
  const stayed = memory?.stayed?.at;
  if (stayed && stayed.place.id !== placed?.place.id) return { place: stayed.place, basis: 'inferred', autoGeocoded: stayed.autoGeocoded };
  return undefined;
}
