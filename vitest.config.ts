import { configDefaults, defineConfig } from 'vitest/config';
import { shared } from './vitest.shared.js';

export default defineConfig({
  resolve: shared.resolve,
  test: {
    globalSetup: shared.globalSetup,
    include: ['tests/**/*.test.ts'],
    // The browser tests need Chromium: `npm run test:browser` (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
