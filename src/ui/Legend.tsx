import { useState } from 'react';
import { CATEGORY_STYLE } from '../theme/categories';
import { selectCategoriesInData } from '../state/derived';
import { useAtlas } from './atlas-context';

/** The colours of the categories the data use, plus how areas and movements are drawn. Folded on a phone. */
export function Legend() {
  const categories = useAtlas(selectCategoriesInData);
  const [open] = useState(() => !window.matchMedia?.('(max-width: 720px)').matches);
  return (
    <details className="legend" open={open}>
      <summary>Legend</summary>
      <ul>
        {categories.map((c) => (
          <li key={c}>
            <span className="swatch" style={{ background: CATEGORY_STYLE[c].color }} aria-hidden="true" />
            {CATEGORY_STYLE[c].label}
          </li>
        ))}
        <li>
          <span className="swatch swatch-area" aria-hidden="true" />
          Area: place known only to a region
        </li>
        <li>
          <span className="swatch swatch-arc" aria-hidden="true" />
          Movement, origin to destination
        </li>
        <li>
          <span className="swatch-count" aria-hidden="true">×3</span>
          Events at one place or close together (click to list)
        </li>
      </ul>
    </details>
  );
}
