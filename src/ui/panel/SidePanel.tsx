import { useDeferredValue, useMemo } from 'react';
import { useAtlas } from '../atlas-context';
import { selectFiltered, selectSelected, selectVisible } from '../../state/derived';
import { eventsInTimeOrder } from '../../domain/selectors';
import { EventList } from './EventList';
import { FilterPanel } from './FilterPanel';
import { ViewBoundary } from './ViewBoundary';
import { deferred } from '../deferred';

/**
 * What a click or a link opens: an event's sources and an article's whole text. Their code
 * loads on the first of them, not with the first view, which shows the map and the list.
 */
const opening = <p className="empty">Opening…</p>;
const ArticleReader = deferred(() => import('./ArticleReader').then((m) => m.ArticleReader), opening);
const EventDetail = deferred(() => import('./EventDetail').then((m) => m.EventDetail), opening);

/**
 * The window's events: the only part of the panel that follows the slider. A moving window
 * is deferred, so a step paints the slider and the count first and a fast scrub skips the
 * lists it has already moved past. New data or filters show at once: deferred,
 * the list of a freshly loaded data set waited seconds behind the map's setup, saying
 * "No events match" meanwhile.
 */
function WindowEvents() {
  const loaded = useAtlas((s) => s.data !== null);
  const filtered = useAtlas(selectFiltered);
  const visible = useAtlas(selectVisible);
  const deferred = useDeferredValue(useMemo(() => ({ filtered, visible }), [filtered, visible]));
  const events = deferred.filtered === filtered ? deferred.visible : visible;
  // Until the data are in, "no events match" would be untrue (the status over the map counts).
  if (!loaded) return <p className="empty">Loading events…</p>;
  return <EventList events={events} label="Events in the date window, in time order" />;
}

/** The panel beside the map: the article, else the event, else stacked events, else the list. */
export function SidePanel() {
  const reading = useAtlas((s) => s.reading);
  const selected = useAtlas(selectSelected);
  const stack = useAtlas((s) => s.stack);
  const byId = useAtlas((s) => s.data?.byId);
  const showStack = useAtlas((s) => s.showStack);

  if (reading || selected) {
    return (
      <ViewBoundary key={reading ? `article:${reading.file}` : `event:${selected!.id}`}>
        {reading ? <ArticleReader key={reading.file} file={reading.file} claim={reading.claim} /> : <EventDetail event={selected!} />}
      </ViewBoundary>
    );
  }
  if (stack && byId) {
    const events = eventsInTimeOrder(byId, stack);
    // A click takes every marker within a few pixels: at a low zoom they may be several places.
    const places = new Set(events.map((e) => e.place.name));
    const where = places.size === 1 ? `at ${[...places][0]}` : `at ${places.size} places close together`;
    return (
      <section aria-labelledby="stack-h" data-testid="stack" className="list-view">
        <div className="detail-actions">
          <button type="button" className="link-button" onClick={() => showStack(null)}>
            ← All events
          </button>
        </div>
        <h2 id="stack-h">
          {events.length} events {where}
        </h2>
        <p className="note">In time order. Choose one to read what each source said.</p>
        <EventList events={events} label={`Events ${where}`} />
      </section>
    );
  }
  return (
    <section aria-labelledby="list-h" className="list-view">
      <h2 id="list-h" className="visually-hidden">Events in the date window</h2>
      <FilterPanel />
      <WindowEvents />
    </section>
  );
}
