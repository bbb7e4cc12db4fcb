/**
 * A candidate feature from its parts: the schema of `data/events.geojson` plus the
 * `candidate` review block, with a short title and the evidence found (the learned
 * confidence is set once the article's candidates are all known, in keep-score.ts).
 */
import type { Claim, EventFeature, Figure, PlaceBasis } from '../domain/types';
import type { ArticleInput } from './candidates';
import type { findFigures } from './figures';
import type { Placed } from './placing';
import type { AttributionMention, CandidateFeature, DateMention, PlaceMention, Sentence } from './types';

/**
 * A short title: the reported clause when the sentence is "X said (on date) that ...", else
 * the sentence itself, cut at a word boundary.
 */
export function titleOf(sentence: string, attribution: AttributionMention | undefined, offset: number): string {
  let text = sentence;
  if (attribution) {
    const reported = /^[^.;:]{0,40}?\bthat\s+(.{20,})$/s.exec(sentence.slice(attribution.end - offset));
    if (reported?.[1]) text = reported[1];
  }
  text = text.replace(/^[“"'‘\s-]+/, '').replace(/[.”"’\s]+$/, '');
  if (text.length > 90) text = `${text.slice(0, 90).replace(/\s+\S*$/, '')}…`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 0..1: how much of what makes an event was found (a stated date, a stated place, a speaker, a cue). */
export function evidenceOf(date: DateMention, placed: Placed, attribution: boolean, cue: boolean): number {
  let c = 0.2;
  c += date.text === '' ? 0 : date.precision === 'approximate' ? 0.1 : 0.2;
  c += !placed.autoGeocoded && placed.basis === 'stated' ? 0.25 : 0.1;
  c += attribution ? 0.15 : 0;
  c += cue ? 0.15 : 0;
  return Math.round(Math.min(c, 0.95) * 100) / 100;
}

/** Where a movement started, for `origin` and `originBasis`. */
export interface Origin {
  place: PlaceMention['place'];
  basis: PlaceBasis;
  autoGeocoded: boolean;
}

export interface Parts {
  input: ArticleInput;
  sentence: Sentence;
  date: DateMention;
  category: EventFeature['properties']['category'];
  status: Claim['status'];
  figures: ReturnType<typeof findFigures>;
  speaker: string | undefined;
  placed: Placed;
  origin: Origin | undefined;
  evidence: number;
  title: string;
}

export function buildCandidate(p: Parts): CandidateFeature {
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
      // Until the article's candidates are all known and scored together (keep-score.ts).
      confidence: p.evidence,
      evidence: p.evidence,
      autoGeocoded: placed.autoGeocoded,
      reportDated: date.text === '',
      article: input.path,
      ...(placed.autoGeocoded ? { newPlace: placed.place } : {}),
      ...(origin?.autoGeocoded ? { newOrigin: origin.place } : {}),
      published: input.published,
      datePhrase: date.text || '(none: report time)',
      placePhrase: placed.phrase,
    },
  };
}
