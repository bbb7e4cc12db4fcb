import type { CSSProperties } from 'react';
import type { AtlasEvent } from '../../domain/atlas-event';
import { describeSpan } from '../../domain/describe';
import { CATEGORY_STYLE } from '../../theme/categories';
import { useAtlasStore } from '../atlas-context';

/**
 * Every row's height in px, the list's only size: the title takes at most two lines and the
 * dates and place one (`.event-row` in app.css clamps them to fit), so no row is measured.
 */
export const ROW_HEIGHT = 68;

interface Props {
  event: AtlasEvent;
  /** Position in the whole list; screen readers hear "3 of 120" though few rows are drawn. */
  index: number;
  setSize: number;
  style?: CSSProperties;
}

/** One event in a list; hovering or focusing it highlights its marker on the map. */
export function EventRow({ event, index, setSize, style }: Props) {
  const store = useAtlasStore();
  const { hover, select } = store.getState();
  const n = event.sourceFiles.length;
  return (
    <li style={style} data-index={index} aria-posinset={index + 1} aria-setsize={setSize}>
      <button
        type="button"
        className="event-row"
        data-testid="event-row"
        data-event-id={event.id}
        onClick={() => select(event.id)}
        onMouseEnter={() => hover(event.id)}
        onMouseLeave={() => hover(null)}
        onFocus={() => hover(event.id)}
        onBlur={() => hover(null)}
      >
        <span className="dot" style={{ background: CATEGORY_STYLE[event.category].color }} aria-hidden="true" />
        <span className="event-row-text">
          <span className="event-row-title">{event.title}</span>
          <span className="event-row-meta">
            <span className="event-row-when">
              {describeSpan(event.start, event.end)}
              {event.datePrecision === 'approximate' ? (
                <>
                  {' · '}
                  <abbr title="approximate">approx.</abbr>
                </>
              ) : (
                event.datePrecision !== 'day' && ` · ${event.datePrecision}`
              )}
            </span>
            <span className="event-row-place"> · {event.place.name}</span>
            <span className="event-row-sources">
              {' '}
              · {n} source{n === 1 ? '' : 's'}
            </span>
          </span>
        </span>
      </button>
    </li>
  );
}
