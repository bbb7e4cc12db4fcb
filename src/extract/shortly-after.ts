/**
 * What was done "shortly after the accident" took place on the accident's day. "On Sunday, a
 * launch capsized in the river ...", then, paragraphs on, "The naval police seized the cargo
 * ship after it docked at the port shortly after the accident": with no date of its own, the
 * seizure is not of the two-week report window but of the day the happening it follows was
 * told on.
 *
 * The sentence must name that happening with "the" right after "shortly/soon/just/minutes/
 * hours after"; the happening is the last one told, dated to one day by the text.
 *
 * What was done "as a follow-up of the incident" ("As a follow-up of the incident, the
 * commander in the area held a flag meeting with his counterpart") came after it, by the
 * report, no sooner: from the happening's day to the end of the report's window.
 */
import type { Told } from './told';
import type { CandidateFeature } from './types';
import { notOnlyWords } from './detail';

const SHORTLY_AFTER = /\b(?:shortly|soon|just|immediately|minutes|hours)\s+after\s+the\s+(?:[\w-]+\s+)?(?:accident|incident|attack|crash|collision|capsi[sz]e|capsi[sz]ing|sinking|blast|explosion|disaster|fire|bombing|shooting)\b/i;

const FOLLOW_UP = /\bas\s+a\s+follow[- ]?up\s+(?:of|to)\s+the\s+(?:[\w-]+\s+)?(?:accident|incident|attack|crash|collision|clash|face-?off|blast|explosion|disaster|fire|bombing|shooting)\b/i;

/** Date `c` (report-dated, from `text`) to the day of the happening it follows at once; whether it did. */
export function shortlyAfter(text: string, c: CandidateFeature, happenings: readonly Told[]): boolean {
  const m = SHORTLY_AFTER.exec(text);
  const later = m ? undefined : FOLLOW_UP.exec(text);
  if ((!m && !later) || !c.candidate.reportDated) return false;
  const h = notOnlyWords(happenings).at(-1);
  const p = h?.candidate.properties;
  if (!h || !p || h.candidate.candidate.reportDated || p.datePrecision !== 'day' || p.start !== p.end) return false;
  if (later) {
    if (c.properties.end < p.start) return false;
    Object.assign(c.properties, { start: p.start, datePrecision: 'range', dateNote: `no date in the sentence: "${later[0]}" puts it after the happening it follows (${p.start}), by the report (${c.properties.end})` });
    c.candidate.reportDated = false;
    c.candidate.datePhrase = `(${later[0]})`;
    return true;
  }
  if (!m) return false;
  Object.assign(c.properties, { start: p.start, end: p.end, datePrecision: 'day', dateNote: `no date in the sentence: "${m[0]}" puts it on the day of the happening it follows (${p.start})` });
  c.candidate.reportDated = false;
  c.candidate.datePhrase = `(${m[0]})`;
  return true;
}
