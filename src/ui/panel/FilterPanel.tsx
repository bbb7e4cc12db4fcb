import { useEffect, useState } from 'react';
import { CATEGORY_STYLE } from '../../theme/categories';
import { selectCategoriesInData } from '../../state/derived';
import type { Category } from '../../domain/types';
import { useAtlas } from '../atlas-context';
import { sourceLabel } from './source-label';

/** Toggle one item of an allow-list where null means "all". */
function toggle<T>(list: readonly T[] | null, all: readonly T[], item: T): T[] | null {
  const current = list ?? all;
  const next = current.includes(item) ? current.filter((x) => x !== item) : [...current, item];
  return next.length === all.length ? null : all.filter((x) => next.includes(x));
}

const SEARCH_DELAY_MS = 150;

export function FilterPanel() {
  const filters = useAtlas((s) => s.filters);
  const categories = useAtlas(selectCategoriesInData);
  const data = useAtlas((s) => s.data);
  const setCategories = useAtlas((s) => s.setCategories);
  const setSources = useAtlas((s) => s.setSources);
  const setSearch = useAtlas((s) => s.setSearch);
  const [text, setText] = useState(filters.search);
  const [followed, setFollowed] = useState(filters.search);

  // The store may change the search (a link, Back): follow it, during render as React advises.
  // Our own debounced write comes back trimmed: leave the box alone then (trailing space).
  if (filters.search !== followed) {
    setFollowed(filters.search);
    if (filters.search !== text.trim()) setText(filters.search);
  }
  useEffect(() => {
    const t = setTimeout(() => setSearch(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(t);
  }, [text, setSearch]);

  const sources = data ? [...data.sources.values()] : [];
  const files = sources.map((s) => s.file);
  return (
    <div className="filters">
      <label className="search">
        <span className="visually-hidden">Search titles and quotes</span>
        <input
          type="search"
          placeholder="Search titles and quotes"
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="search"
        />
      </label>
      <details>
        <summary>
          Filters
          {(filters.categories || filters.sources) && <span className="badge">on</span>}
        </summary>
        <fieldset>
          <legend>Categories</legend>
          {categories.map((c: Category) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={!filters.categories || filters.categories.includes(c)}
                onChange={() => setCategories(toggle(filters.categories, categories, c))}
              />
              <span className="dot" style={{ background: CATEGORY_STYLE[c].color }} aria-hidden="true" />
              {CATEGORY_STYLE[c].label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Sources</legend>
          {sources.map((s) => (
            <label key={s.file} className="check">
              <input
                type="checkbox"
                checked={!filters.sources || filters.sources.includes(s.file)}
                onChange={() => setSources(toggle(filters.sources, files, s.file))}
              />
              <span className="truncate">{sourceLabel(s, s.file)}</span>
            </label>
          ))}
        </fieldset>
        {(filters.categories || filters.sources) && (
          <button type="button" className="link-button" onClick={() => { setCategories(null); setSources(null); }}>
            Show all categories and sources
          </button>
        )}
      </details>
    </div>
  );
}
