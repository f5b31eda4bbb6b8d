/**
 * Builds the service into dist/server/ for `npm start`: src/server/main.ts and everything it imports
 * from src/ as one ES module (esbuild; packages stay in node_modules), plus the curated content's
 * source text and the trusted documents' manifest beside it (read at start through `import.meta.url`). Node runs the result directly:
 * no TypeScript loader thread, a smaller process and a faster start than running the sources with tsx.
 * `npm run build:server`; `npm start` runs it first.
 */
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_OUT_DIR = join(root, 'dist/server');

/**
 * What a bundle of src/ reads next to itself through `import.meta.url`: the curated content's
 * source text and the ESCO slice (`./content/`, as src/data/graph.ts reads them next to its source)
 * and the trusted documents' manifest (`./graphql/`, as src/server/trusted-documents.ts does).
 * The service's bundle and the package's library both need them.
 */
export async function copyFilesReadBesideBundle(outDir: string): Promise<void> {
  const content = join(root, 'src/data/content');
  await mkdir(join(outDir, 'content'), { recursive: true });
  for (const file of await readdir(content)) {
    if (!file.endsWith('.ts')) await copyFile(join(content, file), join(outDir, 'content', file));
  }
  await mkdir(join(outDir, 'graphql'), { recursive: true });
  await copyFile(join(root, 'src/server/graphql/persisted-documents.json'), join(outDir, 'graphql/persisted-documents.json'));
}

export async function buildServer(options: { quiet?: boolean } = {}): Promise<void> {
  const started = performance.now();
  await rm(SERVER_OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'src/server/main.ts')],
    outfile: join(SERVER_OUT_DIR, 'main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  await copyFilesReadBesideBundle(SERVER_OUT_DIR);
  if (!options.quiet) console.log(`Built ${relative(root, SERVER_OUT_DIR)}/main.js in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildServer();
}
