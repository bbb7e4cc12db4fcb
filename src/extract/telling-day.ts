/**
 * A day that dates only the telling. "Gunmen attacked six communities ..., killing civilians,
 * an official confirmed to Anadolu Agency on Friday": the sentence's one day closes it, in
 * the clause that says who told it, after a verb of telling; the happening itself is given no
 * day, so it is dated by its report (it happened by then), not on the day it was confirmed.
 *
 * Only the publication day itself (a telling on that day is the report; "a medic told AFP on
 * Wednesday" in a report filed on Thursday still dates what was told to that Wednesday), only
 * a day that ends the sentence, in a clause set off by a comma that holds nothing but the
 * teller, the verb and whom it was told to, and only when no other date is in the sentence. A
 * telling that opens the sentence ("Officials said on Friday that ...") is left as it is.
 * A count or state closed by "according to <source> on <day>" is as of that day: the
 * publication day or the day before it is the report's, and the sentence is dated by it.
 *
 * A sentence that has a day of its happening as well ("The gunman opened fire at a bowling alley on
 * Wednesday night, the governor said at a news conference Thursday", "“Yesterday was
 * the worst day of my life,” the mayor ... told national broadcaster RTVE on Wednesday") tells
 * one happening, not two: a day that ends it in the clause of who told it, and is no earlier
 * than another of its days, dates only the telling, whatever day it is. Not a count of the dead
 * or hurt ("killed at least eight ..., officials said on Monday"): a toll is as of the day it
 * was told, a report of its own.
 */
import { addDays } from './calendar';
import type { DateMention } from './types';
import { TOLL } from './words';

// ", an official confirmed to Anadolu Agency on Friday", ", police told reporters late Sunday", ", two
// diplomats coordinating their country's response told AFP on Tuesday" (a teller of up to eight words).
const TELLING_CLAUSE = /,\s+(?:[\p{L}'’.-]+\s+){1,8}(?:confirmed|told|reported|announced)(?:\s+(?:to\s+)?(?:[\p{L}'’.-]+\s+){0,4}?)?\s*(?:on\s+|late\s+|early\s+)?$/u;
// ", according to local authorities on Friday": the sources a sentence's facts are as of.
const ACCORDING_CLAUSE = /,\s+according\s+to\s+(?:[\p{L}'’.-]+\s+){1,5}(?:on\s+|late\s+|early\s+)?$/u;
// ", the governor said at a news conference ", ", a town in Valencia, told national broadcaster RTVE on ".
const TOLD_CLAUSE = /,\s+(?:[\p{L}'’.-]+\s+){0,6}(?:said|says|told|confirmed|reported|announced|stated)\s+(?:(?:to|at|in)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:on\s+|late\s+|early\s+)?$/u;
const SENTENCE_END = /^\s*[.!?]?["”’]?\s*$/;

/** The sentence's dates, less a day that dates only the telling of what it reports. */
export function withoutTellingDay(text: string, start: number, dates: readonly DateMention[], published: { start: string; end: string }): DateMention[] {
  if (dates.length > 1) return withoutToldDay(text, start, dates);
  if (dates.length !== 1) return [...dates];
  const [d] = dates as [DateMention];
  // ", according to local authorities on Friday": a count or a state told as of a day the
  // report follows by a day at most is as the report tells it, not a happening of that day.
  if (d.precision === 'day' && d.from === d.to && (d.from === published.end || d.from === addDays(published.end, -1)) && SENTENCE_END.test(text.slice(d.end - start)) && ACCORDING_CLAUSE.test(text.slice(0, d.start - start))) return [];
  if (d.precision !== 'day' || d.from !== published.end || d.to !== published.end || !SENTENCE_END.test(text.slice(d.end - start))) return [...dates];
  return TELLING_CLAUSE.test(text.slice(0, d.start - start)) ? [] : [...dates];
}

/** The dates of a sentence with more than one, less a closing day that dates only its telling. */
function withoutToldDay(text: string, start: number, dates: readonly DateMention[]): DateMention[] {
  const last = dates.reduce((a, b) => (b.end > a.end ? b : a));
  if (last.precision !== 'day' || TOLL.test(text) || !SENTENCE_END.test(text.slice(last.end - start))) return [...dates];
  const others = dates.filter((d) => d !== last);
  if (!others.some((d) => d.from <= last.from) || !TOLD_CLAUSE.test(text.slice(0, last.start - start))) return [...dates];
  return others;
}
