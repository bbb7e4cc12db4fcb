import type { CSSProperties, Ref } from 'react';
import type { AtlasEvent } from '../../domain/atlas-event';
import { describeSpan } from '../../domain/describe';
import { CATEGORY_STYLE } from '../../map/categories';
import { useAtlasStore } from '../atlas-context';

interface Props {
  event: AtlasEvent;
  /** Position in the whole list; screen readers hear "3 of 120" though few rows are drawn. */
  index: number;
  setSize: number;
  style?: CSSProperties;
  ref?: Ref<HTMLLIElement>;
}

/** One event in a list; hovering or focusing it highlights its marker on the map. */
export function EventRow({ event, index, setSize, style, ref }: Props) {
  const store = useAtlasStore();
  const { hover, select } = store.getState();
  const n = event.sourceFiles.length;
  return (
    <li ref={ref} style={style} data-index={index} aria-posinset={index + 1} aria-setsize={setSize}>
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
            {describeSpan(event.start, event.end)}
            {event.datePrecision !== 'day' && ` · ${event.datePrecision}`} · {event.place.name} · {n} source{n === 1 ? '' : 's'}
          </span>
        </span>
      </button>
    </li>
  );
}
