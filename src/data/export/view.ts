/**
 * What an export records about the view it came from, so a reader of the file knows which
 * events were left out and can reopen the same view.
 */
import { toIso } from '../../domain/days';
import type { DayWindow, Filters } from '../../domain/selectors';

export interface ExportView {
  /** When the export was made, ISO 8601. */
  exportedAt: string;
  /** The data set's name (file, folder or the shipped set) and content version. */
  dataName: string;
  dataVersion: string;
  /** The date window, inclusive ISO dates: events overlapping it were exported. */
  from: string;
  to: string;
  /** Category and source allow-lists (null: all), and the text search. */
  categories: readonly string[] | null;
  sources: readonly string[] | null;
  search: string;
  /** The map-state link that reopens this view. */
  link: string;
  /** Events exported. */
  events: number;
}

export function describeView(input: {
  now: Date;
  dataName: string;
  dataVersion: string;
  dateWindow: DayWindow;
  filters: Filters;
  link: string;
  events: number;
}): ExportView {
  const { filters } = input;
  return {
    exportedAt: input.now.toISOString(),
    dataName: input.dataName,
    dataVersion: input.dataVersion,
    from: toIso(input.dateWindow.start),
    to: toIso(input.dateWindow.end),
    categories: filters.categories,
    sources: filters.sources,
    search: filters.search,
    link: input.link,
    events: input.events,
  };
}

/** A file name that says what is in it: `event-atlas_2024-10-01_2024-10-31.geojson`. */
export const exportFileName = (view: ExportView, extension: string): string =>
  `event-atlas_${view.from}_${view.to}${view.categories || view.sources || view.search ? '_filtered' : ''}.${extension}`;
