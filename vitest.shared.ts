/** What both vitest configurations share (vitest.config.ts: the suite; vitest.browser.config.ts: the browser tests). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const shared = {
  resolve: {
    // graphql@16 ships CommonJS and ESM builds. Node loads the CommonJS one for graphql-yoga and
    // Pothos; Vite would give our sources the ESM one, and `instanceof GraphQLError` would then
    // fail across the two copies. One copy for everything, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  // dist/server/ and dist/explorer/ are built once for all test files (tests/support/build-once.ts).
  globalSetup: ['tests/support/build-once.ts'],
};
