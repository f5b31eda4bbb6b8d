/**
 * GraphiQL as this service serves it at the GraphQL endpoint: the page of
 * `@graphql-yoga/render-graphiql`, which inlines every script, stylesheet, web worker (started from
 * blob URLs), font and icon, so the page works without internet access (an intranet, an air-gapped
 * network, a proxy that blocks CDNs). Yoga's default page loads them from unpkg and
 * raw.githubusercontent.com instead.
 *
 * The page is about 9 MB, and anyone may ask for it, so it is not yoga's renderer (which would send
 * the 9 MB, uncompressed and uncacheable, to every browser) but this plugin: the package is imported
 * only when a browser first asks (a service with GraphiQL off, or never opened in a browser, holds
 * none of it), the page is rendered and compressed once (brotli ~1.9 MB, gzip ~2.4 MB), sent in the
 * encoding the browser accepts, with an ETag: a browser that has it gets 304.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { type GraphiQLOptions, type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';

/** A body as the fetch API takes it (a Node Buffer's type may be over a shared buffer). */
type Bytes = Uint8Array<ArrayBuffer>;

interface Page {
  etag: string;
  identity: Bytes;
  gzip: Bytes;
  br: Bytes;
}

const bytes = (buffer: Buffer): Bytes => new Uint8Array(buffer);

/** Rendered pages by their options (a server has one set; a few servers in a process, a few sets). */
const pages = new Map<string, Promise<Page>>();
const MAX_PAGES = 8;

async function render(options: GraphiQLOptions): Promise<Page> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const identity = Buffer.from(await renderGraphiQL(options), 'utf8');
  const [gzipped, brotli] = await Promise.all([
    promisify(gzip)(identity, { level: 9 }),
    // Quality 9: within a few per cent of 11's size at a fraction of its time (once per process).
    promisify(brotliCompress)(identity, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
  ]);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  return { etag, identity: bytes(identity), gzip: bytes(gzipped), br: bytes(brotli) };
}

function pageFor(options: GraphiQLOptions): Promise<Page> {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (!page) {
    if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!);
    page = render(options);
    // A failed render is not kept: the next request tries again.
    page.catch(() => pages.delete(key));
    pages.set(key, page);
  }
  return page;
}

/** The encoding to send: brotli, else gzip, else none, as `Accept-Encoding` allows (`;q=0` refuses one). */
function chosenEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, ...params]) => !params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param)))
      .map(([coding]) => coding),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

/**
 * Answers a browser's GET of the GraphQL endpoint (`Accept: text/html`, as yoga decides) with
 * GraphiQL. Goes before anything that reads a GraphQL request (yoga's own GraphiQL is switched off).
 */
export function useLocalGraphiQL(config: { graphqlEndpoint: string; options: GraphiQLOptions }): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!shouldRenderGraphiQL(request)) return;
      if (url.pathname !== config.graphqlEndpoint && url.pathname !== `${config.graphqlEndpoint}/`) return;
      return pageFor(config.options).then((page) => {
        const encoding = chosenEncoding(request.headers.get('accept-encoding'));
        const headers: Record<string, string> = {
          'content-type': 'text/html; charset=utf-8',
          etag: page.etag,
          // Revalidate every time (a new release renders a new page): a 304 costs nothing.
          'cache-control': 'no-cache',
          vary: 'Accept, Accept-Encoding',
        };
        if (request.headers.get('if-none-match') === page.etag) {
          endResponse(new fetchAPI.Response(null, { status: 304, headers }));
          return;
        }
        const body = encoding ? page[encoding] : page.identity;
        if (encoding) headers['content-encoding'] = encoding;
        headers['content-length'] = String(body.length);
        endResponse(new fetchAPI.Response(body, { status: 200, headers }));
      });
    },
  };
}
