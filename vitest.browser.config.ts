import { defineConfig } from 'vitest/config';
import { shared } from './vitest.shared.js';

/** The browser tests (`npm run test:browser`): Debian's Chromium driven by playwright-core. */
export default defineConfig({
  resolve: shared.resolve,
  test: {
    globalSetup: shared.globalSetup,
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
