/** The handler mounted in host servers: Express, Fastify, and a fetch-style route handler. */
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createExpressApp } from '../examples/express.js';
import { createFastifyApp } from '../examples/fastify.js';
import { createFetchHandler } from '../examples/fetch-handler.js';
import { close, listen } from './support/listen.js';
import { openTestGraph } from './support/test-store.js';

const HEADLINE = '{ responsibility(slug: "security-oversight") { certifications { nodes { acronym issuer { name } } } } }';
const EXPECTED = {
  data: {
    responsibility: {
      certifications: {
        nodes: [
          { acronym: 'CISA', issuer: { name: 'ISACA' } },
          { acronym: 'CISSP', issuer: { name: 'ISC2' } },
        ],
      },
    },
  },
};

const post = (url: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: HEADLINE }) }).then((r) =>
    r.json(),
  );

describe('embedding', () => {
  it('answers the headline query through an Express app, beside its own routes', async () => {
    const { store } = await openTestGraph();
    const server = createServer(createExpressApp(store));
    const base = await listen(server);
    try {
      expect(await post(`${base}/knowledge/graphql`)).toEqual(EXPECTED);
      expect(await (await fetch(`${base}/status`)).json()).toEqual({ ok: true });
    } finally {
      await close(server);
      await store.close();
    }
  });

  it('answers the headline query through a Fastify app', async () => {
    const { store } = await openTestGraph();
    const app = createFastifyApp(store);
    // Fastify listens itself (it owns its node:http server).
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      expect(await post(`${address}/graphql`)).toEqual(EXPECTED);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('answers the headline query through a fetch-style handler', async () => {
    const { store } = await openTestGraph();
    const handler = createFetchHandler(store);
    const response = await handler(
      new Request('http://portal.example/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEADLINE }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(EXPECTED);
    await store.close();
  });
});
