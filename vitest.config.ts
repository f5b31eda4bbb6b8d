import { configDefaults, defineConfig } from 'vitest/config';
import { shared } from './vitest.shared.js';

export default defineConfig({
  resolve: shared.resolve,
  test: {
    globalSetup: shared.globalSetup,
    include: ['tests/**/*.test.ts'],
    // The browser tests need Chromium: `npm run test:browser` (vitest.browser.config.ts); the pack
    // test takes minutes: `npm run test:package` (vitest.package.config.ts).
    exclude: [...configDefaults.exclude, 'tests/browser/**', 'tests/package/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
