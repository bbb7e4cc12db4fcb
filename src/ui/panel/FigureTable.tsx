import type { AtlasEvent } from '../../domain/atlas-event';
import type { Source } from '../../domain/types';
import { figuresByMeasure } from '../../domain/selectors';
import { sourceLabel } from './source-label';

/** Figures by what they count; where sources disagree, their numbers sit side by side. */
export function FigureTable({ event, sources }: { event: AtlasEvent; sources: ReadonlyMap<string, Source> }) {
  const groups = figuresByMeasure(event);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="figures-h" className="figures">
      <h3 id="figures-h">Figures</h3>
      {groups.map(({ measure, figures }) => {
        const values = new Set(figures.map((f) => `${f.qualifier}:${f.value}:${f.valueMax ?? ''}`));
        return (
          <div key={measure} className="figure-group">
            <h4>
              {measure}
              {values.size > 1 && <span className="disagree">sources differ</span>}
            </h4>
            <ul className="figure-cards">
              {figures.map((f, i) => (
                <li key={i} className="figure-card">
                  <span className="figure-text">{f.text}</span>
                  <span className="figure-source">{sourceLabel(sources.get(f.source), f.source)}</span>
                  {f.field && <span className="note">as given by the data set (column {f.field}), not found in a quote</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
