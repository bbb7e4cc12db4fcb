import type { AtlasEvent } from '../../domain/atlas-event';
import { EventRow } from './EventRow';

/** Events in time order; the list mirrors the map for keyboard and screen-reader users. */
export function EventList({ events, label }: { events: readonly AtlasEvent[]; label: string }) {
  if (events.length === 0) {
    return <p className="empty">No events match. Widen the date window or clear the filters.</p>;
  }
  return (
    <ol className="event-list" aria-label={label} data-testid="event-list">
      {events.map((e) => (
        <EventRow key={e.id} event={e} />
      ))}
    </ol>
  );
}
