/**
 * The view as CSV: one row per claim, so every quote keeps its own attribution and status
 * beside the event it backs. The columns are documented in the README ("Export"). Written
 * through `safeCsv`, so formula-like text is escaped and numbers stay numbers.
 */
import { safeCsv } from '../csv-safe';
import type { AtlasData, AtlasEvent } from '../../domain/atlas-event';
import { toIso } from '../../domain/days';
import type { Source } from '../../domain/types';
import type { ExportView } from './view';

export const CSV_COLUMNS = [
  'event_id',
  'title',
  'category',
  'start',
  'end',
  'date_precision',
  'date_note',
  'place_id',
  'place_name',
  'longitude',
  'latitude',
  'location_precision',
  'radius_km',
  'place_basis',
  'origin_name',
  'claim_number',
  'quote',
  'attribution',
  'status',
  'source',
  'source_headline',
  'source_outlet',
  'source_published',
  'source_url',
  'quote_offsets',
  'figures',
  'view_link',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/** The link of a source that is a document elsewhere, where the schema gives it one. */
const sourceUrl = (source: Source | undefined): string | null => {
  const url = (source as { url?: unknown } | undefined)?.url;
  return typeof url === 'string' ? url : null;
};

/** A source's publication date, or `start..end` when only a span is known. */
function publishedText(source: Source | undefined): string | null {
  const published = source?.published;
  if (!published) return null;
  return published.start === published.end ? published.start : `${published.start}..${published.end}`;
}

function rows(data: AtlasData, event: AtlasEvent, view: ExportView): Row[] {
  const { place } = event;
  return event.claims.map((claim, i): Row => {
    const source = data.sources.get(claim.source);
    const figures = event.figures.filter((f) => f.source === claim.source).map((f) => `${f.measure}: ${f.text}`);
    return {
      event_id: event.id,
      title: event.title,
      category: event.category,
      start: toIso(event.start),
      end: toIso(event.end),
      date_precision: event.datePrecision,
      date_note: event.dateNote ?? null,
      place_id: place.id,
      place_name: place.name,
      longitude: place.point[0],
      latitude: place.point[1],
      location_precision: event.locationPrecision,
      radius_km: place.radiusKm ?? null,
      place_basis: event.placeBasis,
      origin_name: event.origin?.name ?? null,
      claim_number: i + 1,
      quote: claim.quote,
      attribution: claim.attribution,
      status: claim.status,
      source: claim.source,
      source_headline: source?.headline ?? null,
      source_outlet: source?.outlet ?? null,
      source_published: publishedText(source),
      source_url: sourceUrl(source),
      quote_offsets: claim.offsets ? `${claim.offsets[0]}-${claim.offsets[1]}` : null,
      figures: figures.join('; ') || null,
      view_link: view.link,
    };
  });
}

export function toCsv(data: AtlasData, events: readonly AtlasEvent[], view: ExportView): string {
  return safeCsv(
    CSV_COLUMNS,
    events.flatMap((e) => rows(data, e, view)).map((r) => CSV_COLUMNS.map((c) => r[c])),
  );
}
