/**
 * The closed vocabularies of the data model, as plain lists: the zod schema (`schema.ts`) builds
 * its enums from them, and the app's first view reads them without loading zod.
 */

export const CATEGORIES = [
  'deployment',
  'movement',
  'training',
  'strike',
  'casualties',
  'statement',
  'agreement',
  'intelligence',
  'analysis',
  // What imported conflict-event data sets carry (ACLED's event types, UCDP's types of violence).
  'ground-fighting',
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
