/**
 * Types of the extraction pipeline. Every span is `[start, end)` in JavaScript string
 * (UTF-16) indices into the original article file, as the event schema's claim offsets are.
 */
import type { ClaimStatus, DatePrecision, EventFeature, FigureQualifier, PlaceKind, Place } from '../domain/types';

/** A stretch of the article with its offsets. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One sentence of the article; `text` is exactly `article.slice(start, end)`. */
export type Sentence = Span;

/** A region of the article not to be mined, and why (shown in `--report`). */
export interface ExcludedRange {
  start: number;
  end: number;
  reason: string;
}

/** A date expression resolved against the publication date. */
export interface DateMention extends Span {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day (inclusive); equal to `from` for a day. */
  to: string;
  precision: DatePrecision;
  /** How the phrase was resolved, in words (becomes the event's `dateNote`). */
  note: string;
}

/** A place named in the text, resolved to a gazetteer entry. */
export interface PlaceMention extends Span {
  place: Place;
  /** True when the place came from the world gazetteer, not the project's: a human must check it. */
  autoGeocoded: boolean;
  /** Whether the mention follows a locative preposition ("in Seoul", "to Kursk"). */
  locative: boolean;
  /** Whether it follows "from": where something came from, not where it happened. */
  from: boolean;
}

/** A number with its qualifier, as the text words it. */
export interface FigureMention extends Span {
  value: number;
  valueMax?: number;
  qualifier: FigureQualifier;
  /** What is counted, from the words after the number ("North Korean soldiers"). */
  measure: string;
}

/** Who a sentence attributes its claim to. */
export interface AttributionMention extends Span {
  /** The speaker or body as the text names it. */
  speaker: string;
  /** The reporting verb or phrase ("said", "according to"). */
  cue: string;
}

/** Publication facts an article is anchored on. */
export interface Publication {
  /** Earliest possible publication day. */
  start: string;
  /** Latest possible publication day; equal to start when the day is known. */
  end: string;
  outlet: string | null;
  headline: string | null;
}

/** Extra facts a candidate carries for review; removed when it is accepted. */
export interface CandidateInfo {
  /**
   * 0..1: the chance that this is an event of its own, as the keep-score model
   * (`keep-score.ts`) weighs its signs; what the report sorts a reader's review by.
   */
  confidence: number;
  /** 0..1: how much of what makes an event (date, place, attribution, category cue) was found. */
  evidence: number;
  /** True when the event's place came from the world gazetteer. */
  autoGeocoded: boolean;
  /** True when the text states no date for it: dated by its report (the publication), no day claimed. */
  reportDated: boolean;
  /** The article file as given on the command line. */
  article: string;
  /** The place record to add to the gazetteer on accept, when it was auto-geocoded. */
  newPlace?: Place;
  /** Likewise for the movement's origin. */
  newOrigin?: Place;
  /** The article's publication facts, for the sources manifest on accept. */
  published: Publication;
  /** The figures' and date's raw phrases, for the report. */
  datePhrase: string;
  placePhrase: string;
}

/** A candidate event: a valid event feature plus `candidate` review facts. */
export type CandidateFeature = EventFeature & { candidate: CandidateInfo };

export type { ClaimStatus, DatePrecision, FigureQualifier, PlaceKind, Place };
