import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium against the built app; one file at a time, since
// SwiftShader renders on the CPU and the machine has two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    // Under CI, a JSON report too: .ci/run sums them into its "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci/out/e2e.json' },
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
