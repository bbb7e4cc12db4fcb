import { memo, type ReactNode } from 'react';
import type { AtlasEvent } from '../../domain/atlas-event';
import { EventRow, ROW_HEIGHT } from './EventRow';
import { useFixedRows } from './use-fixed-rows';

/** Rows drawn beyond the visible ones, so scrolling does not show blanks before a render. */
const OVERSCAN = 3;

/**
 * Events in time order; the list mirrors the map for keyboard and screen-reader users.
 * Virtualised: only the rows in view are in the DOM, and every row has the same height, so
 * a window of 100,000 events costs the same to draw as one of 20 and nothing is measured
 * when a slider step changes the list.
 */
export const EventList = memo(function EventList({ events, label }: { events: readonly AtlasEvent[]; label: string }) {
  const rows = useFixedRows(events.length, ROW_HEIGHT, OVERSCAN);
  if (events.length === 0) {
    return <p className="empty">No events match. Widen the date window or clear the filters.</p>;
  }
  const drawn: ReactNode[] = [];
  for (let i = rows.first; i < rows.end; i++) {
    const event = events[i]!;
    drawn.push(
      <EventRow
        key={event.id}
        event={event}
        index={i}
        setSize={events.length}
        style={{ position: 'absolute', top: i * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT }}
      />,
    );
  }
  return (
    <div ref={rows.ref} className="event-scroller">
      <ol
        className="event-list"
        aria-label={label}
        data-testid="event-list"
        style={{ height: events.length * ROW_HEIGHT, position: 'relative' }}
      >
        {drawn}
      </ol>
    </div>
  );
});
