/**
 * Relative and fuzzy date phrases that a general parser resolves too precisely or forward in
 * time: "late October", "the end of October", "last week", weekdays. Each resolves against one
 * anchor day; `dates.ts` resolves against both ends of an uncertain publication date.
 */
import { addDays, daysInMonth, isoDay, MONTH_NAMES, monthNumber, nearestYear, parts, WEEKDAY_NAMES, WEEKDAYS, weekdayOf } from './calendar';
import type { DatePrecision } from './types';

export interface Resolved {
  from: string;
  to: string;
  precision: DatePrecision;
  note: string;
}

export interface PhraseRule {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, anchor: string) => Resolved | undefined;
}

const MONTH = `(${MONTH_NAMES})`;
const YEAR = '(?:,?\\s+(\\d{4}))?';

function monthSpan(name: string, yearText: string | undefined, anchor: string): { year: number; month: number } | undefined {
  const month = monthNumber(name);
  if (month === undefined) return undefined;
  return { month, year: yearText ? Number(yearText) : nearestYear(anchor, month) };
}

// Parts of a month, as reporters use them; the bounds are wide enough to be honest.
const PART_DAYS: Record<string, [number, number | 'end']> = {
  early: [1, 10], beginning: [1, 10], start: [1, 10],
  mid: [11, 20], middle: [11, 20],
  late: [21, 'end'], end: [21, 'end'],
};

function partOfMonth(part: string, monthName: string, yearText: string | undefined, anchor: string, phrase: string): Resolved | undefined {
  const span = monthSpan(monthName, yearText, anchor);
  const days = PART_DAYS[part.toLowerCase()];
  if (!span || !days) return undefined;
  const last = daysInMonth(span.year, span.month);
  const to = days[1] === 'end' ? last : days[1];
  return {
    from: isoDay(span.year, span.month, days[0]),
    to: isoDay(span.year, span.month, to),
    precision: 'approximate',
    note: `"${phrase}" read as days ${days[0]}-${to} of ${monthName} ${span.year}${yearText ? '' : ' (year nearest the publication date)'}`,
  };
}

/** Monday..Sunday of the week before the anchor's week. */
function previousWeek(anchor: string): [string, string] {
  const sinceMonday = (weekdayOf(anchor) + 6) % 7;
  const monday = addDays(anchor, -sinceMonday - 7);
  return [monday, addDays(monday, 6)];
}

/** "December 14 and 15", "14 and 15 December": two days, one range (a day of the month is no figure). */
function twoDays(monthName: string, first: string, second: string, yearText: string | undefined, anchor: string, phrase: string): Resolved | undefined {
  const month = monthNumber(monthName);
  const a = Number(first);
  const b = Number(second);
  if (month === undefined || !(a >= 1 && b > a && b <= 31)) return undefined;
  const year = yearText ? Number(yearText) : nearestYear(anchor, month, a);
  if (b > daysInMonth(year, month)) return undefined;
  return { from: isoDay(year, month, a), to: isoDay(year, month, b), precision: 'range', note: `"${phrase}" read as the two days ${a} and ${b}${yearText ? '' : ' (year nearest the publication date)'}` };
}

/** "the morning of December 21": one stated day. */
function oneDay(monthName: string, dayText: string, yearText: string | undefined, anchor: string, phrase: string): Resolved | undefined {
  const month = monthNumber(monthName);
  const day = Number(dayText);
  if (month === undefined || !(day >= 1)) return undefined;
  const year = yearText ? Number(yearText) : nearestYear(anchor, month, day);
  if (day > daysInMonth(year, month)) return undefined;
  return { from: isoDay(year, month, day), to: isoDay(year, month, day), precision: 'day', note: `"${phrase}" read as one day${yearText ? '' : ' (year nearest the publication date)'}` };
}

// "only hours after", "days after", "comes weeks after": the thing after "after" lies that far
// before the report. Bounds are wide on purpose: "weeks" is two to six of them.
// "Days" are two at least: the thing lies at least two days before the report.
const BEFORE_REPORT: Record<string, [number, number]> = { hours: [1, 0], days: [7, 2], weeks: [42, 14], months: [183, 30] };

const STATED_NEXT = new RegExp(`^\\s*(?:the\\s+)?(?:last|yesterday|today|overnight|this|on\\b|${MONTH}|${WEEKDAY_NAMES}|\\d)`, 'i');

export const PHRASE_RULES: PhraseRule[] = [
  {
    pattern: /\b(?:only |just |a few |several |some )?(hours|days|weeks|months) after\b/gi,
    resolve: (m, anchor) => {
      // "hours after last night's strikes": the date stated after "after" says it better.
      if (STATED_NEXT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30))) return undefined;
      const [far, near] = BEFORE_REPORT[(m[1] ?? '').toLowerCase()] ?? [14, 0];
      return { from: addDays(anchor, -far), to: addDays(anchor, -near), precision: 'approximate', note: `"${m[0]}" read as ${near}-${far} days before publication` };
    },
  },
  {
    // "about a week after", "a month after": one week (five to ten days) or one month (three
    // to six weeks) before the report.
    pattern: /\b(?:only |just |about |around |nearly |almost |roughly |some )?(?:a|one) (week|month) after\b/gi,
    resolve: (m, anchor) => {
      if (STATED_NEXT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30))) return undefined;
      const [far, near] = (m[1] ?? '').toLowerCase() === 'week' ? [10, 4] : [45, 21];
      return { from: addDays(anchor, -far), to: addDays(anchor, -near), precision: 'approximate', note: `"${m[0]}" read as ${near}-${far} days before publication` };
    },
  },
  {
    // "Pompeo's trip to Manila in 2019": a year stated alone after "in" is that whole year.
    pattern: /\bin ((?:19|20)\d{2})\b(?![-–/]|\s*(?:km|kilomet|miles|people|soldiers|troops|households|homes))/gi,
    resolve: (m, anchor) => {
      const year = Number(m[1]);
      if (year > parts(anchor).year) return undefined;
      return { from: isoDay(year, 1, 1), to: isoDay(year, 12, 31), precision: 'approximate', note: `"${m[0]}" read as the whole year ${year}` };
    },
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?${YEAR}\\b`, 'g'),
    resolve: (m, anchor) => twoDays(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4], anchor, m[0]),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}${YEAR}\\b`, 'g'),
    resolve: (m, anchor) => twoDays(m[3] ?? '', m[1] ?? '', m[2] ?? '', m[4], anchor, m[0]),
  },
  {
    // "on Friday 16, June 2023": a weekday and its day with a comma before the month are one
    // day, not the day read alone and the month besides.
    pattern: new RegExp(`\\b(?:${WEEKDAY_NAMES}),?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+${MONTH}${YEAR}\\b`, 'g'),
    resolve: (m, anchor) => oneDay(m[2] ?? '', m[1] ?? '', m[3], anchor, m[0]),
  },
  {
    // "On the morning of December 21": a time of day before a stated day is that day (the
    // general parser reads the day as merely implied there, and the sentence went undated).
    pattern: new RegExp(`\\b(?:morning|afternoon|evening|night)\\s+of\\s+(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})(?:st|nd|rd|th)?${YEAR}\\b`, 'g'),
    resolve: (m, anchor) => oneDay(m[1] ?? m[4] ?? '', m[2] ?? m[3] ?? '', m[5], anchor, m[0]),
  },
  {
    // "late August" is the month's last third; "late August 8" is late on the 8th (the day
    // follows the month, and the part of the month is no reading of it).
    pattern: new RegExp(`\\b(early|mid|late)[-\\s]+${MONTH}${YEAR}\\b(?!\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)`, 'gi'),
    resolve: (m, anchor) => partOfMonth(m[1] ?? '', m[2] ?? '', m[3], anchor, m[0]),
  },
  {
    pattern: new RegExp(`\\b(?:the\\s+)?(beginning|start|middle|end)\\s+of\\s+${MONTH}${YEAR}\\b`, 'gi'),
    resolve: (m, anchor) => partOfMonth(m[1] ?? '', m[2] ?? '', m[3], anchor, m[0]),
  },
  {
    pattern: /\blast\s+week\b/gi,
    resolve: (m, anchor) => {
      const [from, to] = previousWeek(anchor);
      return { from, to, precision: 'approximate', note: `"${m[0]}" read as the Monday-Sunday week before publication` };
    },
  },
  {
    pattern: /\b(?:earlier\s+)?this\s+week\b/gi,
    resolve: (m, anchor) => {
      const from = addDays(anchor, -((weekdayOf(anchor) + 6) % 7));
      return { from, to: anchor, precision: 'approximate', note: `"${m[0]}" read as the publication week up to publication` };
    },
  },
  {
    // "since last October" in an October article: the last such month before the one of
    // publication, a year back when the months are the same or it would lie ahead.
    pattern: new RegExp(`\\blast\\s+${MONTH}\\b`, 'g'),
    resolve: (m, anchor) => {
      const month = monthNumber(m[1] ?? '');
      if (month === undefined) return undefined;
      const { year, month: now } = parts(anchor);
      const y = month >= now ? year - 1 : year;
      return { from: isoDay(y, month, 1), to: isoDay(y, month, daysInMonth(y, month)), precision: 'month', note: `"${m[0]}" read as the last ${m[1]} before the month of publication` };
    },
  },
  {
    // "have come out to demonstrate since the weekend": from the last Saturday before
    // publication up to publication, not the weekend alone nor the report's day alone.
    pattern: /\bsince\s+(?:the|last)\s+weekend\b/gi,
    resolve: (m, anchor) => {
      const sunday = addDays(anchor, -(weekdayOf(anchor) % 7));
      const saturday = addDays(sunday, -1);
      if (saturday === anchor) return undefined;
      return { from: saturday, to: anchor, precision: 'approximate', note: `"${m[0]}" read as from the last Saturday on or before publication up to publication` };
    },
  },
  {
    // "over the weekend", "at the weekend": the Saturday and Sunday on or before publication.
    pattern: /\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?:last|this)\s+weekend\b/gi,
    resolve: (m, anchor) => {
      const sunday = addDays(anchor, -(weekdayOf(anchor) % 7));
      return { from: addDays(sunday, -1), to: sunday, precision: 'range', note: `"${m[0]}" read as the last Saturday and Sunday on or before publication` };
    },
  },
  {
    pattern: /\blast\s+month\b/gi,
    resolve: (m, anchor) => {
      const { year, month } = parts(anchor);
      const y = month === 1 ? year - 1 : year;
      const mo = month === 1 ? 12 : month - 1;
      return { from: isoDay(y, mo, 1), to: isoDay(y, mo, daysInMonth(y, mo)), precision: 'month', note: `"${m[0]}" read as the month before publication` };
    },
  },
  {
    // "on the night of Tuesday to Wednesday": one night over two days, the later one the last
    // such weekday on or before publication.
    pattern: new RegExp(`\\bnight\\s+(?:of|from)\\s+(${WEEKDAY_NAMES})\\s+(?:to|into|and)\\s+(${WEEKDAY_NAMES})\\b`, 'gi'),
    resolve: (m, anchor) => {
      const first = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase() as (typeof WEEKDAYS)[number]);
      const second = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase() as (typeof WEEKDAYS)[number]);
      if ((first + 1) % 7 !== second) return undefined;
      const to = addDays(anchor, -((weekdayOf(anchor) - second + 7) % 7));
      return { from: addDays(to, -1), to, precision: 'range', note: `"${m[0]}" read as one night, the last ${m[2]} on or before publication and the day before` };
    },
  },
  {
    // "last night's strikes", "overnight", "this morning": the night before publication, or its day.
    pattern: /\b(last night|overnight|this morning|earlier today|tonight|this evening)(?:['’]s)?\b/gi,
    resolve: (m, anchor) => {
      const phrase = (m[1] ?? '').toLowerCase();
      if (phrase === 'last night') return { from: addDays(anchor, -1), to: addDays(anchor, -1), precision: 'day', note: `"${m[0]}" read as the night before publication` };
      if (phrase === 'overnight') return { from: addDays(anchor, -1), to: anchor, precision: 'range', note: `"${m[0]}" read as the night into the publication day` };
      return { from: anchor, to: anchor, precision: 'day', note: `"${m[0]}" read as the publication day` };
    },
  },
  {
    pattern: /\b(yesterday|today)\b/gi,
    resolve: (m, anchor) => {
      const day = m[1]?.toLowerCase() === 'yesterday' ? addDays(anchor, -1) : anchor;
      return { from: day, to: day, precision: 'day', note: `"${m[0]}" read against the publication date` };
    },
  },
  {
    // Weekdays: the most recent one on or before publication, unless "next". News style names
    // even the day of publication by its weekday ("issued a warning on Monday" in Monday's paper),
    // and a weekday never means one a week ahead without "next".
    pattern: new RegExp(`\\b(?:(last|next|this)\\s+)?(${WEEKDAY_NAMES})\\b`, 'g'),
    resolve: (m, anchor) => {
      const target = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase() as (typeof WEEKDAYS)[number]);
      const today = weekdayOf(anchor);
      if (m[1]?.toLowerCase() === 'next') {
        const ahead = ((target - today + 7) % 7) || 7;
        const day = addDays(anchor, ahead);
        return { from: day, to: day, precision: 'day', note: `"${m[0]}" read as the first ${m[2]} after publication` };
      }
      // "campaigning for Sunday's upper house election", "ahead of Sunday's polling": a vote
      // still to come is named by its weekday; that day is no date of what the sentence tells.
      if (!m[1] && VOTE_AHEAD_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index)) && VOTE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 60))) return undefined;
      const back = (today - target + 7) % 7;
      const day = addDays(anchor, -back);
      return { from: day, to: day, precision: 'day', note: `"${m[0]}" read as the last ${m[2]} on or before publication` };
    },
  },
];

const VOTE_AHEAD_BEFORE = /\b(?:ahead\s+of|before|for|towards?)\s+$/i;
const VOTE_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:elections?|vote|votes|voting|polls?|polling|referendum|run-?off|ballot)\b/iu;

/** Month names in the text must be capitalised: "may deploy" and "to march" are verbs. */
export const capitalisedMonth = (text: string): boolean => {
  const name = new RegExp(`${MONTH}|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?`, 'i').exec(text)?.[0];
  return name !== undefined && /^[A-Z]/.test(name);
};
