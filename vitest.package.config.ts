import { defineConfig } from 'vitest/config';
import { shared } from './vitest.shared.js';

/**
 * The pack test (`npm run test:package`, a step of .ci/run): packs the package, installs the tarball
 * into a fresh project and runs it there. Apart from the suite because it takes minutes (better-sqlite3
 * compiles from source when its prebuilt binary cannot be downloaded) and the suite runs twice in CI.
 */
export default defineConfig({
  resolve: shared.resolve,
  test: {
    include: ['tests/package/**/*.test.ts'],
    testTimeout: 120_000,
    // Packing and installing took 3 and 6 minutes on a 2-core machine shared with other builds.
    hookTimeout: 1_200_000,
  },
});
