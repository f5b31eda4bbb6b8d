/**
 * Builds the package's library (what `import … from 'it-ops-knowledge-graph'` loads) for `npm pack`:
 * src/index.ts and the sources it imports as one ES module in dist/library/ (esbuild; packages stay
 * external, so they come from the installing project's node_modules and its `dependencies` must name
 * them), its source map (the TypeScript sources embedded, so no src/ ships), the curated content's
 * source text, the ESCO slice and the trusted documents' manifest beside it (read through
 * `import.meta.url`, as in dist/server/: `copyFilesReadBesideBundle`), and
 * the type declarations in dist/types/ (`tsc -p tsconfig.library.json`). `npm run build:library`;
 * `npm pack` runs it first (`prepack`).
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { copyFilesReadBesideBundle } from './build-server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const LIBRARY_OUT_DIR = join(root, 'dist/library');
export const TYPES_OUT_DIR = join(root, 'dist/types');

/** The package a bare import names (`@scope/name/sub` → `@scope/name`), or null for a Node built-in. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * The packages the bundle of these sources imports at run time (what `dependencies` must name):
 * esbuild's account of the bundle's external imports, static and dynamic, type-only ones erased.
 */
export async function runtimePackages(entryPoints: string[]): Promise<string[]> {
  const result = await build({
    entryPoints: entryPoints.map((entry) => join(root, entry)),
    outdir: join(root, 'dist/.runtime-packages'),
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  const packages = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imported of output.imports) {
      const name = imported.external ? packageOf(imported.path) : null;
      if (name) packages.add(name);
    }
  }
  return [...packages].sort();
}

/** Builds the library (dist/library/) and its declarations (dist/types/). */
export async function buildLibrary(options: { quiet?: boolean } = {}): Promise<void> {
  const started = performance.now();
  await rm(LIBRARY_OUT_DIR, { recursive: true, force: true });
  await rm(TYPES_OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'src/index.ts')],
    outfile: join(LIBRARY_OUT_DIR, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  await copyFilesReadBesideBundle(LIBRARY_OUT_DIR);
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', join(root, 'tsconfig.library.json')], { cwd: root });
  if (!options.quiet) {
    console.log(
      `Built ${relative(root, LIBRARY_OUT_DIR)}/index.js and ${relative(root, TYPES_OUT_DIR)}/ in ${Math.round(performance.now() - started)} ms`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildLibrary();
}
