/**
 * The closed vocabularies of the data model, as plain lists: the zod schema (`schema.ts`) builds
 * its enums from them, and the app's first view reads them without loading zod.
 */

export const CATEGORIES = [
  'deployment',
  'movement',
  'training',
  'strike',
  'ground-fighting',
  'casualties',
  'statement',
  'agreement',
  'intelligence',
  'analysis',
  // What imported conflict-event data sets carry (ACLED's event types, UCDP's types of violence).
  'armed-conflict',
  'explosion',
  'violence-against-civilians',
  'protest',
  'riot',
  'other',
] as const;

export const DATE_PRECISIONS = ['day', 'range', 'month', 'approximate'] as const;

export const PLACE_KINDS = ['city', 'region', 'country', 'area'] as const;

export const PLACE_BASES = ['stated', 'inferred'] as const;

export const CLAIM_STATUSES = ['reported', 'unverified', 'denied', 'forecast', 'analysis'] as const;

export const FIGURE_QUALIFIERS = ['exact', 'about', 'over', 'up to', 'at least', 'several'] as const;

/**
 * The automatic review checks of the curated data set (`src/data/review-checks.ts`). A claim or
 * event may answer one in its `reviewed` field, saying why it is right as it is.
 */
export const REVIEW_CHECKS = ['attribution', 'category', 'denial', 'hedge'] as const;

/** A seed article's file name, as claims and figures cite it (`000_3a66973d2b042937.txt`). */
export const SEED_FILE_NAME = /^[\w.-]+\.txt$/;
/** The key of an external document in the sources manifest (`doc-3f2a91c0`). */
export const DOCUMENT_KEY = /^doc-[a-z0-9-]+$/;
