/** How the open-data dialogs name formats and mapping fields. */
import type { ColumnMapping, FormatId } from '../../data/ingest/types';

export const FORMAT_LABELS: Record<FormatId, string> = {
  atlas: 'Event Atlas GeoJSON (our schema)',
  parquet: 'Event Atlas GeoParquet (columnar tables)',
  geojson: 'GeoJSON points with dates',
  csv: 'CSV or TSV with coordinates',
  acled: 'ACLED export',
  ucdp: 'UCDP GED CSV',
  timemap: 'TimeMap export (events, sources, associations)',
};

export type MappingField = keyof ColumnMapping;

/** The fields a column can be mapped to, in the order the dialog lists them; required ones first. */
export const MAPPING_FIELDS: { field: MappingField; label: string; required: boolean }[] = [
  { field: 'date', label: 'Date', required: true },
  { field: 'latitude', label: 'Latitude', required: true },
  { field: 'longitude', label: 'Longitude', required: true },
  { field: 'endDate', label: 'End date', required: false },
  { field: 'title', label: 'Title', required: false },
  { field: 'category', label: 'Category', required: false },
  { field: 'placeName', label: 'Place name', required: false },
  { field: 'text', label: 'Quote text', required: false },
  { field: 'source', label: 'Source', required: false },
];

/** A mapping with every required field set, or null. */
export function completeMapping(mapping: Partial<ColumnMapping>): ColumnMapping | null {
  const missing = MAPPING_FIELDS.some(({ field, required }) => required && !mapping[field]);
  if (missing) return null;
  // Unset optional fields are left out rather than carried as empty strings.
  return Object.fromEntries(Object.entries(mapping).filter(([, column]) => column)) as unknown as ColumnMapping;
}
