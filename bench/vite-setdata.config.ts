/**
 * The build of the baseline `npm run bench` compares against: the app's own config, with
 * `VITE_WINDOW_STRATEGY=setdata` (set by the runner) and the events always drawn by MapLibre.
 *
 * Why the transform: since the deck.gl path (src/map/gpu-events.ts) serves every data set from
 * GPU_THRESHOLD events on, in both builds, a setdata build alone would compare deck.gl with
 * deck.gl at 10k and above. The baseline must be "rebuild the GeoJSON source on every step",
 * so this build raises the threshold out of reach. It fails loudly when the constant is no
 * longer there, rather than silently measuring the wrong thing. Drop it once the app itself
 * keeps the setdata strategy on MapLibre's layers.
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import base from '../vite.config';

const CONTROLLER = /\/src\/map\/map-controller\.ts$/;
const THRESHOLD = /export const GPU_THRESHOLD = [\d_]+;/;

function mapLibreOnly(): Plugin {
  let patched = false;
  return {
    name: 'bench-setdata-maplibre-only',
    enforce: 'pre',
    transform(code, id) {
      if (!CONTROLLER.test(id)) return null;
      if (!THRESHOLD.test(code)) this.error('GPU_THRESHOLD not found in map-controller.ts: update bench/vite-setdata.config.ts');
      patched = true;
      return { code: code.replace(THRESHOLD, 'export const GPU_THRESHOLD = Infinity;'), map: null };
    },
    buildEnd() {
      if (!patched) this.error('map-controller.ts was not built: update bench/vite-setdata.config.ts');
    },
  };
}

export default mergeConfig(base, defineConfig({ plugins: [mapLibreOnly()] }));
