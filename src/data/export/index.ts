/**
 * Export of what is on screen: the events that pass the filters and overlap the date window,
 * as GeoJSON in our schema or as CSV, with the view they came from recorded in the file.
 * Loaded only when the user exports (papaparse and this code stay out of the first view).
 */
import type { AtlasData, AtlasEvent } from '../../domain/atlas-event';
import type { DayWindow, Filters } from '../../domain/selectors';
import { toCsv } from './csv';
import { toGeoJson } from './geojson';
import { describeView, exportFileName } from './view';

export type ExportKind = 'geojson' | 'csv';

export interface ExportInput {
  data: AtlasData;
  /** The events on screen, in time order. */
  events: readonly AtlasEvent[];
  dateWindow: DayWindow;
  filters: Filters;
  dataName: string;
  dataVersion: string;
  /** The map-state link of the view. */
  link: string;
  now: Date;
}

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export function makeExport(input: ExportInput, kind: ExportKind): ExportFile {
  const view = describeView({ ...input, events: input.events.length });
  return kind === 'geojson'
    ? { name: exportFileName(view, 'geojson'), type: 'application/geo+json', text: toGeoJson(input.data, input.events, view) }
    : { name: exportFileName(view, 'csv'), type: 'text/csv;charset=utf-8', text: toCsv(input.data, input.events, view) };
}
