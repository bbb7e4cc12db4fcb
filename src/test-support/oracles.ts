/**
 * Reference answers the fast paths are checked against: plain scans over every event, written
 * from the rules alone (`domain/selectors.ts`), with no index.
 */
import type { AtlasEvent } from '../domain/atlas-event';
import { overlaps } from '../domain/days';
import { filterPredicate, type DayWindow, type Filters } from '../domain/selectors';

/** Events passing the filters and overlapping the window, in time order. */
export function visibleEvents(events: readonly AtlasEvent[], dateWindow: DayWindow, filters: Filters): AtlasEvent[] {
  const keep = filterPredicate(filters);
  return events.filter((e) => overlaps(e.start, e.end, dateWindow.start, dateWindow.end) && keep(e));
}
