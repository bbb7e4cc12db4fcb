import { useLayoutEffect, useRef, useState } from 'react';
import { CATEGORY_STYLE } from '../theme/categories';
import { selectCategoriesInData } from '../state/derived';
import { useAtlas, useAtlasStore } from './atlas-context';
import { DensityKey } from './DensityKey';

/**
 * The colours of the categories the data use, plus how areas and movements are drawn, and the
 * density view's ramp while the map draws one. Folded on a phone.
 */
export function Legend() {
  const categories = useAtlas(selectCategoriesInData);
  const store = useAtlasStore();
  const legend = useRef<HTMLDetailsElement>(null);
  const [open] = useState(() => !window.matchMedia?.('(max-width: 720px)').matches);
  // The open legend covers the map's left edge: tell the map, so a fit keeps events out from under it.
  useLayoutEffect(() => {
    const el = legend.current;
    if (!el) return;
    const measure = () =>
      store.getState().setMapInsets({ top: 0, right: 0, bottom: 0, left: el.open ? el.offsetLeft + el.offsetWidth : 0 });
    measure();
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    resized?.observe(el);
    el.addEventListener('toggle', measure);
    return () => {
      resized?.disconnect();
      el.removeEventListener('toggle', measure);
      store.getState().setMapInsets({ top: 0, right: 0, bottom: 0, left: 0 });
    };
  }, [store]);
  return (
    <details className="legend" open={open} ref={legend}>
      <summary>Legend</summary>
      <ul>
        <DensityKey />
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
