import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql@16 ships CommonJS and ESM builds. Node loads the CommonJS one for graphql-yoga and
    // Pothos; Vite would give our sources the ESM one, and `instanceof GraphQLError` would then
    // fail across the two copies. One copy for everything, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // dist/server/ and dist/explorer/ are built once for all test files (tests/support/build-once.ts).
    globalSetup: ['tests/support/build-once.ts'],
    include: ['tests/**/*.test.ts'],
    // The browser tests need Chromium: `npm run test:browser` (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
