/**
 * Date expressions of one stretch of text, resolved against the article's publication date.
 *
 * Phrases a general parser gets wrong for news (weekdays resolve forward in chrono; "late
 * October" becomes October 1) are handled by `date-phrases.ts`; explicit calendar dates
 * ("October 23", "October 27-28", "July 2024", "in August") go to chrono-node (its results kept only where a capitalised month name is stated).
 * An uncertain publication date (a range) widens every relative date to match.
 */
import * as chrono from 'chrono-node';
import { daysInMonth, isoDay, nearestYear } from './calendar';
import { capitalisedMonth, PHRASE_RULES, type Resolved } from './date-phrases';
import type { DateMention } from './types';

/** The publication date: one day, or the span it is known to lie in. */
export interface DateAnchor {
  start: string;
  end: string;
}

/** Resolve at both ends of the anchor; if they disagree the result is an approximate union. */
function resolveOnAnchor(anchor: DateAnchor, resolve: (day: string) => Resolved | undefined): Resolved | undefined {
  const early = resolve(anchor.start);
  const late = anchor.end === anchor.start ? early : resolve(anchor.end);
  if (!early || !late) return undefined;
  if (early.from === late.from && early.to === late.to) return early;
  return {
    from: early.from,
    to: late.to,
    precision: 'approximate',
    note: `${early.note}; publication known only as ${anchor.start}..${anchor.end}, so widened`,
  };
}

function fromChrono(result: chrono.ParsedResult, anchor: DateAnchor): Resolved | undefined {
  const start = result.start;
  if (!start.isCertain('month') || !capitalisedMonth(result.text)) return undefined;
  const month = start.get('month') ?? 1;
  const yearStated = start.isCertain('year');
  const dayStated = start.isCertain('day');
  const year = yearStated ? (start.get('year') ?? 0) : nearestYear(anchor.end, month, dayStated ? (start.get('day') ?? 15) : 15);
  const yearNote = yearStated ? '' : ` (year ${year}: nearest the publication date)`;
  if (!dayStated) {
    return {
      from: isoDay(year, month, 1),
      to: isoDay(year, month, daysInMonth(year, month)),
      precision: 'month',
      note: `"${result.text}" read as the whole month${yearNote}`,
    };
  }
  const from = isoDay(year, month, start.get('day') ?? 1);
  const end = result.end;
  if (end && end.isCertain('day')) {
    const endMonth = end.get('month') ?? month;
    // A span across the new year ("December 30-January 2") ends in the next year.
    const endYear = end.isCertain('year') ? (end.get('year') ?? year) : endMonth < month ? year + 1 : year;
    const to = isoDay(endYear, endMonth, end.get('day') ?? 1);
    if (to > from) return { from, to, precision: 'range', note: `"${result.text}" read as a stated span${yearNote}` };
  }
  return { from, to: from, precision: 'day', note: `"${result.text}" read as one day${yearNote}` };
}

const overlaps = (a: { start: number; end: number }, list: ReadonlyArray<{ start: number; end: number }>): boolean =>
  list.some((b) => a.start < b.end && b.start < a.end);

/**
 * Every date expression in `text`. `offset` is where `text` starts in the article file, so
 * the mentions' offsets are file offsets.
 */
export function findDates(text: string, anchor: DateAnchor, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of PHRASE_RULES) {
    rule.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.pattern.exec(text)) !== null) {
      const span = { start: offset + m.index, end: offset + m.index + m[0].length };
      if (overlaps(span, found)) continue;
      const match = m;
      const resolved = resolveOnAnchor(anchor, (day) => rule.resolve(match, day));
      if (resolved) found.push({ ...span, text: m[0], ...resolved });
    }
  }
  const reference = new Date(`${anchor.end}T12:00:00Z`);
  for (const result of chrono.casual.parse(text, reference, { forwardDate: false })) {
    const span = { start: offset + result.index, end: offset + result.index + result.text.length };
    if (overlaps(span, found)) continue;
    const resolved = fromChrono(result, anchor);
    if (resolved) found.push({ ...span, text: result.text, ...resolved });
  }
  const dated = found.map((d) => sinceUntilPublication(pastTense(d, text, offset, anchor), text, offset, anchor));
  return expectedApart(nightOfItsDay(dated, text, offset), text, offset).sort((a, b) => a.start - b.start);
}

/**
 * "mudslides washed away houses overnight in Malawi on Sunday": a night followed closely by
 * the day it belongs to is that day's, not the night into the publication day; the day alone
 * dates it. A night running into a day ("overnight into Monday", "overnight and early on
 * Saturday") or a day further off (a telling's, another clause's) leaves both as they are.
 */
function nightOfItsDay(dates: DateMention[], text: string, offset: number): DateMention[] {
  const night = dates.find((d) => /^overnight$/i.test(d.text));
  if (!night) return dates;
  const day = dates.find((d) => d.precision === 'day' && d.from === d.to && d.start >= night.end && d.start - night.end <= 40);
  if (!day || /[,;]|\b(?:into|and|until|till|said|told|after|before)\b/i.test(text.slice(night.end - offset, day.start - offset))) return dates;
  return dates.filter((d) => d !== night);
}
// "conditions were expected to ease from Wednesday evening": the day of what is expected.
const EXPECTED_BEFORE = /\b(?:expected|forecast|predicted|likely) to\b[^,.;]{0,30}$/i;

/**
 * "Freddy was still causing rains in southern Malawi on Tuesday, but conditions were expected
 * to ease from Wednesday evening": beside a date of what happened, the day of what is only
 * expected tells no happening of its own; the sentence keeps the other.
 */
function expectedApart(dates: DateMention[], text: string, offset: number): DateMention[] {
  const expected = (d: DateMention): boolean => EXPECTED_BEFORE.test(text.slice(Math.max(0, d.start - offset - 60), d.start - offset));
  return dates.some((d) => !expected(d)) ? dates.filter((d) => !expected(d)) : dates;
}

// "since", "began in", "attacked Israel on": words that put the date before the report (a past
// participle of planning, "scheduled for", does not).
const LOOKS_BACK = /\b(?:since|began|begun|started|erupted|broke out|launched|ended|was|were|had|(?!(?:scheduled|planned|expected|slated|set|due)\b)\w+ed)\b[^.;]{0,25}$/i;

const PAST_AFTER = /^\s*,?\s*(?:said|told|announced|reported|declared|agreed|decided|signed|launched|began|ended|was|were|had)\b/i;

/**
 * "since the Gaza war began in October" in an August article: a month without its year that
 * would fall after publication, told in the past tense, is the one before it.
 */
function pastTense(d: DateMention, text: string, offset: number, anchor: DateAnchor): DateMention {
  if (d.from <= anchor.end || !/nearest the publication/.test(d.note)) return d;
  // "The Sahel states in January said ...": the past-tense verb may come right after the date.
  const after = PAST_AFTER.test(text.slice(d.end - offset, d.end - offset + 30));
  if (!after && !LOOKS_BACK.test(text.slice(Math.max(0, d.start - offset - 40), d.start - offset))) return d;
  const back = (day: string): string => {
    const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
    return isoDay(y - 1, m, Math.min(dd, daysInMonth(y - 1, m)));
  };
  return { ...d, from: back(d.from), to: back(d.to), note: `${d.note.replace(/ \(year \d+: nearest the publication date\)/, '')} (the year before: the text tells it in the past)` };
}

/** "since early October": from that date up to publication, not just the date itself. */
function sinceUntilPublication(d: DateMention, text: string, offset: number, anchor: DateAnchor): DateMention {
  if (!/\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.start - offset - 12), d.start - offset))) return d;
  if (d.from > anchor.end) return d;
  return { ...d, to: anchor.end, precision: 'approximate', note: `${d.note}; "since" runs it on to publication` };
}
