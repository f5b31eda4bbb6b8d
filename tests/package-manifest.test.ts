/**
 * The package's manifest names what it needs at run time: `dependencies` holds exactly the packages
 * the library (src/index.ts, what the installed package loads) and the service (src/server/main.ts,
 * what `npm start` runs) import, plus the peers those require; build tools and the CLI's packages
 * stay in `devDependencies`. The pack test (tests/package/, `npm run test:package`) installs it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runtimePackages } from '../scripts/build-library.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The peer dependencies a package declares (what its installer must provide beside it). */
function peersOf(name: string): string[] {
  // Read from node_modules directly: not every package exports its package.json.
  const own = JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
    peerDependencies?: Record<string, string>;
  };
  return Object.keys(own.peerDependencies ?? {});
}

describe('package manifest', () => {
  it('lists every package the library and the service import at run time in dependencies, and nothing else but their peers', async () => {
    const imported = await runtimePackages(['src/index.ts', 'src/server/main.ts']);
    // Sanity: the scan sees the stores' drivers and the GraphQL server.
    expect(imported).toEqual(expect.arrayContaining(['better-sqlite3', 'graphql-yoga', 'kysely', 'pg']));
    const declared = Object.keys(manifest.dependencies).sort();
    expect(imported.filter((name) => !declared.includes(name))).toEqual([]);
    const peers = new Set(imported.flatMap(peersOf));
    expect(declared.filter((name) => !imported.includes(name) && !peers.has(name))).toEqual([]);
  });

  it('keeps the build tools and the bundled browser library out of dependencies', () => {
    for (const tool of ['esbuild', 'tsx', 'typescript', 'cytoscape', 'vitest']) {
      expect(manifest.dependencies).not.toHaveProperty(tool);
      expect(manifest.devDependencies).toHaveProperty(tool);
    }
  });
});
