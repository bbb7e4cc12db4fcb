/**
 * One article in, candidate events out: each datable, locatable sentence of the article's
 * body becomes a candidate in the very schema of `data/events.geojson`, plus a `candidate`
 * block of review facts, so that `accept` can move it into the curated set unchanged.
 */
import type { Claim, EventFeature, Figure } from '../domain/types';
import { isPronoun, findAttributions } from './attribution';
import { addDays } from './calendar';
import { categorize, statusOf } from './classify';
import { findDates } from './dates';
import { findFigures } from './figures';
import { findPlaces, slug, type GazetteerIndex } from './places';
import { speakerPlace } from './speaker-places';
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

const SPECIFICITY = { city: 3, region: 2, area: 2, country: 1 } as const;

/** The place a dated statement is about: locative first, then the most specific, then nearest. */
function pickPlace(places: PlaceMention[], date: DateMention): PlaceMention | undefined {
  return [...places].sort((a, b) =>
    Number(b.locative) - Number(a.locative) ||
    SPECIFICITY[b.place.kind] - SPECIFICITY[a.place.kind] ||
    Math.abs(a.start - date.start) - Math.abs(b.start - date.start),
  )[0];
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

function confidenceOf(date: DateMention, place: PlaceMention | undefined, inferred: boolean, attribution: boolean, cue: boolean): number {
  let c = 0.2;
  c += date.text === '' ? 0 : date.precision === 'approximate' ? 0.1 : 0.2;
  c += place && !place.autoGeocoded && !inferred ? 0.25 : 0.1;
  c += attribution ? 0.15 : 0;
  c += cue ? 0.15 : 0;
  return Math.round(Math.min(c, 0.95) * 100) / 100;
}

/** Extract candidates from one article. Pure apart from the lazily loaded world gazetteer. */
export function extractArticle(input: ArticleInput, ctx: ExtractContext, options: ExtractOptions = { undated: true }): ArticleResult {
  const { text, published } = input;
  const excluded: ExcludedRange[] = [...(input.bodyStart > 0 ? [{ start: 0, end: input.bodyStart, reason: 'article header' }] : []), ...findBoilerplate(text, input.bodyStart)];
  const anchor = { start: published.start, end: published.end };
  const sentences = splitSentences(text).filter((s) => !isExcluded(s, excluded));
  const candidates: CandidateFeature[] = [];
  let anyDate = false;
  let anyPlace = false;
  let lastSpeaker: string | undefined;
  const stem = slug(input.source.replace(/\.txt$/, '')) || 'article';

  for (const sentence of sentences) {
    const dates = findDates(sentence.text, anchor, sentence.start);
    const places = findPlaces(sentence.text, sentence.start, ctx.gazetteer, ctx.world);
    anyDate ||= dates.length > 0;
    anyPlace ||= places.length > 0;
    const attribution = findAttributions(sentence.text, sentence.start)[0];
    let speaker = attribution?.speaker;
    if (speaker && isPronoun(speaker)) speaker = lastSpeaker ?? speaker;
    else if (speaker) lastSpeaker = speaker;
    const { category, cue } = categorize(sentence.text, attribution);
    // An undated sentence is still a candidate when it reports something someone said or did.
    // A heading (no closing punctuation) is only mined when it states a date.
    const heading = !/[.!?"”’)]$/.test(sentence.text);
    if (dates.length === 0) {
      if (!options.undated || heading || (!attribution && cue === undefined) || (places.length === 0 && !attribution)) continue;
      dates.push(reportWindow(sentence, published));
    }
    const figures = findFigures(sentence.text, sentence.start, dates);
    const seen = new Set<string>();
    dates.forEach((date) => {
      if (seen.has(`${date.from}/${date.to}`)) return;
      seen.add(`${date.from}/${date.to}`);
      const stated = pickPlace(places, date);
      const seat = speaker ? speakerPlace(speaker, ctx.gazetteer, ctx.world) : undefined;
      // A statement is placed where it was made: a city the text names ("in Brussels"), else the
      // speaker's seat. A whole country named in a sourced claim is its topic, not its place.
      const statedVenue = stated !== undefined && stated.locative && stated.place.kind === 'city';
      const useSeat = seat !== undefined && (!stated || (category === 'statement' && !statedVenue) || stated.place.kind === 'country');
      const place = useSeat ? seat.place : stated?.place;
      if (!place) return;
      const autoGeocoded = useSeat ? seat.autoGeocoded : (stated?.autoGeocoded ?? false);
      candidates.push(buildCandidate({
        input, sentence, date, category, cue, figures, speaker, useSeat, place, autoGeocoded,
        placePhrase: useSeat ? `${speaker} (seat inferred)` : (stated?.text ?? ''),
        id: `cand-${stem}-${sentence.start}${seen.size > 1 ? `-${seen.size}` : ''}`,
        confidence: confidenceOf(date, stated, useSeat, attribution !== undefined, cue !== undefined),
        title: titleOf(sentence.text, attribution, sentence.start),
      }));
    });
  }
  const problems = [...(anyDate ? [] : ['no dates found']), ...(anyPlace ? [] : ['no places found'])];
  return { candidates, excluded, problems };
}

interface Parts {
  input: ArticleInput;
  sentence: Sentence;
  date: DateMention;
  category: EventFeature['properties']['category'];
  cue: string | undefined;
  figures: ReturnType<typeof findFigures>;
  speaker: string | undefined;
  useSeat: boolean;
  place: PlaceMention['place'];
  autoGeocoded: boolean;
  placePhrase: string;
  id: string;
  confidence: number;
  title: string;
}

function buildCandidate(p: Parts): CandidateFeature {
  const { input, sentence, date } = p;
  const claim: Claim = {
    source: p.input.source,
    quote: sentence.text,
    offsets: [sentence.start, sentence.end],
    attribution: p.speaker ?? input.published.outlet ?? 'the article (unattributed)',
    status: statusOf(sentence.text, date, input.published.end, p.category),
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
    id: p.id,
    geometry: { type: 'Point', coordinates: p.place.point },
    properties: {
      title: p.title,
      category: p.category,
      start: date.from,
      end: date.to,
      datePrecision: date.precision,
      dateNote: date.note,
      place: p.place.id,
      locationPrecision: p.place.kind,
      placeBasis: p.useSeat ? 'inferred' : 'stated',
      figures,
      claims: [claim],
    },
    candidate: {
      confidence: p.confidence,
      autoGeocoded: p.autoGeocoded,
      article: input.path,
      ...(p.autoGeocoded ? { newPlace: p.place } : {}),
      published: input.published,
      datePhrase: date.text || '(none: report time)',
      placePhrase: p.placePhrase,
    },
  };
}
