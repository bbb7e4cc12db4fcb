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
import type { Claim, EventFeature, Figure, PlaceBasis } from '../domain/types';
import { addDays } from './calendar';
import { categorize, statusOf } from './classify';
import { chainedDate, modifierSpan, placeModified } from './date-chain';
import { findFigures } from './figures';
import { movementLeg, stayedAt } from './movement';
import { slug, type GazetteerIndex } from './places';
import { placeOf, type Placed } from './placing';
import { findTheatre, readSentences, type Reading } from './reading';
import { speakerPlace } from './speaker-places';
import { citedSource } from './attribution';
import type { AttributionMention, CandidateFeature, DateMention, ExcludedRange, PlaceMention, Publication, Sentence } from './types';
import type { WorldGazetteer } from './world-gazetteer';
import { findBoilerplate, isExcluded } from './boilerplate';
import { splitSentences } from './sentences';

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

/**
 * A short title: the reported clause when the sentence is "X said (on date) that ...", else
 * the sentence itself, cut at a word boundary.
 */
function titleOf(sentence: string, attribution: AttributionMention | undefined, offset: number): string {
  let text = sentence;
  if (attribution) {
    const reported = /^[^.;:]{0,40}?\bthat\s+(.{20,})$/s.exec(sentence.slice(attribution.end - offset));
    if (reported?.[1]) text = reported[1];
  }
  text = text.replace(/^[“"'‘\s-]+/, '').replace(/[.”"’\s]+$/, '');
  if (text.length > 90) text = `${text.slice(0, 90).replace(/\s+\S*$/, '')}…`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// How far before publication an undated claim is placed: news reports what is current.
const REPORT_WINDOW_DAYS = 14;

/** The date of a sentence that states none: the reporting window, honestly approximate. */
function reportWindow(sentence: Sentence, published: Publication): DateMention {
  return {
    start: sentence.start, end: sentence.start, text: '',
    from: addDays(published.start, -REPORT_WINDOW_DAYS), to: published.end, precision: 'approximate',
    note: `no date in the sentence: placed in the ${REPORT_WINDOW_DAYS} days before publication up to its last possible day (report time, not a stated event time)`,
  };
}

function confidenceOf(date: DateMention, placed: Placed, attribution: boolean, cue: boolean): number {
  let c = 0.2;
  c += date.text === '' ? 0 : date.precision === 'approximate' ? 0.1 : 0.2;
  c += !placed.autoGeocoded && placed.basis === 'stated' ? 0.25 : 0.1;
  c += attribution ? 0.15 : 0;
  c += cue ? 0.15 : 0;
  return Math.round(Math.min(c, 0.95) * 100) / 100;
}

const FACTUAL = new Set(['reported', 'unverified']);

/** What the second pass remembers of the sentences before the current one. */
interface Memory {
  /** The last date stated in, or carried over by, an earlier sentence's main clause. */
  lastDate: DateMention | undefined;
  /** The previous sentence, and the date its main clause had (stated or carried), if any. */
  previous: Reading | undefined;
  previousDate: DateMention | undefined;
  /** Where the troops were last said to be training or stationed, in this paragraph. */
  stayed: { at: PlaceMention; paragraph: number } | undefined;
}

/** Extract candidates from one article. Pure apart from the lazily loaded world gazetteer. */
export function extractArticle(input: ArticleInput, ctx: ExtractContext, options: ExtractOptions = { undated: true }): ArticleResult {
  const { text, published } = input;
  const excluded: ExcludedRange[] = [...(input.bodyStart > 0 ? [{ start: 0, end: input.bodyStart, reason: 'article header' }] : []), ...findBoilerplate(text, input.bodyStart)];
  const anchor = { start: published.start, end: published.end };
  const sentences = splitSentences(text).filter((s) => !isExcluded(s, excluded));
  const readings = readSentences(text, sentences, { anchor, gazetteer: ctx.gazetteer, world: ctx.world });
  const theatre = findTheatre(readings);
  const stem = slug(input.source.replace(/\.txt$/, '')) || 'article';
  const candidates: CandidateFeature[] = [];
  const memory: Memory = { lastDate: undefined, previous: undefined, previousDate: undefined, stayed: undefined };

  for (const reading of readings) {
    const found = candidatesOf(reading, memory, { input, ctx, options, theatre, anchor });
    candidates.push(...found.map((c, i) => ({ ...c, id: `cand-${stem}-${reading.sentence.start}${i ? `-${i + 1}` : ''}` })));
  }
  const anyDate = readings.some((r) => r.dates.length > 0);
  const anyPlace = readings.some((r) => r.places.length > 0);
  const problems = [...(anyDate ? [] : ['no dates found']), ...(anyPlace ? [] : ['no places found'])];
  return { candidates, excluded, problems };
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
  const { sentence, places } = reading;
  const { input, ctx } = article;
  const out: CandidateFeature[] = [];
  const previous = memory.previous;
  const samePara = previous !== undefined && previous.paragraph === reading.paragraph;
  if (memory.stayed && memory.stayed.paragraph !== reading.paragraph) memory.stayed = undefined;

  // Dates in a clause about a place ("Kursk, which Ukraine invaded in August") are that place's
  // history: a candidate of their own, not the date of the sentence's event.
  const modifiers = reading.dates.flatMap((date) => {
    const place = placeModified(sentence, date, places);
    return place ? [{ date, place }] : [];
  });
  const mainDates = reading.dates.filter((d) => !modifiers.some((m) => m.date === d));

  // A sentence that only goes on with the previous one's report ("Moscow is attempting to ...")
  // after "ISW notes ...") keeps its speaker and kind when it names a place of its own.
  let { speaker, category, cue } = reading;
  const continued = !reading.attribution && reading.cue === undefined && mainDates.length === 0 && samePara &&
    previous.speaker !== undefined && (previous.category === 'analysis' || previous.category === 'statement') &&
    places.some((p) => p.place.kind !== 'country');
  if (continued) {
    speaker = previous.speaker;
    category = previous.category;
    cue = `continues ${previous.speaker}`;
  }
  if (reading.act) {
    category = reading.act.category;
    cue = reading.act.cue;
  }

  let dates = mainDates;
  let carried = false;
  if (dates.length === 0) {
    const chained = chainedDate(sentence, memory.lastDate, samePara ? memory.previousDate : undefined, article.anchor);
    const minable = !reading.heading && (reading.attribution !== undefined || cue !== undefined) && (places.length > 0 || reading.attribution !== undefined);
    if (chained && minable) {
      dates = [chained];
      carried = true;
    } else if (article.options.undated && minable) {
      dates = [reportWindow(sentence, input.published)];
    }
  }
  // A heading states a date only as a label; mine it only then, as before.
  if (reading.heading && mainDates.length === 0) dates = [];

  const seat = speaker ? speakerPlace(speaker, ctx.gazetteer, ctx.world) ?? citedSeat(sentence.text, ctx) : undefined;
  const figures = findFigures(sentence.text, sentence.start, reading.dates);
  const leg = movementLeg(sentence, places);
  const stayedHere = stayedAt(sentence, places);
  const seen = new Set<string>();
  for (const date of dates) {
    if (seen.has(`${date.from}/${date.to}`)) continue;
    seen.add(`${date.from}/${date.to}`);
    const status = statusOf(sentence.text, date, input.published.end, category);
    let placed = placeOf({
      sentence, places, category, factual: FACTUAL.has(status), speaker, seat, act: reading.act, theatre: article.theatre, near: date.start,
    }, ctx.gazetteer, ctx.world);
    let origin: Origin | undefined;
    if (category === 'movement' && !reading.act) {
      if (leg.destination) placed = { place: leg.destination.place, basis: 'stated', autoGeocoded: leg.destination.autoGeocoded, phrase: leg.destination.text };
      origin = originOf(leg, memory, placed);
    }
    if (!placed) continue;
    out.push(buildCandidate({
      input, sentence, date, category, status, figures, speaker, placed, origin,
      confidence: confidenceOf(date, placed, reading.attribution !== undefined || continued, cue !== undefined),
      title: titleOf(sentence.text, reading.attribution, sentence.start),
    }));
    // "sent to train in eastern Russia, with many now moving toward the Kursk region": the
    // training and the movement are two events, the second starting where the first is.
    if (category === 'training' && leg.moving && leg.destination && leg.origin && leg.destination.place.id !== placed.place.id) {
      const to: Placed = { place: leg.destination.place, basis: 'stated', autoGeocoded: leg.destination.autoGeocoded, phrase: leg.destination.text };
      out.push(buildCandidate({
        input, sentence, date, category: 'movement', status, figures, speaker, placed: to, origin: originOf(leg, memory, to),
        confidence: confidenceOf(date, to, reading.attribution !== undefined, true),
        title: titleOf(sentence.text, reading.attribution, sentence.start),
      }));
    }
  }
  for (const { date, place } of modifiers) {
    const span = modifierSpan(sentence, place, date);
    const clause = input.text.slice(span.start, span.end);
    const kind = categorize(clause, undefined);
    const placed: Placed = { place: place.place, basis: 'stated', autoGeocoded: place.autoGeocoded, phrase: place.text };
    out.push(buildCandidate({
      input, sentence: { ...span, text: clause }, date, category: kind.category, status: statusOf(clause, date, input.published.end, kind.category),
      figures: [], speaker: undefined, placed, origin: undefined,
      confidence: confidenceOf(date, placed, false, kind.cue !== undefined), title: titleOf(clause, undefined, span.start),
    }));
  }

  const ownDate = mainDates.at(-1) ?? (carried ? dates[0] : undefined);
  if (ownDate) memory.lastDate = ownDate;
  memory.previousDate = ownDate;
  memory.previous = { ...reading, speaker, category };
  if (stayedHere) memory.stayed = { at: stayedHere, paragraph: reading.paragraph };
  return out;
}

/** A speaker without a seat of their own who cites a body with one ("Citing American intelligence, Blinken"). */
function citedSeat(sentence: string, ctx: ExtractContext): ReturnType<typeof speakerPlace> {
  const cited = citedSource(sentence);
  return cited ? speakerPlace(cited, ctx.gazetteer, ctx.world) : undefined;
}

interface Origin {
  place: PlaceMention['place'];
  basis: PlaceBasis;
  autoGeocoded: boolean;
}

/** Where a movement started: stated in the sentence, else where the paragraph last had the troops train. */
function originOf(leg: ReturnType<typeof movementLeg>, memory: Memory, placed: Placed | undefined): Origin | undefined {
  if (leg.origin && leg.origin.place.id !== placed?.place.id) return { place: leg.origin.place, basis: 'stated', autoGeocoded: leg.origin.autoGeocoded };
  const stayed = memory.stayed?.at;
  if (stayed && stayed.place.id !== placed?.place.id) return { place: stayed.place, basis: 'inferred', autoGeocoded: stayed.autoGeocoded };
  return undefined;
}

interface Parts {
  input: ArticleInput;
  sentence: Sentence;
  date: DateMention;
  category: EventFeature['properties']['category'];
  status: Claim['status'];
  figures: ReturnType<typeof findFigures>;
  speaker: string | undefined;
  placed: Placed;
  origin: Origin | undefined;
  confidence: number;
  title: string;
}

function buildCandidate(p: Parts): CandidateFeature {
  const { input, sentence, date, placed, origin } = p;
  const claim: Claim = {
    source: input.source,
    quote: sentence.text,
    offsets: [sentence.start, sentence.end],
    attribution: p.speaker ?? input.published.outlet ?? 'the article (unattributed)',
    status: p.status,
  };
  const figures: Figure[] = p.figures.map((f) => ({
    measure: f.measure,
    value: f.value,
    ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
    qualifier: f.qualifier,
    text: f.text,
    source: input.source,
  }));
  return {
    type: 'Feature',
    id: '',
    geometry: { type: 'Point', coordinates: placed.place.point },
    properties: {
      title: p.title,
      category: p.category,
      start: date.from,
      end: date.to,
      datePrecision: date.precision,
      dateNote: date.note,
      place: placed.place.id,
      locationPrecision: placed.place.kind,
      placeBasis: placed.basis,
      ...(origin ? { origin: origin.place.id, originBasis: origin.basis } : {}),
      figures,
      claims: [claim],
    },
    candidate: {
      confidence: p.confidence,
      autoGeocoded: placed.autoGeocoded,
      article: input.path,
      ...(placed.autoGeocoded ? { newPlace: placed.place } : {}),
      ...(origin?.autoGeocoded ? { newOrigin: origin.place } : {}),
      published: input.published,
      datePhrase: date.text || '(none: report time)',
      placePhrase: placed.phrase,
    },
  };
}
