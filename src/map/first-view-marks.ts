/**
 * Marks the first frame with the basemap drawn and the first with the markers drawn, as
 * `performance.mark`s that `npm run bench` reads: which comes first, and when, is the point.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const FIRST_VIEW_MARK = { basemap: 'atlas:basemap-drawn', markers: 'atlas:markers-drawn' } as const;

/** The style's own sources: not the app's events, not the detail added after the first view. */
const isBasemapSource = (id: string) => !id.startsWith('atlas-') && !id.startsWith('basemap-admin1') && !id.startsWith('basemap-towns');

export function markFirstView(map: MapLibreMap, markersDrawn: () => boolean): void {
  const marked = (name: string) => performance.getEntriesByName(name).length > 0;
  // Listed once, when the style is parsed (getStyle serialises the whole style).
  let sources: string[] = [];
  map.once('style.load', () => (sources = Object.keys(map.getStyle().sources).filter(isBasemapSource)));
  const onRender = (): void => {
    if (!marked(FIRST_VIEW_MARK.basemap) && sources.length > 0 && sources.every((id) => map.isSourceLoaded(id))) {
      performance.mark(FIRST_VIEW_MARK.basemap);
    }
    if (!marked(FIRST_VIEW_MARK.markers) && markersDrawn()) performance.mark(FIRST_VIEW_MARK.markers);
    if (marked(FIRST_VIEW_MARK.basemap) && marked(FIRST_VIEW_MARK.markers)) map.off('render', onRender);
  };
  map.on('render', onRender);
}
