/**
 * Review checks on a curated data set: rules of thumb that catch the slips a careful reader
 * found by hand (a claim credited to "the article" in a sentence that names its speaker, a
 * ground assault filed as a strike, a "denial" that denies nothing, a title that drops its
 * source's hedge). Unlike the validator's rules they are judgements, so a finding is not a
 * fault in the data's shape and the app never runs them: `npm run validate` does, on the
 * shipped data set, and fails until each finding is fixed or answered.
 *
 * A claim or event answers a finding in its `reviewed` field, keyed by the check's name,
 * saying why it is right as it is; that answer stays in the data for the next reader.
 *
 * Pure: no I/O.
 */
import type { Claim, EventFeature, ReviewCheck, Source, ValidationIssue } from '../domain/types';
import { FILES } from './files';

/** Seed texts by file name, as `RawDataset.seeds`. */
type Seeds = Readonly<Record<string, string>>;

// Verbs and phrases that put words in a named speaker's mouth; lower case, so "the United
// States" is no cue. "reportedly" and the passive "it was reported" name nobody.
const SPEAKER_CUE =
  /\b(?:says?|said|[Aa]ccording to|[Cc]iting|suggest(?:s|ed)?|notes?|noted|believes?|explain(?:s|ed)?|argues?|argued|writes?|wrote|assures?|assured|caution(?:s|ed)?|warn(?:s|ed)|indicate(?:s|d)?|mention(?:s|ed)?|stated?|states|emphasi[sz]e(?:s|d)?|express(?:es|ed)|claim(?:s|ed)|add(?:s|ed)|announce(?:s|d)|reveal(?:s|ed)|confirm(?:s|ed)|propose(?:s|d)?|told|hopes?|predict(?:s|ed|ing)?)\b/;
const PASSIVE_REPORT = /\b(?:it|this) (?:was|is|has been) (?:reported|said|claimed)\b/gi;

// Words of fighting on the ground: an event whose sources say these is not a strike.
const GROUND_FIGHTING =
  /\b(?:invad(?:e|ed|es|ing)|invasion|incursion|counter-?offensive|offensive|counter-?attack|advanc(?:e|ed|es|ing)|assaults?|recaptur(?:e|ed|ing)|retak(?:e|en|ing)|regain(?:ed|ing)?|reclaim(?:ed|ing)?|push(?:ed)? [\w\s]{0,30}back|ground (?:troops|forces|operations?))\b/i;

// A denial says so: deny, reject, refute, dismiss, "not true", "no plans".
const DENIAL = /\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed)?|not true|false|no plans?|never)\b/i;

// The hedges a source puts on what is not (yet) a fact, and the words by which a title keeps
// one. "will" in a title undoes a hedge even where the title also says "warns".
const HEDGE = /\b(?:may|might|could|seems?|likely|possibly|reportedly|aims?)\b/i;
const TITLE_HEDGE =
  /\b(?:may|might|could|would|seems?|likely|possibl[ey]|reportedly|aims?|expect(?:s|ed)?|plans?|intends?|hopes?|fears?|considering|potential|unverified)\b/i;
const CERTAIN = /\bwill\b/i;

/** A claim credited to the outlet itself, in any of the ways the data says so. */
function creditsOutlet(claim: Claim, outlet: string | null): boolean {
  const who = claim.attribution.trim().toLowerCase();
  return who.startsWith('the article') || (outlet !== null && who === outlet.trim().toLowerCase());
}

/**
 * The sentence of `text` around [start, end): from the end of the previous sentence to the
 * end of the last one the span touches. A full stop after a single capital ("U.S.") is an
 * abbreviation, not a sentence end.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const ends = /[.!?][”"’)]*(?=\s)|\n/g;
  let from = 0;
  let to = text.length;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    if (m[0] !== '\n' && /(?:^|[\s.])[A-Z]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const after = m.index + m[0].length;
    if (after <= start) from = after;
    else if (m.index >= end - 1) {
      to = after;
      break;
    }
  }
  return text.slice(from, to).trim();
}

interface Finding {
  check: ReviewCheck;
  path: string;
  message: string;
}

function claimFindings(claim: Claim, i: number, sentence: string | undefined, outlet: string | null): Finding[] {
  const found: Finding[] = [];
  const at = `properties.claims.${i}`;
  if (sentence !== undefined && creditsOutlet(claim, outlet)) {
    const cue = SPEAKER_CUE.exec(sentence.replace(PASSIVE_REPORT, ''));
    if (cue) {
      found.push({
        check: 'attribution',
        path: `${at}.attribution`,
        message: `claim ${i} is credited to "${claim.attribution}", but its sentence names a speaker ("${cue[0]}"): credit the speaker, or say in reviewed.attribution why the words are the outlet's own`,
      });
    }
  }
  if (claim.status === 'denied' && !DENIAL.test(claim.quote)) {
    found.push({
      check: 'denial',
      path: `${at}.status`,
      message: `claim ${i} has status "denied", but its quote has no word of denial (deny, reject, refute, dismiss...): a non-confirmation is not a denial`,
    });
  }
  return found;
}

function eventFindings(event: EventFeature): Finding[] {
  const p = event.properties;
  const found: Finding[] = [];
  if (p.category === 'strike') {
    const fighting = p.claims.flatMap((claim, i) => {
      const words = GROUND_FIGHTING.exec(claim.quote);
      return words ? [`claim ${i} ("${words[0]}")`] : [];
    });
    if (fighting.length > 0) {
      found.push({
        check: 'category',
        path: 'properties.category',
        message: `filed as "strike", but its quotes speak of fighting on the ground: ${fighting.join(', ')}: file it as "ground-fighting", or say in reviewed.category why it is a strike`,
      });
    }
  }
  // A title may drop its sources' hedge only when no source hedges what it states.
  const hedged = p.claims.findIndex((c) => c.status !== 'reported' && c.status !== 'denied' && HEDGE.test(c.quote));
  if (hedged >= 0 && (!TITLE_HEDGE.test(p.title) || CERTAIN.test(p.title))) {
    const word = HEDGE.exec(p.claims[hedged]!.quote)![0];
    found.push({
      check: 'hedge',
      path: 'properties.title',
      message: `the title states as certain what claim ${hedged} hedges ("${word}"): keep the hedge in the title, or say in reviewed.hedge why the title is fair`,
    });
  }
  return found;
}

/**
 * Every review finding on `events`, as validation issues naming the event id, the claim
 * index and the field, except those the record has answered in `reviewed`.
 */
export function reviewDataset(
  events: readonly EventFeature[],
  sources: readonly Source[],
  seeds: Seeds,
  file: string = FILES.events,
): ValidationIssue[] {
  const outletOf = new Map(sources.map((s) => [s.file, s.outlet]));
  const unanswered = (reviewed: Partial<Record<ReviewCheck, string>> | undefined) => (f: Finding) => reviewed?.[f.check] === undefined;
  const issues: ValidationIssue[] = [];
  for (const event of events) {
    const kept = eventFindings(event).filter(unanswered(event.properties.reviewed));
    event.properties.claims.forEach((claim, i) => {
      const text = seeds[claim.source];
      const sentence = text === undefined || claim.offsets === undefined ? undefined : sentenceAround(text, claim.offsets[0], claim.offsets[1]);
      kept.push(...claimFindings(claim, i, sentence, outletOf.get(claim.source) ?? null).filter(unanswered(claim.reviewed)));
    });
    for (const f of kept) issues.push({ file, id: event.id, path: f.path, message: `review (${f.check}): ${f.message}` });
  }
  return issues;
}
