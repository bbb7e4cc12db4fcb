import type { AtlasEvent } from '../../domain/atlas-event';
import { describeWhen, describeWhere } from '../../domain/describe';
import { eventsBounds } from '../../domain/bounds';
import { CATEGORY_STYLE } from '../../theme/categories';
import { isDocument } from '../../domain/types';
import { useAtlas } from '../atlas-context';
import { ClaimCard } from './ClaimCard';
import { FigureTable } from './FigureTable';

/** Everything known about one event, with every source's exact words. */
export function EventDetail({ event }: { event: AtlasEvent }) {
  const sources = useAtlas((s) => s.data!.sources);
  const select = useAtlas((s) => s.select);
  const openArticle = useAtlas((s) => s.openArticle);
  const requestFit = useAtlas((s) => s.requestFit);
  const n = event.sourceFiles.length;
  // An imported record: its sources are documents the data set cites, not seed articles.
  const given = sources.get(event.claims[0]?.source ?? '');
  const via = isDocument(given) ? given.via : undefined;
  const zoom = () => {
    const b = eventsBounds([event]);
    if (b) requestFit(b);
  };
  return (
    <article className="event-detail" data-testid="event-detail" data-event-id={event.id} aria-labelledby="event-title">
      <div className="detail-actions">
        <button type="button" className="link-button" onClick={() => select(null)}>
          ← All events
        </button>
        <button type="button" className="button" onClick={zoom} data-testid="zoom-to">
          Zoom to
        </button>
      </div>
      <p className="category-chip" style={{ borderColor: CATEGORY_STYLE[event.category].color }}>
        <span className="dot" style={{ background: CATEGORY_STYLE[event.category].color }} aria-hidden="true" />
        {CATEGORY_STYLE[event.category].label}
      </p>
      {event.originalType && (
        <p className="note" data-testid="original-type">
          Type in the data set: {event.originalType}
        </p>
      )}
      <h2 id="event-title" tabIndex={-1}>{event.title}</h2>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {describeWhen(event.start, event.end, event.datePrecision)}
          {event.dateNote && <span className="note">{event.dateNote}</span>}
        </dd>
        <dt>Where</dt>
        <dd>
          {event.place.name}
          <span className="note">{describeWhere(event.locationPrecision, event.placeBasis, event.place.radiusKm, via)}</span>
          {event.place.note && <span className="note">{event.place.note}</span>}
        </dd>
        {event.origin && (
          <>
            <dt>From</dt>
            <dd>
              {event.origin.name}
              <span className="note">
                {describeWhere(event.origin.kind, event.originBasis ?? 'inferred', event.origin.radiusKm)}
              </span>
            </dd>
          </>
        )}
        <dt>Sources</dt>
        <dd data-testid="corroboration">
          {n} independent {via ? 'source' : 'article'}
          {n === 1 ? '' : 's'} · {event.claims.length} claim{event.claims.length === 1 ? '' : 's'}
          {via && <span className="note">Sources as cited by {via}</span>}
        </dd>
        {event.tags.length > 0 && (
          <>
            <dt>Labels</dt>
            <dd data-testid="event-tags">{event.tags.join(' · ')}</dd>
          </>
        )}
      </dl>
      <FigureTable event={event} sources={sources} />
      <section aria-labelledby="claims-h">
        <h3 id="claims-h">What the sources say</h3>
        <ol className="claims">
          {event.claims.map((c, i) => (
            <ClaimCard key={i} claim={c} source={sources.get(c.source)} onRead={() => openArticle(c.source, i)} />
          ))}
        </ol>
      </section>
    </article>
  );
}
