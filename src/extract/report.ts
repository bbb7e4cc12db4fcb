/**
 * The review report, for a terminal: per article its excluded blocks and its candidates with
 * quote, date, place, attribution, confidence and the curated events each one matches.
 */
import type { Match } from './match';
import type { ArticleResult } from './candidates';
import type { CandidateFeature, Publication } from './types';

const QUOTE_MAX = 220;
// Under this learned chance most candidates of the development set were a happening's detail,
// a reaction or background rather than an event of their own (keep-score.ts): say so, so a
// reader can skim them.
const LOW_CONFIDENCE = 0.3;

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const span = (p: { start: string; end: string }): string => (p.start === p.end ? p.start : `${p.start}..${p.end}`);

/** One candidate, several indented lines. */
export function formatCandidate(c: CandidateFeature, matches: readonly Match[]): string {
  const p = c.properties;
  const lines = [
    `  ${c.id}  ${p.category}  confidence ${c.candidate.confidence.toFixed(2)}${c.candidate.confidence < LOW_CONFIDENCE ? ' (low: likely a detail, reaction or background)' : ''}${c.candidate.autoGeocoded ? '  [auto-geocoded: check the place]' : ''}`,
    `    date    ${span(p)} (${p.datePrecision})  ${c.candidate.datePhrase.startsWith('(') ? c.candidate.datePhrase : `"${c.candidate.datePhrase}"`}`,
    `    place   ${p.place} (${p.locationPrecision}, ${p.placeBasis})  "${c.candidate.placePhrase}"`,
  ];
  if (p.origin) lines.push(`    origin  ${p.origin} (${p.originBasis ?? 'stated'})`);
  // A happening told in several sentences carries one claim per sentence.
  p.claims.forEach((claim, i) => {
    lines.push(`    ${i === 0 ? 'quote  ' : 'and    '} [${claim.offsets?.join(', ') ?? 'no offsets'}) "${clip(claim.quote, QUOTE_MAX)}"`);
    lines.push(`    by      ${claim.attribution}  (${claim.status})`);
  });
  if (p.figures.length) lines.push(`    figures ${p.figures.map((f) => `"${f.text}" ${f.measure}`).join('; ')}`);
  lines.push(
    matches.length
      ? `    matches ${matches.slice(0, 3).map((m) => `${m.eventId} (${m.score.toFixed(2)}: ${m.reasons.join(', ')})`).join('\n            ')}${matches.length > 3 ? `\n            and ${matches.length - 3} more` : ''}`
      : '    matches none: a new event, or a miss',
  );
  return lines.join('\n');
}

/** The whole block for one article. */
export function formatArticle(path: string, published: Publication, result: ArticleResult, matchesOf: (c: CandidateFeature) => Match[]): string {
  const head = `${path}  published ${span(published)}${published.outlet ? `, ${published.outlet}` : ''}: ${result.candidates.length} candidate${result.candidates.length === 1 ? '' : 's'}`;
  const excluded = result.excluded.map((r) => `  not mined [${r.start}, ${r.end}): ${r.reason}`);
  const body = result.candidates.map((c) => formatCandidate(c, matchesOf(c)));
  return [head, ...excluded, ...body, ''].join('\n');
}
