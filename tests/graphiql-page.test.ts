/**
 * GraphiQL's page is about 9 MB (every script, style, worker and font inlined so that it works
 * without internet access) and anyone may ask for it: over real HTTP it goes compressed in the
 * encoding the browser accepts, rendered once, and a browser that holds it gets 304 by its ETag —
 * so opening GraphiQL costs a client ~2 MB once, and a server no re-rendering.
 */
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { close, listen } from './support/listen.js';
import { openTestGraph } from './support/test-store.js';

let server: Server;
let origin: string;
let closeStore: () => Promise<void>;

beforeAll(async () => {
  const { store } = await openTestGraph();
  closeStore = () => store.close();
  const { listener } = createKnowledgeGraphListener({ store, logger: false, production: true });
  server = createServer(listener);
  origin = await listen(server);
});

afterAll(async () => {
  await close(server);
  await closeStore();
});

/** A GET of /graphql as a browser sends it, with the raw bytes received (nothing decoded on the way). */
function get(headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${origin}/graphql`, { headers: { accept: 'text/html', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('GraphiQL’s page over HTTP', () => {
  it('goes brotli-compressed to a browser that accepts it, about a fifth of the page', async () => {
    const page = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['vary']).toMatch(/Accept-Encoding/);
    const html = brotliDecompressSync(page.body).toString('utf8');
    expect(html).toContain('IT-operations knowledge graph');
    expect(html.length).toBeGreaterThan(4_000_000);
    expect(page.body.length).toBeLessThan(html.length / 3);
  });

  it('goes gzip-compressed where brotli is not accepted, and whole where nothing is', async () => {
    const gzipped = await get({ 'accept-encoding': 'gzip, br;q=0' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    const whole = await get({ 'accept-encoding': 'identity' });
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(gzipped.body).equals(whole.body)).toBe(true);
    expect(Number(whole.headers['content-length'])).toBe(whole.body.length);
  });

  it('answers 304 without a body to a browser that holds the page (its ETag), and the same ETag every time', async () => {
    const first = await get({ 'accept-encoding': 'br' });
    const etag = first.headers['etag'];
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await get({ 'accept-encoding': 'br', 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get({ 'accept-encoding': 'gzip' })).headers['etag']).toBe(etag);
  });
});
