/**
 * Authentication happens once per request: the key a request presents is looked up once, wherever
 * the request is answered (a kept answer, the response cache, the full pipeline), and the actor
 * found then is the one the operation runs as.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { newApiKey } from '../src/data/curation.js';
import { AuthThrottle } from '../src/server/auth-throttle.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { countingStore } from './support/store-wrappers.js';
import { openTestGraph } from './support/test-store.js';

const API_KEYS = '{ apiKeys { label } }';
const ROLE = '{ role(slug: "it-operations-specialist") { name } }';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function graphWithAdminKey() {
  const { store } = await openTestGraph();
  const { id, key, secretHash } = newApiKey();
  await store.createApiKey({ id, label: 'admin key', scope: 'admin', secretHash });
  const counted = countingStore(store);
  const lookups = () => counted.log.filter((call) => call === 'apiKeyById').length;
  return { store, counted, lookups, key };
}

const body = (query: string) => JSON.stringify({ query });

describe('authentication', () => {
  it('looks a key up once per request through the Node listener: kept answers, response cache and pipeline alike', async () => {
    const { counted, lookups, key } = await graphWithAdminKey();
    const { listener } = createKnowledgeGraphListener({ store: counted.store, logger: false });
    server = createServer(listener);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = async (query: string, headers: Record<string, string> = {}) => {
      counted.reset();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
        body: body(query),
      });
      return { status: response.status, json: (await response.json()) as { data?: Record<string, unknown> }, lookups: lookups() };
    };

    // Computed by the pipeline (and kept), then answered from the kept answer.
    for (const attempt of [1, 2]) {
      const answered = await post(ROLE);
      expect(answered, `attempt ${attempt}`).toMatchObject({
        status: 200,
        json: { data: { role: { name: expect.any(String) } } },
        lookups: 1,
      });
    }
    // Never kept (it reads API keys), so it runs the pipeline every time, as the admin.
    const listed = await post(API_KEYS);
    expect(listed).toMatchObject({ status: 200, json: { data: { apiKeys: [{ label: 'admin key' }] } }, lookups: 1 });
    // A browser's cross-origin call goes to the pipeline untouched (through the response cache).
    for (const attempt of [1, 2]) {
      const crossOrigin = await post(ROLE, { origin: 'https://example.org' });
      expect(crossOrigin, `attempt ${attempt}`).toMatchObject({ status: 200, lookups: 1 });
    }
    const crossOriginAdmin = await post(API_KEYS, { origin: 'https://example.org' });
    expect(crossOriginAdmin).toMatchObject({ status: 200, json: { data: { apiKeys: [{ label: 'admin key' }] } }, lookups: 1 });
  });

  it('looks a key up once per request through yoga.fetch, wherever yoga serves GraphQL', async () => {
    const { counted, lookups, key } = await graphWithAdminKey();
    const yoga = createKnowledgeGraphServer({ store: counted.store, logger: false });
    for (const path of ['/graphql', '/graphql', '/graphql/']) {
      for (const query of [ROLE, API_KEYS]) {
        counted.reset();
        const response = await yoga.fetch(`http://localhost${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: body(query),
        });
        expect(response.status, `${path} ${query}`).toBe(200);
        const { data } = (await response.json()) as { data: Record<string, unknown> };
        if (query === API_KEYS) expect(data).toEqual({ apiKeys: [{ label: 'admin key' }] });
        expect(lookups(), `${path} ${query}`).toBe(1);
      }
    }
  });

  it('throttles failed checks wherever yoga serves GraphQL, and refuses a bad key as before', async () => {
    const { counted, lookups } = await graphWithAdminKey();
    const yoga = createKnowledgeGraphServer({ store: counted.store, logger: false, authThrottle: new AuthThrottle({ limit: 2 }) });
    const send = (path: string) =>
      yoga.fetch(
        `http://localhost${path}`,
        { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer kg_nope_nope' }, body: body(API_KEYS) },
        { clientAddress: '203.0.113.9' },
      );
    const refused = await send('/graphql');
    expect(refused.status).toBe(200);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect((await send('/graphql/')).status).toBe(200);
    counted.reset();
    for (const path of ['/graphql', '/graphql/']) {
      const throttled = await send(path);
      expect(throttled.status, path).toBe(429);
      expect(throttled.headers.get('retry-after'), path).toMatch(/^\d+$/);
    }
    expect(lookups()).toBe(0);
  });
});
