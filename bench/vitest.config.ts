import { defineConfig } from 'vitest/config';

/**
 * The benchmark's own unit tests (`npx vitest run -c bench/vitest.config.ts`), until the
 * root vitest.config.ts includes `bench/**` so `npm test` runs them too.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['bench/**/*.test.ts'],
    environment: 'node',
  },
});
