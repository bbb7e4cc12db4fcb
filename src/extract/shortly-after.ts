/**
 * What was done "shortly after the accident" took place on the accident's day. "On Sunday, a
 * launch capsized in the river ...", then, paragraphs on, "The naval police seized the cargo
 * ship after it docked at the port shortly after the accident": with no date of its own, the
 * seizure is not of the two-week report window but of the day the happening it follows was
 * told on.
 *
 * The sentence must name that happening with "the" right after "shortly/soon/just/minutes/
 * hours after"; the happening is the last one told, dated to one day by the text.
 */
import type { Told } from './told';
import type { CandidateFeature } from './types';
import { notOnlyWords } from './detail';

const SHORTLY_AFTER = /\b(?:shortly|soon|just|immediately|minutes|hours)\s+after\s+the\s+(?:[\w-]+\s+)?(?:accident|incident|attack|crash|collision|capsi[sz]e|capsi[sz]ing|sinking|blast|explosion|disaster|fire|bombing|shooting)\b/i;

/** Date `c` (report-dated, from `text`) to the day of the happening it follows at once; whether it did. */
export function shortlyAfter(text: string, c: CandidateFeature, happenings: readonly Told[]): boolean {
  const m = SHORTLY_AFTER.exec(text);
  if (!m || !c.candidate.reportDated) return false;
  const h = notOnlyWords(happenings).at(-1);
  const p = h?.candidate.properties;
  if (!h || !p || h.candidate.candidate.reportDated || p.datePrecision !== 'day' || p.start !== p.end) return false;
  Object.assign(c.properties, { start: p.start, end: p.end, datePrecision: 'day', dateNote: `no date in the sentence: "${m[0]}" puts it on the day of the happening it follows (${p.start})` });
  c.candidate.reportDated = false;
  c.candidate.datePhrase = `(${m[0]})`;
  return true;
}
