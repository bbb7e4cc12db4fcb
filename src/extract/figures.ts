/**
 * Figures with their qualifiers, as the text words them: "about 10,000", "over 7,000",
 * "up to half", "at least 28", "10,000-11,000", "several thousand". The qualifier is kept
 * rather than rounded away, because sources that disagree (7,000 vs 10,000 vs 11,000) are
 * shown side by side, not averaged.
 */
import type { FigureQualifier } from '../domain/types';
import type { FigureMention } from './types';

const QUALIFIERS: Array<[RegExp, FigureQualifier]> = [
  [/^(?:about|approximately|around|roughly|some|nearly|almost|an estimated|estimated|close to)$/i, 'about'],
  [/^(?:over|more than|in excess of|upwards of|above)$/i, 'over'],
  [/^(?:up to|as many as|a maximum of|no more than)$/i, 'up to'],
  [/^(?:at least|no fewer than|no less than|a minimum of)$/i, 'at least'],
];
const QUALIFIER_WORDS =
  'about|approximately|around|roughly|some|nearly|almost|an estimated|estimated|close to|over|more than|in excess of|upwards of|above|up to|as many as|a maximum of|no more than|at least|no fewer than|no less than|a minimum of';

export const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  dozen: 12, half: 0.5, third: 1 / 3, quarter: 0.25,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

// What is counted: a few words after the number, up to the counted noun.
const COUNTED =
  /^(?:\s+(?:of\s+)?(?:them\s+)?)((?:(?!(?:and|or|to|for|the|of|in|per)\s)[\p{L}-]+\s+){0,3}?(?:soldiers|troops|infantrymen|personnel|people|fighters|servicemen|units?|brigades|battalions|crews|gunners|sailors|pilots|engineers|instructors|specialists|flights|officers|advisers|workers|civilians|casualties|deaths|dead|wounded|missiles|drones|shells|rounds|tanks|vehicles|men|women|members|days|weeks|months|years|villages|km|kilometres|kilometers|miles)|(?:of\s+)?them)\b/iu;

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORD = Object.keys(WORD_NUMBERS).join('|');
// qualifier? number (range)? scale? | qualifier? "several"/"thousands of" | qualifier word-number
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}\-–.,])(?:(${QUALIFIER_WORDS})\s+)?(?:(\$)?(${NUMBER})(?:\s*(?:-|–|to)\s*(${NUMBER}))?(%|\s+(?:hundred|thousand|million)\b)?|(several|a few|thousands|hundreds|dozens)(?:\s+(thousand|hundred)|\s+of)?|(${WORD})(?:\s+or\s+(${WORD}))?\b)`,
  'giu',
);

const toNumber = (s: string): number => Number(s.replace(/,/g, ''));

function qualifierOf(words: string | undefined): FigureQualifier {
  if (!words) return 'exact';
  return QUALIFIERS.find(([re]) => re.test(words.replace(/\s+/g, ' ')))?.[1] ?? 'exact';
}

/** Spans the caller knows are not counts (dates), so "October 23" gives no figure 23. */
type Skip = ReadonlyArray<{ start: number; end: number }>;

/** Figures in `text`, which starts at `offset` in the article file. */
export function findFigures(text: string, offset = 0, skip: Skip = []): FigureMention[] {
  const found: FigureMention[] = [];
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(text)) !== null) {
    const [whole, qualWords, dollar, num, numMax, scaleText, vague, vagueScale, word, wordMax] = m;
    const start = offset + m.index;
    const end = start + whole.length;
    if (skip.some((s) => start < s.end && s.start < end)) continue;
    const after = text.slice(m.index + whole.length);
    // A clock time ("8:00 a.m.", "0140 hours GMT") is no count.
    if (num && (/^:\d\d/.test(after) || /:$/.test(text.slice(0, m.index)) || /^\s*(?:hours\s+)?(?:GMT|UTC|a\.m\.|p\.m\.|am\b|pm\b)/i.test(after))) continue;
    // Model names and codes ("AK-12", "60mm", "COP29", "1st") are not counts.
    if (num && /^[\p{L}]/u.test(after) && !/^(?:st|nd|rd|th)\b/.test(after) && !scaleText) continue;
    if (num && /^(?:st|nd|rd|th)\b/.test(after)) continue;
    const counted = COUNTED.exec(after);
    const measure = counted?.[1]?.trim() ?? '';
    let value: number;
    let valueMax: number | undefined;
    let qualifier = qualifierOf(qualWords);
    if (num) {
      // A bare four-digit number without a counted noun is a year ("since 1953").
      if (!numMax && !scaleText && !dollar && /^(1[89]|20)\d\d$/.test(num) && !counted) continue;
      const scale = SCALE[scaleText?.trim().toLowerCase() ?? ''] ?? 1;
      value = toNumber(num) * scale;
      if (numMax) valueMax = toNumber(numMax) * scale;
      if (scaleText === '%') value = toNumber(num);
    } else if (vague) {
      qualifier = 'several';
      const scale = SCALE[(vagueScale ?? vague.replace(/s$/, '')).toLowerCase()] ?? 1;
      // "several thousand" is at least two thousand: the lower bound the words support.
      value = 2 * (scale > 1 ? scale : 1);
      if (!counted && scale === 1) continue;
    } else {
      // "two and a half years" is a duration, and "a half" no count.
      if (!counted || /\ba\s+$/i.test(text.slice(0, m.index))) continue;
      value = WORD_NUMBERS[(word ?? '').toLowerCase()] ?? 0;
      if (wordMax) valueMax = WORD_NUMBERS[wordMax.toLowerCase()];
    }
    const fraction = word !== undefined && value < 1;
    const unit = scaleText === '%' ? 'percent' : dollar ? 'US dollars' : fraction ? `share of ${measure}` : measure || 'unspecified';
    found.push({ start, end, text: whole, value, ...(valueMax !== undefined ? { valueMax } : {}), qualifier, measure: unit });
  }
  return found;
}
