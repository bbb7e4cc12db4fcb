import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AtlasEvent } from '../../domain/atlas-event';
import { EventRow } from './EventRow';

/** Rows rendered beyond the visible ones, so fast scrolling does not show blanks. */
const OVERSCAN = 8;
/** A first guess at a row's height; rows are measured once drawn. */
const ROW_ESTIMATE = 62;

/**
 * Events in time order; the list mirrors the map for keyboard and screen-reader users.
 * Virtualised (TanStack Virtual): only the rows in view are in the DOM, so a window of
 * 100,000 events costs the same to draw as one of 20.
 */
export function EventList({ events, label }: { events: readonly AtlasEvent[]; label: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be read during render
  const virtual = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (i) => events[i]!.id,
    // jsdom and the first paint have no layout: render a first screenful anyway.
    initialRect: { width: 400, height: 800 },
  });
  if (events.length === 0) {
    return <p className="empty">No events match. Widen the date window or clear the filters.</p>;
  }
  const items = virtual.getVirtualItems();
  return (
    <div ref={scroller} className="event-scroller">
      <ol
        className="event-list"
        aria-label={label}
        data-testid="event-list"
        style={{ height: virtual.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => (
          <EventRow
            key={item.key}
            event={events[item.index]!}
            ref={virtual.measureElement}
            index={item.index}
            setSize={events.length}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
          />
        ))}
      </ol>
    </div>
  );
}
