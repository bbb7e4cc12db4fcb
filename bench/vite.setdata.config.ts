/**
 * The baseline build for `npm run bench`: the app's Vite config, with
 * `src/map/drawer-variant.ts` resolved to `bench/setdata-variant.ts`.
 */
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import app from '../vite.config';

const PRODUCT = fileURLToPath(new URL('../src/map/drawer-variant.ts', import.meta.url));
const BASELINE = fileURLToPath(new URL('./setdata-variant.ts', import.meta.url));

const baseline: Plugin = {
  name: 'atlas-setdata-baseline',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === PRODUCT ? BASELINE : null;
  },
};

export default mergeConfig(app, { plugins: [baseline] });
