/**
 * Domain types, in one place. The shapes come from the zod schema (`schema.ts`), so the
 * types and the runtime checks cannot drift apart; field documentation lives there.
 */
import type { z } from 'zod';
import type {
  claimSchema,
  eventFeatureSchema,
  figureSchema,
  placeSchema,
  sourceSchema,
} from './schema';

export type {
  Category,
  ClaimStatus,
  DatePrecision,
  FigureQualifier,
  PlaceBasis,
  PlaceKind,
  ReviewCheck,
} from './schema';

/** One article of the sources manifest (`data/sources.json`). */
export type Source = z.infer<typeof sourceSchema>;
/** One place of the gazetteer (`data/gazetteer.json`). */
export type Place = z.infer<typeof placeSchema>;
/** What one article says about an event, verbatim, with offsets into the seed. */
export type Claim = z.infer<typeof claimSchema>;
/** A number from the text (a troop count), its qualifier kept. */
export type Figure = z.infer<typeof figureSchema>;
/** One event as stored in `data/events.geojson`. */
export type EventFeature = z.infer<typeof eventFeatureSchema>;

/** A record the loader or validator set aside, and why. Good records still load. */
export interface ValidationIssue {
  /** The data file the record came from, e.g. `data/events.geojson`. */
  file: string;
  /** The record's id where it has one, else its index as `#3`. */
  id: string;
  /** Path inside the record, dot-separated (`properties.claims.0.offsets`). */
  path: string;
  message: string;
}
