/**
 * Dates a sentence takes from the sentences before it, and dates a sentence states that are
 * not its own event's.
 *
 * News chains its reports: "At an October 17 press conference, Zelenskyy revealed ...
 * Budanov later reported ... He added that ... Ukraine has since shared ...". Each of those
 * sentences states no date, but "later" and "since" bound it from below by the last stated
 * date, and "He added" continues the previous report. Without this they fall back to the
 * two-week reporting window, which is both vaguer and, for "later" after an older date, wrong.
 */
import { addDays } from './calendar';
import type { DateMention, PlaceMention, Sentence } from './types';
import type { DateAnchor } from './dates';
import { NUMBER_WORD, NUMBER_WORDS } from './words';

// "Later, ...", "X later reported", "has since shared", "Since then, ...": after the last date.
const AFTER_PREVIOUS = /^(?:later|subsequently|afterwards|since then),|\b(?:has|have|had)\s+since\b|\blater\s+(?:\w+ed|said|told)\b/i;
// "A day earlier, ...", "The day before, ...", "The previous morning, ...": counted back from the last day stated.
const DAYS_BEFORE = /^\W*(?:(a|one|two|three) days? (?:earlier|before)|the (?:day before|previous (?:day|morning|afternoon|evening|night)))\b/i;
// "Days before, ...", "A few weeks earlier, ...": some days or weeks before the last day stated.
const SOME_BEFORE = /^\W*(?:only |just |a few |several |some )?(days|weeks) (?:earlier|before)\b/i;
const SOME: Record<string, [number, number]> = { days: [7, 2], weeks: [42, 14] };
// "He added that ...": the same report as the sentence before, so the same date.
const CONTINUES = /^(?:he|she|they)\s+(?:also\s+)?(?:added|continued|went on|said|noted)\b/i;

/** Whether the sentence goes on with the report just before it ("He added that ..."). */
export const continuesPrevious = (sentence: Sentence): boolean => CONTINUES.test(sentence.text);

/**
 * The date a sentence without a date of its own carries over, or undefined when nothing links
 * it to an earlier one. `last` is the last date stated in (or carried by) any earlier sentence;
 * `previous` the date of the sentence just before.
 */
export function chainedDate(sentence: Sentence, last: DateMention | undefined, previous: DateMention | undefined, anchor: DateAnchor): DateMention | undefined {
  const span = (m: RegExpExecArray): Pick<DateMention, 'start' | 'end' | 'text'> => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0] });
  const after = AFTER_PREVIOUS.exec(sentence.text);
  if (after && last && last.from <= anchor.end) {
    return {
      ...span(after), from: last.from, to: anchor.end, precision: 'approximate',
      note: `"${after[0].trim()}": after the last dated report (${last.from}), up to the last possible publication day`,
    };
  }
  // "A day earlier, two minors died ...": that many days before the last day stated.
  const before = DAYS_BEFORE.exec(sentence.text);
  if (before && last && last.precision === 'day' && last.from === last.to) {
    const n = ({ two: 2, three: 3 } as Record<string, number>)[(before[1] ?? '').toLowerCase()] ?? 1;
    const day = addDays(last.from, -n);
    return { ...span(before), from: day, to: day, precision: 'day', note: `"${before[0].trim()}": ${n} day${n > 1 ? 's' : ''} before the last day stated (${last.from})` };
  }
  const some = SOME_BEFORE.exec(sentence.text);
  if (some && last && last.precision === 'day' && last.from === last.to) {
    const [far, near] = SOME[(some[1] ?? '').toLowerCase()] ?? [7, 2];
    return { ...span(some), from: addDays(last.from, -far), to: addDays(last.from, -near), precision: 'approximate', note: `"${some[0].trim()}": ${near}-${far} days before the last day stated (${last.from})` };
  }
  const continues = CONTINUES.exec(sentence.text);
  if (continues && previous) {
    return { ...span(continues), from: previous.from, to: previous.to, precision: previous.precision, note: `"${continues[0]}" continues the previous report: its date (${previous.note})` };
  }
  return undefined;
}

/**
 * Whether `date` sits in a clause that describes a place rather than the sentence's event:
 * "Russia's western Kursk region, which Ukraine invaded in August", "the Russian region of
 * Kursk, attacked by Ukraine in August". Returns the place so the clause can be its own
 * candidate (the place's history), or undefined.
 */
export function placeModified(sentence: Sentence, date: DateMention, places: readonly PlaceMention[]): PlaceMention | undefined {
  const before = sentence.text.slice(0, date.start - sentence.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return undefined;
  const clause = before.slice(comma + 1);
  if (!/^\s+(?:which|where|\w+ed\b)/i.test(clause) || /[;:–—]/.test(clause)) return undefined;
  const head = before.slice(0, comma).trimEnd();
  return places.find((p) => p.end - sentence.start === head.length);
}

/** The place and its modifying clause up to the clause's end: the quote for that history. */
export function modifierSpan(sentence: Sentence, place: PlaceMention, date: DateMention): Pick<Sentence, 'start' | 'end'> {
  const rest = sentence.text.slice(date.end - sentence.start);
  const stop = /[,.;:!?]/.exec(rest);
  return { start: place.start, end: date.end + (stop ? stop.index : rest.length) };
}

// How far before publication an undated claim is placed: news reports what is current.
const REPORT_WINDOW_DAYS = 14;
// How far before publication a candidate left with only that window is finally dated.
const REPORT_DAYS_BEFORE = 1;

/**
 * The dates a candidate dated only by its report finally claims. A happening a report tells
 * with no day of its own ("At least 16 people were killed ...", "An oil tanker has been
 * hijacked") is news since the last edition: of the report's day or the day before, not of any
 * day in the two weeks before it. The two weeks still bound which later day may date it or
 * which candidate it joins while the article is read; only what the candidate finally claims
 * narrows. It stays approximate and report-dated: it claims no day.
 */
export function narrowReportWindow(c: { properties: { start: string; end: string; datePrecision: string; dateNote?: string }; candidate: { reportDated: boolean } }, published: { start: string; end: string }): void {
  const p = c.properties;
  if (!c.candidate.reportDated || p.datePrecision !== 'approximate' || p.start !== addDays(published.start, -REPORT_WINDOW_DAYS) || p.end !== published.end) return;
  p.start = addDays(published.start, -REPORT_DAYS_BEFORE);
  p.dateNote = 'no date in the sentence: news of the report, placed from the day before publication up to its last possible day (report time, not a stated event time)';
}

/**
 * The news day a report goes on with: a sentence with no date of its own, within three
 * paragraphs after one that dated the story to a day at most two days before publication ("said Tuesday", then "The
 * military said Ukrainian forces launched an attack with up to 300 soldiers"), is that day's.
 */
export function storyDate(last: DateMention | undefined, lastParagraph: number | undefined, s: Sentence, paragraph: number, published: { start: string; end: string }): DateMention | undefined {
  if (!last || lastParagraph === undefined || paragraph - lastParagraph > 3) return undefined;
  if (last.precision !== 'day' || last.from < addDays(published.start, -2) || last.to > published.end) return undefined;
  return { start: s.start, end: s.start, text: last.text.startsWith('(') ? last.text : `(${last.text})`, from: last.from, to: last.to, precision: 'day', note: `no date in the sentence: the report goes on with the story's day, "${last.text}" (${last.from}), stated just before` };
}

// "At 9.40am", "at 9:40 a.m. local time", "from 10:35 am": a time of day, no day of its own.
const CLOCK = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}[:.]\d{2}\s*(?:hrs|hours|local time|GMT|UTC)\b/i;

/** Whether the sentence tells a time of day ("At 9.40am") without a date. */
export const tellsClockTime = (s: Sentence): boolean => CLOCK.test(s.text);

/**
 * A time of day belongs to the story's day: "Cambodian soldiers opened fire ... on Thursday
 * morning", then, paragraphs on, "At 9.40am, Cambodia fired rockets at ...". A timeline of one
 * day runs as long as the article does, so, unlike a sentence with nothing of time in it, it
 * takes the news day however far back it was stated. `newsDay` is the last day stated (at
 * most two days before publication) in the article so far.
 */
export const clockDay = (newsDay: DateMention | undefined, s: Sentence, published: { start: string; end: string }): DateMention | undefined =>
  onStoryDay(CLOCK, newsDay, s, published, (words) => `"${words}" is a time of day with no date of its own: the story's day, "${newsDay?.text}" (${newsDay?.from}), stated before`);

/**
 * The words `pattern` finds in `s`, dated to `day`: a day stated in the article, by the day (at
 * most two days before publication, and not after it). `note` says why, from the words found.
 */
function onStoryDay(pattern: RegExp, day: DateMention | undefined, s: Sentence, published: { start: string; end: string }, note: (words: string) => string): DateMention | undefined {
  const m = pattern.exec(s.text);
  if (!m || !day || day.precision !== 'day' || day.from < addDays(published.start, -2) || day.to > published.end) return undefined;
  return { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], from: day.from, to: day.to, precision: 'day', note: note(m[0]) };
}

// "Minutes after attacking the alley, ...", "Moments later, ...": the next moment of the happening.
const MOMENTS_AFTER = /^\W*(?:(?:only|just|a few)\s+)?(?:minutes|moments|seconds)\s+(?:after|later)\b/i;

/**
 * The next moment of the happening the story opened with is on that happening's day: "The
 * usual crowd of a Wednesday night ...", a family that "had not been identified ... Thursday",
 * then "Minutes after attacking the alley, the gunman showed up at a bar". `firstDay` is the
 * first day stated in the article (at most two days before publication), not the last: a day
 * the report mentioned since is no part of a sequence counted in minutes.
 */
export const momentsDay = (firstDay: DateMention | undefined, s: Sentence, published: { start: string; end: string }): DateMention | undefined =>
  onStoryDay(MOMENTS_AFTER, firstDay, s, published, (words) => `"${words.trim()}": the next moment of the happening the story opened with, on its day, "${firstDay?.text}" (${firstDay?.from})`);

// "Another drone targeted ...", "A third missile hit ...", "Drones also struck ...": one more of
// a series of hits the story has been telling, on its day.
const SERIES = /^(?:another|a\s+(?:second|third|fourth|fifth|further))\s+(?:[\p{L}-]+\s+)?(?:drone|missile|rocket|shell|bomb|strike|blast|explosion)s?\b|^(?:[\p{L}-]+\s+)?(?:drones|missiles|rockets|shells|bombs|strikes)\s+also\b/iu;

/**
 * One more hit of a series belongs to the story's day: "Drones struck the airport ... on
 * Tuesday", then, paragraphs on, "Another drone targeted the main army base". `newsDay` as
 * for `clockDay`.
 */
export const seriesDay = (newsDay: DateMention | undefined, s: Sentence, published: { start: string; end: string }): DateMention | undefined =>
  onStoryDay(SERIES, newsDay, s, published, (words) => `"${words}" is one more hit of the series the story tells: the story's day, "${newsDay?.text}" (${newsDay?.from}), stated before`);

/** The date of a sentence that states none: the reporting window, honestly approximate. */
export function reportWindow(sentence: Sentence, published: { start: string; end: string }): DateMention {
  return {
    start: sentence.start, end: sentence.start, text: '',
    from: addDays(published.start, -REPORT_WINDOW_DAYS), to: published.end, precision: 'approximate',
    note: `no date in the sentence: placed in the ${REPORT_WINDOW_DAYS} days before publication up to its last possible day (report time, not a stated event time)`,
  };
}

// "a four-day visit", "the three day-trip": a span the text gives in days.
const SPAN = new RegExp(String.raw`\b(${NUMBER_WORD}|\d{1,2})[- ]days?[- ](?:long )?(?:official |state )?(?:visit|trip|tour|stay|mission|summit|talks)\b`, 'i');

/** A day the sentence starts ("arrived on Saturday for a four-day visit") run on over the span it states. */
export function spannedBy(text: string, date: DateMention): DateMention {
  const m = SPAN.exec(text);
  if (!m || date.from !== date.to) return date;
  const word = (m[1] ?? '').toLowerCase();
  const days = /^\d/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word) + 1;
  if (days < 2) return date;
  return { ...date, to: addDays(date.from, days - 1), precision: 'range', note: `${date.note}; "${m[0]}" runs it over ${days} days` };
}

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
// "faced its fourth day of severe rioting on Thursday", "a third straight night of clashes":
// the day told is the happening's n-th, so it began n - 1 days before.
const NTH_DAY = new RegExp(String.raw`\b(?:its|the|a)\s+(${ORDINALS.join('|')})\s+(?:consecutive\s+|straight\s+|successive\s+)?(?:day|night)\s+of\b`, 'i');

/** A day the sentence tells as the happening's n-th ("its fourth day of rioting on Thursday"), run back to its first. */
export function countedBack(text: string, date: DateMention): DateMention {
  const m = NTH_DAY.exec(text);
  if (!m || date.from !== date.to) return date;
  const days = ORDINALS.indexOf((m[1] ?? '').toLowerCase()) + 2;
  if (days < 2) return date;
  return { ...date, from: addDays(date.from, -(days - 1)), precision: 'range', note: `${date.note}; "${m[0]}" runs it back over ${days} days` };
}

// "on Saturday said,", "said on Saturday:": the day a speaker spoke, before the quotation opens.
const SPOKE = /^\s*(?:said|says|told|stated|added)\b|\b(?:said|says|told|stated|added)\s+(?:on\s+)?$/i;
const SPEAKERS_DAY = /^(?:today|yesterday)$/i;

/**
 * "Mullah Jan Saigh on Saturday said, "Unfortunately, today we had an earthquake ..."": in a
 * quotation, "today" and "yesterday" are the speaker's, counted from the day the sentence says
 * the speaker spoke, not from the report's. The re-counted day replaces the speaking day's
 * mention, which dates the same telling: one date, the happening's.
 */
export function speakersDay(text: string, start: number, dates: readonly DateMention[]): DateMention[] {
  const open = text.search(/[“"]/);
  if (open < 0) return [...dates];
  const spoke = dates.find((d) => d.end - start <= open && d.precision === 'day' && d.from === d.to &&
    (SPOKE.test(text.slice(d.end - start, Math.min(open, d.end - start + 25))) || SPOKE.test(text.slice(Math.max(0, d.start - start - 25), d.start - start))));
  if (!spoke) return [...dates];
  const quoted = dates.filter((d) => d.start - start > open && SPEAKERS_DAY.test(d.text.trim()));
  if (quoted.length === 0) return [...dates];
  return dates.flatMap((d) => {
    if (d === spoke) return [];
    if (!quoted.includes(d)) return [d];
    const day = /^yesterday$/i.test(d.text.trim()) ? addDays(spoke.from, -1) : spoke.from;
    return [{ ...d, from: day, to: day, precision: 'day' as const, note: `"${d.text}" in the quotation of a speaker who spoke on ${spoke.from} ("${spoke.text}")` }];
  });
}

/**
 * "Freddy barrelled through southern Africa at the weekend ... Malawi bore the brunt, counting
 * 99 deaths after mudslides overnight washed away houses": in a report filed days later, a
 * bare "overnight" right after a sentence dated to a day or a weekend before publication is a
 * night of that time, not the night into the publication day. `previous` are the dates of the
 * sentence just before, in the same paragraph.
 */
export function nightAfter(dates: readonly DateMention[], previous: readonly DateMention[], published: { start: string; end: string }): DateMention[] {
  const [night, ...more] = dates;
  if (!night || more.length > 0 || !/^overnight$/i.test(night.text)) return [...dates];
  const before = previous.find((d) => (d.precision === 'day' || d.precision === 'range') && d.to < published.start && d.to >= addDays(published.start, -3) && d.from >= addDays(d.to, -2));
  if (!before) return [...dates];
  return [{ ...night, from: before.from, to: addDays(before.to, 1), precision: 'range', note: `"overnight" right after a sentence dated ${before.from}..${before.to} ("${before.text}"): a night of that time` }];
}
