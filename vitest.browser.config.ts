import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** The browser tests (`npm run test:browser`): Debian's Chromium driven by playwright-core. */
export default defineConfig({
  resolve: {
    // One copy of graphql for everything, as in vitest.config.ts.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // dist/server/ and dist/explorer/ are built once for all test files (tests/support/build-once.ts).
    globalSetup: ['tests/support/build-once.ts'],
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
