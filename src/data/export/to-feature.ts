/**
 * The inverse of building the app's model: an in-memory event back to the feature our
 * schema stores, so an export is the same data the validator accepts.
 */
import type { AtlasEvent } from '../../domain/atlas-event';
import { toIso } from '../../domain/days';
import type { EventFeature } from '../../domain/types';

export function toEventFeature(e: AtlasEvent): EventFeature {
  const properties: EventFeature['properties'] = {
    title: e.title,
    category: e.category,
    start: toIso(e.start),
    end: toIso(e.end),
    datePrecision: e.datePrecision,
    ...(e.dateNote === undefined ? {} : { dateNote: e.dateNote }),
    place: e.place.id,
    locationPrecision: e.locationPrecision,
    placeBasis: e.placeBasis,
    ...(e.origin === undefined ? {} : { origin: e.origin.id }),
    ...(e.originBasis === undefined ? {} : { originBasis: e.originBasis }),
    figures: e.figures,
    claims: e.claims,
    ...(e.originalType === undefined ? {} : { originalType: e.originalType }),
    ...(e.tags.length === 0 ? {} : { tags: e.tags }),
  };
  return { type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: e.place.point }, properties };
}
