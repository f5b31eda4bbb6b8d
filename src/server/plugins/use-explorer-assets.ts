/**
 * Serves the graph explorer built by `npm run build:explorer` (dist/explorer/): the page at
 * `/explore`, its script and styles, and the embeddable widget at `/explore/widget.js`.
 *
 * Only GET and HEAD of the files named below are answered; any other path under /explore is 404,
 * so nothing else on disk can be reached (no path is ever joined from the request). The page is
 * told where GraphQL is served, and calls it like any other client, under the same limits.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/** The project's root: the nearest folder above this module (or the build it is bundled into) with a package.json. */
function projectRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'package.json')) && dirname(directory) !== directory) directory = dirname(directory);
  return directory;
}

/** Where the build writes: `<project>/dist/explorer` (found the same from src/ and from the server's build in dist/server/). */
export const DEFAULT_EXPLORER_DIR = join(projectRoot(), 'dist/explorer');

const PAGE = 'index.html';
/** Request path → file in the build, with its content type. */
const ASSETS: ReadonlyMap<string, { file: string; type: string }> = new Map([
  ['/explore', { file: PAGE, type: 'text/html; charset=utf-8' }],
  ['/explore/', { file: PAGE, type: 'text/html; charset=utf-8' }],
  ['/explore/explorer.js', { file: 'explorer.js', type: 'text/javascript; charset=utf-8' }],
  ['/explore/explorer.css', { file: 'explorer.css', type: 'text/css; charset=utf-8' }],
  ['/explore/widget.js', { file: 'widget.js', type: 'text/javascript; charset=utf-8' }],
  ['/explore/explorer.js.LEGAL.txt', { file: 'explorer.js.LEGAL.txt', type: 'text/plain; charset=utf-8' }],
  ['/explore/widget.js.LEGAL.txt', { file: 'widget.js.LEGAL.txt', type: 'text/plain; charset=utf-8' }],
]);

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function useExplorerAssets(options: { graphqlEndpoint: string; directory?: string }): Plugin {
  const directory = options.directory ?? DEFAULT_EXPLORER_DIR;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/explore' && !url.pathname.startsWith('/explore/')) return;
      const text = (status: number, body: string, headers: Record<string, string> = {}) =>
        endResponse(new fetchAPI.Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } }));
      if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
      const asset = ASSETS.get(url.pathname);
      if (!asset) return text(404, 'Not found\n');
      // Read on each request: the files are small, and a rebuild shows without a restart.
      return readFile(join(directory, asset.file)).then(
        (content) => {
          const body =
            asset.file === PAGE
              ? content.toString('utf8').replaceAll('%GRAPHQL_ENDPOINT%', escapeAttribute(options.graphqlEndpoint))
              : content;
          const headers = {
            'content-type': asset.type,
            'cache-control': 'no-cache',
            'x-content-type-options': 'nosniff',
            'content-length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength),
          };
          endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
        },
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
          text(503, 'The explorer is not built: run `npm run build:explorer` (`npm start` does it first).\n');
        },
      );
    },
  };
}
