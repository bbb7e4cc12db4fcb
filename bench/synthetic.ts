/**
 * Synthetic data sets in the app's schema, for the benchmark. Pure: records come out one at a
 * time from a seeded PRNG, so `generate.ts` can stream a million of them to disk without ever
 * holding the file in memory, and the same seed always gives the same bytes.
 *
 * Records are deliberately lean (short ids, one-line quotes, no dateNote, `figures` omitted
 * when empty, which the schema defaults to []): the 1M set must stay under what one browser
 * string and one JSON.parse can take (V8 strings stop at ~512 M characters).
 */
import type { z } from 'zod';
import type { eventFeatureSchema, placeSchema } from '../src/domain/schema';
import type { Category, ClaimStatus, DatePrecision, FigureQualifier, PlaceKind } from '../src/domain/types';
import { monthSpan, toDay, toIso } from '../src/domain/days';
import { between, intBetween, pick, weighted, type Random } from './prng';

/** The records as written to disk: the schema's input shape (optional fields may be absent). */
export type SyntheticPlace = z.input<typeof placeSchema>;
export type SyntheticEvent = z.input<typeof eventFeatureSchema>;

/** 2022-01-01 and 2024-12-31 as day numbers (days since 1970-01-01, as `src/domain/days.ts`). */
export const FIRST_DAY = toDay('2022-01-01');
export const LAST_DAY = toDay('2024-12-31');

/** Places scale with the data set (a newsroom's year has more towns than a handful of reports). */
export const placeCountFor = (events: number): number => Math.min(20_000, Math.max(50, Math.round(events / 20)));

// ---------------------------------------------------------------- places

const ROOTS = ['bor', 'dub', 'lyp', 'kam', 'hor', 'vol', 'zor', 'mar', 'sel', 'krasn', 'bil', 'chern', 'os', 'pol', 'sos', 'yar', 'hrad', 'kup', 'myr', 'sum'];
const PREFIXES = ['', '', '', 'Novo', 'Staro', 'Velyko', 'Mala ', 'Verkhnyo'];
const SUFFIXES = ['ivka', 'ove', 'ske', 'yn', 'ets', 'ansk', 'ino', 'ograd', 'opil', 'ivsk'];

function placeName(random: Random): string {
  const root = pick(random, ROOTS);
  const prefix = pick(random, PREFIXES);
  const word = `${prefix}${prefix && !prefix.endsWith(' ') ? root : root.charAt(0).toUpperCase() + root.slice(1)}${pick(random, SUFFIXES)}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Where places fall: most near the front line (Kharkiv to Zaporizhzhia, Kursk, Belgorod),
 * then the rest of Ukraine, then western Russia out to the Urals.
 */
const REGIONS = weighted<readonly [number, number, number, number]>([
  [[35, 40, 46.5, 51.8], 45],
  [[22.5, 40, 44.5, 52.3], 30],
  [[30, 60, 44, 60], 25],
]);
const KINDS = weighted<PlaceKind>([
  ['city', 85],
  ['region', 10],
  ['area', 5],
]);

/** A coordinate rounded to 1e-3 degrees (~100 m): what a gazetteer stores, and 7 bytes less. */
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function syntheticPlace(i: number, random: Random): SyntheticPlace {
  const [w, e, s, n] = REGIONS(random);
  const kind = KINDS(random);
  const name = placeName(random);
  const place: SyntheticPlace = {
    id: `p-${i.toString(36)}`,
    name: kind === 'city' ? name : `${name} ${kind === 'region' ? 'district' : 'area'}`,
    aliases: [],
    kind,
    point: [round3(between(random, w, e)), round3(between(random, s, n))],
  };
  if (kind !== 'city') place.radiusKm = intBetween(random, 30, 300);
  return place;
}

// ---------------------------------------------------------------- dates

const isoCache = new Map<number, string>();
/** ISO date of a day number, cached: a million events use only ~1,100 distinct days. */
export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = toIso(day);
    isoCache.set(day, iso);
  }
  return iso;
}

const gauss = (d: number, centre: number, width: number): number => Math.exp(-(((d - centre) / width) ** 2));
const INVASION = toDay('2022-02-24');
const KHARKIV = toDay('2022-09-10');
const KURSK = toDay('2024-08-15');

/** Reporting intensity over the three years, in (0, 1]: a seasonal swing and three peaks. */
export function intensity(day: number): number {
  const season = 0.5 + 0.15 * Math.sin((2 * Math.PI * (day - FIRST_DAY)) / 365.25);
  const peaks = 0.35 * gauss(day, INVASION, 40) + 0.2 * gauss(day, KHARKIV, 20) + 0.3 * gauss(day, KURSK, 45);
  return Math.min(1, season + peaks);
}

/** A day drawn with the intensity above (rejection sampling; ~2 draws on average). */
function eventDay(random: Random): number {
  for (;;) {
    const day = intBetween(random, FIRST_DAY, LAST_DAY);
    if (random() < intensity(day)) return day;
  }
}

const PRECISIONS = weighted<DatePrecision>([
  ['day', 60],
  ['range', 15],
  ['month', 10],
  ['approximate', 15],
]);

/** [start, end] for a precision: a range spans 2-7 days, "late October" ~10, "last week" 7. */
export function dateSpan(precision: DatePrecision, day: number, random: Random): [number, number] {
  switch (precision) {
    case 'day':
      return [day, day];
    case 'range':
      return [day, Math.min(LAST_DAY, day + intBetween(random, 1, 6))];
    case 'month':
      return monthSpan(day);
    case 'approximate': {
      const length = pick(random, [7, 10, 10, 14, 21, 30]);
      const start = Math.max(FIRST_DAY, day - Math.floor(length / 2));
      return [start, Math.min(LAST_DAY, start + length - 1)];
    }
  }
}

// ---------------------------------------------------------------- events

const CATEGORIES = weighted<Category>([
  ['strike', 22],
  ['deployment', 20],
  ['statement', 18],
  ['movement', 10],
  ['casualties', 8],
  ['training', 7],
  ['intelligence', 6],
  ['analysis', 5],
  ['agreement', 4],
]);
const STATUSES = weighted<ClaimStatus>([
  ['reported', 55],
  ['unverified', 22],
  ['forecast', 5],
  ['denied', 6],
  ['analysis', 12],
]);
const CLAIM_COUNTS = weighted<number>([
  [1, 65],
  [2, 28],
  [3, 7],
]);

/** What each category's claims say (`@` is the place) and the title's noun. */
// The curated categories only: the synthetic sets stand in for a curated data set, and stay the same bytes.
const WORDING: Partial<Record<Category, { title: string; quotes: readonly string[] }>> = {
  deployment: { title: 'Deployment', quotes: ['Units were deployed to @', 'Troops arrived in @', 'Reinforcements reached @'] },
  movement: { title: 'Convoy', quotes: ['A convoy moved toward @', 'Columns were seen heading to @'] },
  training: { title: 'Training', quotes: ['Troops trained near @', 'Drills were held at @'] },
  strike: { title: 'Strike', quotes: ['Strikes hit @ overnight', 'Shelling was reported in @', 'Drones struck @'] },
  'ground-fighting': { title: 'Assault', quotes: ['Infantry advanced on @', 'Troops fought their way into @'] },
  casualties: { title: 'Casualties', quotes: ['Civilians were killed in @', 'Soldiers died near @'] },
  statement: { title: 'Statement', quotes: ['Officials in @ issued a statement', 'The governor of @ spoke'] },
  agreement: { title: 'Agreement', quotes: ['An accord was signed in @', 'Talks in @ ended in a deal'] },
  intelligence: { title: 'Intelligence', quotes: ['Intelligence placed units near @', 'Satellite images showed @'] },
  analysis: { title: 'Assessment', quotes: ['Analysts expect fighting near @', 'Experts said @ may fall'] },
};
const FIGURE_UNITS: Partial<Record<Category, string>> = { deployment: 'troops', casualties: 'people', strike: 'drones' };
const QUALIFIERS = weighted<FigureQualifier>([
  ['about', 35],
  ['exact', 25],
  ['over', 15],
  ['up to', 15],
  ['at least', 10],
]);
const ATTRIBUTIONS = ['the outlet', 'General Staff', 'MoD', 'the governor', 'ISW', 'local media', 'a wire', 'the mayor'];
/** How many articles the synthetic claims cite; claims name them `w-<n>.txt`. */
const SOURCES = 400;

export interface EventContext {
  places: readonly SyntheticPlace[];
}

/** A place index skewed so a few places carry many events (a Kursk or a Bakhmut), like real data. */
const skewedPlace = (random: Random, count: number): number => Math.min(count - 1, Math.floor(count * random() ** 2.5));

export function syntheticEvent(i: number, ctx: EventContext, random: Random): SyntheticEvent {
  const category = CATEGORIES(random);
  const place = ctx.places[skewedPlace(random, ctx.places.length)]!;
  const precision = PRECISIONS(random);
  const [start, end] = dateSpan(precision, eventDay(random), random);
  const wording = WORDING[category]!;
  const unit = FIGURE_UNITS[category];
  const withFigure = unit !== undefined && random() < 0.08;
  const claimCount = CLAIM_COUNTS(random);
  const sources = new Set<number>();
  while (sources.size < claimCount) sources.add(Math.floor(SOURCES * random() ** 1.5));

  const claims: SyntheticEvent['properties']['claims'] = [];
  const figures: NonNullable<SyntheticEvent['properties']['figures']> = [];
  for (const s of sources) {
    const source = `w-${s}.txt`;
    let quote = pick(random, wording.quotes).replace('@', place.name);
    if (withFigure) {
      const value = intBetween(random, 2, 120) * 50;
      const qualifier = QUALIFIERS(random);
      const text = `${qualifier === 'exact' ? '' : `${qualifier} `}${value.toLocaleString('en-US')} ${unit}`;
      quote = `${quote}, ${text}`;
      figures.push({ measure: `${unit} at ${place.name}`, value, qualifier, text, source });
    }
    const at = intBetween(random, 0, 5000);
    claims.push({
      source,
      quote,
      offsets: [at, at + quote.length],
      attribution: pick(random, ATTRIBUTIONS),
      status: category === 'analysis' ? 'analysis' : STATUSES(random),
    });
  }

  const properties: SyntheticEvent['properties'] = {
    title: `${wording.title} at ${place.name}`,
    category,
    start: isoOf(start),
    end: isoOf(end),
    datePrecision: precision,
    place: place.id,
    locationPrecision: place.kind,
    placeBasis: random() < 0.85 ? 'stated' : 'inferred',
    claims,
  };
  if (figures.length > 0) properties.figures = figures;
  if (category === 'movement' && random() < 0.7) {
    const origin = ctx.places[skewedPlace(random, ctx.places.length)]!;
    if (origin.id !== place.id) {
      properties.origin = origin.id;
      properties.originBasis = random() < 0.7 ? 'stated' : 'inferred';
    }
  }
  return {
    type: 'Feature',
    id: `e-${i.toString(36)}`,
    // The very array of the place: the validator wants the place's point exactly.
    geometry: { type: 'Point', coordinates: place.point },
    properties,
  };
}
