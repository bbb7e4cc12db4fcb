/**
 * The one schema for Event Atlas data: the sources manifest, the gazetteer and the events.
 *
 * Shared by the app's loader (`src/data/load.ts`) and by `npm run validate`
 * (`scripts/validate.ts`). Zod checks the shape of one record at a time; the rules that
 * need more than one record (quotes at their offsets, place ids resolving, ids unique,
 * every seed cited) live in `src/data/validate.ts`.
 */
import { z } from 'zod';
import { CATEGORIES, CLAIM_STATUSES, DATE_PRECISIONS, FIGURE_QUALIFIERS, PLACE_BASES, PLACE_KINDS, REVIEW_CHECKS, SEED_FILE_NAME, DOCUMENT_KEY } from './vocabulary';

export { CATEGORIES, CLAIM_STATUSES, DATE_PRECISIONS, FIGURE_QUALIFIERS, PLACE_BASES, PLACE_KINDS, REVIEW_CHECKS };

/** A calendar date, `YYYY-MM-DD`, that exists (no 2024-02-30). */
export const isoDate = z.iso.date();

export const category = z.enum(CATEGORIES);

/**
 * How well the event's date is known.
 * - `day`: a single known day (start = end).
 * - `range`: a stated span of days ("October 27-28").
 * - `month`: only the month is known ("July 2024"); start/end are its first and last day.
 * - `approximate`: a fuzzy phrase ("late October", "last week"); start/end bound it honestly.
 */
export const datePrecision = z.enum(DATE_PRECISIONS);

/** How large the place is: a city is a point, anything larger is drawn as an area. */
export const placeKind = z.enum(PLACE_KINDS);

/** Whether the text names the place, or we placed it (a ministry's statement in its capital). */
export const placeBasis = z.enum(PLACE_BASES);

/** What the source says about the claim's truth. */
export const claimStatus = z.enum(CLAIM_STATUSES);

/** The qualifier a figure comes with in the text, kept rather than rounded away. */
export const figureQualifier = z.enum(FIGURE_QUALIFIERS);

/**
 * A reviewer's answer to an automatic review check that questioned this record, by check:
 * why it is right as it is ("the clause before 'and' is the article's own report").
 */
export const reviewed = z.partialRecord(z.enum(REVIEW_CHECKS), z.string().trim().min(1)).optional();

export const longitude = z.number().min(-180).max(180);
export const latitude = z.number().min(-90).max(90);
/** A WGS84 position, longitude first as in GeoJSON. */
export const lonLat = z.tuple([longitude, latitude]);

const nonEmpty = z.string().trim().min(1);
const seedFile = z.string().regex(SEED_FILE_NAME, 'must be a seed file name such as 000_x.txt');
/** The key of an external document in the sources manifest. */
export const documentKey = z.string().regex(DOCUMENT_KEY, 'must be a document key such as doc-3f2a91c0');
/**
 * What a claim or figure cites: a seed file, or an external document of the manifest. One
 * check rather than a union of the two: a union tries the seed pattern first and builds an
 * issue for every document key it then accepts, which made checking an imported claim take
 * twice as long (60 against 30 ms per 100,000 in node).
 */
const sourceKey = z.string().refine((key) => SEED_FILE_NAME.test(key) || DOCUMENT_KEY.test(key), {
  error: 'must be a seed file name such as 000_x.txt or a document key such as doc-3f2a91c0',
});

/** When a source was published: a span with its precision, and how that was worked out. */
const published = z.object({
  start: isoDate,
  end: isoDate,
  precision: datePrecision,
  /** The reasoning in words: which weekday or latest reported date pins it. */
  reasoning: nonEmpty,
});

// ---------------------------------------------------------------- sources manifest

export const seedSourceSchema = z.object({
  /** Stable id, e.g. `src-000`. */
  id: nonEmpty,
  /** A seed article in `seeds/` (the default): its quotes are checked at their offsets. */
  kind: z.literal('seed').optional(),
  /** The seed's file name in `seeds/`. */
  file: seedFile,
  /** The headline, where the text has one; null otherwise. */
  headline: z.string().nullable(),
  /** The outlet, only where the text itself names it; never guessed. */
  outlet: z.string().nullable(),
  /** Publication date as inferred from the text. */
  published,
  /** BCP 47 language tag of the text, e.g. `en`. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag such as "en"'),
});

/**
 * A document outside the project that an imported data set cites: an article by URL, or only
 * an outlet's name. We hold no copy of its text, so quotes citing it are as the data set gives
 * them, not checked against the article; the app links the URL and never fetches it.
 */
export const documentSourceSchema = z.object({
  id: nonEmpty,
  kind: z.literal('document'),
  /** The key claims and figures cite it by, e.g. `doc-3f2a91c0`. */
  file: documentKey,
  /** The article's address, when the data set gives one (http or https only). */
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).nullable(),
  /** The outlet or body named as the source ("Reuters", "Ministry of Defence of Ukraine"). */
  outlet: z.string().nullable(),
  headline: z.string().nullable(),
  /** Publication date where the data set gives one; null when unknown. */
  published: published.nullable(),
  /** The data set that cites it ("ACLED export acled.csv"), for the panel. */
  via: nonEmpty,
});

/** A seed article, or a document an imported data set cites. */
export const sourceSchema = z.union([seedSourceSchema, documentSourceSchema]);

export const sourcesFileSchema = z.object({ sources: z.array(z.unknown()) });

// ---------------------------------------------------------------- gazetteer

export const placeSchema = z
  .object({
    /** Stable id, e.g. `kursk-region`. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case kebab-case'),
    name: nonEmpty,
    /** The spellings the articles use ("Kursk", "the Kursk area", "Russia's Kursk region"). */
    aliases: z.array(nonEmpty),
    kind: placeKind,
    /** Representative point [lon, lat]: where the marker goes. */
    point: lonLat,
    /** For anything larger than a city: the radius that honestly covers where it could be. */
    radiusKm: z.number().positive().max(5000).optional(),
    /** Optional outline instead of a radius: one closed ring of [lon, lat]. */
    polygon: z.array(lonLat).min(4).optional(),
    /** Why the point and radius are where they are. */
    note: z.string().optional(),
  })
  .refine((p) => p.kind === 'city' || p.radiusKm !== undefined || p.polygon !== undefined, {
    message: 'a place larger than a city needs radiusKm or polygon',
    path: ['radiusKm'],
  });
export const gazetteerFileSchema = z.object({ places: z.array(z.unknown()) });

// ---------------------------------------------------------------- events

export const claimSchema = z.object({
  /** The seed's file name (`000_3a66973d2b042937.txt`), or an external document's key (`doc-…`). */
  source: sourceKey,
  /**
   * Verbatim text from the seed; for an external document, the text as the data set gives it
   * (ACLED's notes, UCDP's source fields), not checked against the article.
   */
  quote: nonEmpty,
  /** [start, end) into the seed file, as JavaScript string (UTF-16) indices. Seeds only. */
  offsets: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  /** The person or body that said it, or the outlet itself. */
  attribution: nonEmpty,
  status: claimStatus,
  reviewed,
});

export const figureSchema = z.object({
  /** What is counted, e.g. "North Korean soldiers in Russia". Same string = same quantity. */
  measure: nonEmpty,
  value: z.number().nonnegative(),
  /** Upper end where the text gives a span ("10,000-11,000"), or a data set's high estimate. */
  valueMax: z.number().nonnegative().optional(),
  /** A data set's low estimate (UCDP's `low`), where `value` is its best one. */
  valueMin: z.number().nonnegative().optional(),
  qualifier: figureQualifier,
  /** The figure as the text words it ("over 7,000"). Must appear in one of the event's quotes. */
  text: nonEmpty,
  /** Seed file or document whose claim gives this figure. */
  source: sourceKey,
  /**
   * The data set column it was read from (`fatalities`, `best`): such a figure is as the data
   * set gives it, and need not appear in a quote.
   */
  field: nonEmpty.optional(),
});

export const eventPropertiesSchema = z.object({
  title: nonEmpty,
  category,
  /** First day the event may have happened (event time, not report time). */
  start: isoDate,
  /** Last day; equal to start for a single day. */
  end: isoDate,
  datePrecision,
  /** How a relative date ("Monday", "late October") was resolved, in words. */
  dateNote: z.string().optional(),
  /** Gazetteer id of where it happened. */
  place: nonEmpty,
  locationPrecision: placeKind,
  placeBasis,
  /** For a movement: gazetteer id of where it came from. */
  origin: nonEmpty.optional(),
  originBasis: placeBasis.optional(),
  figures: z.array(figureSchema).default([]),
  /** An imported record's own type, as its data set words it ("Battles: Armed clash"). */
  originalType: nonEmpty.optional(),
  /** Labels an imported data set filters by (TimeMap's associations); searchable. */
  tags: z.array(nonEmpty).optional(),
  claims: z.array(claimSchema).min(1, 'an event needs at least one claim'),
  reviewed,
});

export const eventFeatureSchema = z.object({
  type: z.literal('Feature'),
  /** Stable string id, e.g. `evt-kursk-first-sighting`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case kebab-case'),
  geometry: z.object({ type: z.literal('Point'), coordinates: lonLat }),
  properties: eventPropertiesSchema,
});
export const eventsFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

export type Category = z.infer<typeof category>;
export type DatePrecision = z.infer<typeof datePrecision>;
export type PlaceKind = z.infer<typeof placeKind>;
export type PlaceBasis = z.infer<typeof placeBasis>;
export type ClaimStatus = z.infer<typeof claimStatus>;
export type FigureQualifier = z.infer<typeof figureQualifier>;
export type ReviewCheck = (typeof REVIEW_CHECKS)[number];
