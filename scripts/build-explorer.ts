/**
 * Builds the explorer's browser code into dist/explorer/ (served by src/server/plugins/use-explorer-assets.ts):
 * the /explore page (index.html, explorer.js, explorer.css) and the embeddable widget (widget.js),
 * each script one self-contained, minified bundle (esbuild). `npm run build:explorer`; `npm start` runs it first.
 */
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src/explorer');
export const EXPLORER_OUT_DIR = join(root, 'dist/explorer');

export async function buildExplorer(options: { quiet?: boolean } = {}): Promise<void> {
  const started = performance.now();
  await rm(EXPLORER_OUT_DIR, { recursive: true, force: true });
  await mkdir(EXPLORER_OUT_DIR, { recursive: true });
  await build({
    entryPoints: { explorer: join(source, 'page/main.ts'), widget: join(source, 'widget.ts') },
    outdir: EXPLORER_OUT_DIR,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    platform: 'browser',
    tsconfig: join(source, 'tsconfig.json'),
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await copyFile(join(source, 'page/index.html'), join(EXPLORER_OUT_DIR, 'index.html'));
  await copyFile(join(source, 'page/explorer.css'), join(EXPLORER_OUT_DIR, 'explorer.css'));
  if (options.quiet) return;
  const files = ['index.html', 'explorer.css', 'explorer.js', 'widget.js'];
  const sizes = await Promise.all(
    files.map(async (file) => `${file} ${((await stat(join(EXPLORER_OUT_DIR, file))).size / 1024).toFixed(1)} KiB`),
  );
  console.log(`Built ${relative(root, EXPLORER_OUT_DIR)}/ in ${Math.round(performance.now() - started)} ms: ${sizes.join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildExplorer();
}
