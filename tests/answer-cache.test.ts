/**
 * Answers to repeated questions, served over HTTP before the GraphQL pipeline: exact, conditional
 * (ETag / 304), scoped to the caller, and never stale after a change.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { newApiKey, type Scope } from '../src/data/curation.js';
import type { Store } from '../src/data/index.js';
import { CSRF_HEADERS } from '../src/server/create-server.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { alteredStore, countingStore } from './support/store-wrappers.js';
import { openTestGraph } from './support/test-store.js';

const HEADLINE = '{ responsibility(slug: "security-oversight") { name certifications { nodes { name issuer { name } } } } }';
const SPECIALIST = '{ role(slug: "it-operations-specialist") { id name version } }';
const CHANGES = '{ changes(first: 5) { totalCount } }';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(options: { responseCache?: boolean } = {}) {
  const { store } = await openTestGraph();
  const counted = countingStore(store);
  const { listener, answers } = createKnowledgeGraphListener({ store: counted.store, logger: false, ...options });
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const keys: Partial<Record<Scope, { id: string; key: string }>> = {};
  for (const scope of ['edit', 'admin'] as const) {
    const { id, key, secretHash } = newApiKey();
    await store.createApiKey({ id, label: `${scope} key`, scope, secretHash });
    keys[scope] = { id, key };
  }
  const post = (query: string, headers: Record<string, string> = {}, variables?: object) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${url}?query=${encodeURIComponent(query)}`, { headers: { [CSRF_HEADERS[0]!]: '1', ...headers } });
  return { store, counted, answers, url, keys, post, get };
}

async function rename(
  slug: string,
  name: string,
  via: (query: string, headers: Record<string, string>, variables: object) => Promise<Response>,
  key: string,
) {
  const role = await roleOf(via, slug);
  const mutation = 'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }';
  const response = await via(mutation, { authorization: `Bearer ${key}` }, { input: { id: role.id, expectedVersion: role.version, name } });
  return (await response.json()) as { data: { updateEntity: { __typename: string } } };
}

async function roleOf(via: (query: string, headers: Record<string, string>, variables: object) => Promise<Response>, slug: string) {
  const response = await via('query ($slug: String!) { role(slug: $slug) { id version } }', {}, { slug });
  return ((await response.json()) as { data: { role: { id: string; version: number } } }).data.role;
}

describe('answers kept in front of the pipeline', () => {
  it('answers a repeated question byte for byte without running it again: one store call, for the graph version', async () => {
    const { counted, post } = await serve();
    const first = await post(HEADLINE);
    const firstBody = await first.text();
    const callsForFirst = counted.calls();
    expect(first.status).toBe(200);
    expect(JSON.parse(firstBody).data.responsibility.certifications.nodes.length).toBeGreaterThan(0);
    expect(callsForFirst).toBeGreaterThan(2);

    counted.reset();
    const second = await post(HEADLINE);
    expect(await second.text()).toBe(firstBody);
    expect(counted.log).toEqual(['graphVersion']);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('x-request-id')).toBeTruthy();
  });

  it('never serves an answer from before a change made through the API, and never keeps a mutation’s answer', async () => {
    const { post, keys } = await serve();
    const before = await (await post(SPECIALIST)).json();
    expect(before.data.role.name).not.toBe('Operations engineer');

    const renamed = await rename('it-operations-specialist', 'Operations engineer', post, keys.edit!.key);
    expect(renamed.data.updateEntity.__typename).toBe('EntityChange');
    const after = await (await post(SPECIALIST)).json();
    expect(after.data.role).toMatchObject({ name: 'Operations engineer', version: before.data.role.version + 1 });

    // The same mutation again is executed again: its expected version is now stale.
    const role = await roleOf(post, 'it-operations-specialist');
    const mutation = 'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }';
    const input = { input: { id: role.id, expectedVersion: role.version, name: 'Twice' } };
    const once = await (await post(mutation, { authorization: `Bearer ${keys.edit!.key}` }, input)).json();
    const twice = await (await post(mutation, { authorization: `Bearer ${keys.edit!.key}` }, input)).json();
    expect(once.data.updateEntity.__typename).toBe('EntityChange');
    expect(twice.data.updateEntity.__typename).toBe('ConflictError');
  });

  it('never serves an answer from before a change made around the server (another process, the CLI)', async () => {
    const { store, post, keys } = await serve();
    expect((await (await post(SPECIALIST)).json()).data.role.name).not.toBe('Changed elsewhere');
    const [node] = await store.nodesBySlugs('Role', ['it-operations-specialist']);
    await store.applyChange(
      { action: 'UPDATE_ENTITY', id: node!.id, expectedVersion: node!.version, patch: { name: 'Changed elsewhere' } },
      { keyId: keys.admin!.id, label: 'admin key' },
    );
    expect((await (await post(SPECIALIST)).json()).data.role.name).toBe('Changed elsewhere');
  });

  it('answers GET with an ETag, 304 while the graph is unchanged, and a new answer after a change', async () => {
    const { get, post, keys } = await serve();
    const first = await get(SPECIALIST);
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);

    const unchanged = await get(SPECIALIST, { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    await rename('it-operations-specialist', 'Operations engineer', post, keys.edit!.key);
    const changed = await get(SPECIALIST, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as { data: { role: { name: string } } }).data.role.name).toBe('Operations engineer');
  });

  it('still refuses a GET without a CSRF header, and keeps no answer with errors', async () => {
    const { counted, url, post } = await serve();
    const forged = await fetch(`${url}?query=${encodeURIComponent(SPECIALIST)}`);
    expect(forged.status).toBe(403);

    const bad = '{ roles(first: 1000) { totalCount } }';
    const first = await post(bad);
    expect(((await first.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(first.headers.get('etag')).toBeNull();
    counted.reset();
    await post(bad);
    expect(counted.calls()).toBeGreaterThan(1); // executed again, not served from a kept answer
  });

  it('keeps answers per scope: a key’s answer is not given to a caller without it, nor to a revoked key', async () => {
    const { store, post, keys } = await serve();
    const asEditor = await (await post(CHANGES, { authorization: `Bearer ${keys.edit!.key}` })).json();
    expect(asEditor.data.changes.totalCount).toBeGreaterThanOrEqual(0);
    const editorAgain = await post(CHANGES, { authorization: `Bearer ${keys.edit!.key}` });
    expect(editorAgain.headers.get('cache-control')).toBe('private, max-age=0, must-revalidate');

    const anonymous = await (await post(CHANGES)).json();
    expect(anonymous.errors[0].extensions.code).toBe('FORBIDDEN');

    await store.revokeApiKey(keys.edit!.id);
    const revoked = await (await post(CHANGES, { authorization: `Bearer ${keys.edit!.key}` })).json();
    expect(revoked.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('leaves cross-origin browser calls to the full pipeline, with its CORS answer', async () => {
    const { post } = await serve();
    await post(HEADLINE);
    const fromBrowser = await post(HEADLINE, { origin: 'https://portal.example' });
    expect(fromBrowser.status).toBe(200);
    expect(fromBrowser.headers.get('access-control-allow-origin')).toBe('https://portal.example'); // development default: any origin
    expect(fromBrowser.headers.get('cache-control')).toBeNull();
  });

  it('keeps nothing when the response cache is off', async () => {
    const { counted, post, answers } = await serve({ responseCache: false });
    expect(answers).toBeNull();
    await post(HEADLINE);
    counted.reset();
    const again = await post(HEADLINE);
    expect(again.headers.get('etag')).toBeNull();
    expect(counted.calls()).toBeGreaterThan(2);
  });
});

describe('draining before shutdown', () => {
  it('waits for operations whose clients went away, so the store is never closed under them', async () => {
    const { store } = await openTestGraph();
    let traversalsFinished = 0;
    const slow = alteredStore(store, {
      traverse: async (...args: Parameters<Store['traverse']>) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const rows = await store.traverse(...args);
        traversalsFinished++;
        return rows;
      },
    });
    const { listener, drain } = createKnowledgeGraphListener({ store: slow, logger: false });
    server = createServer(listener);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

    const gaveUp = new AbortController();
    const request = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: HEADLINE }),
      signal: gaveUp.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    gaveUp.abort();
    await expect(request).rejects.toThrow();

    expect(traversalsFinished).toBe(0); // the operation is still running without its client
    await drain();
    expect(traversalsFinished).toBeGreaterThan(0);
    const idle = Date.now();
    await drain();
    expect(Date.now() - idle).toBeLessThan(50);
  });
});

describe('when the store fails', () => {
  it('answers 500 with a masked GraphQL error, and keeps serving', async () => {
    const { store } = await openTestGraph();
    let failing = true;
    const flaky = alteredStore(store, {
      graphVersion: async () => (failing ? Promise.reject(new Error('connection lost: secret detail')) : store.graphVersion()),
    });
    const { listener } = createKnowledgeGraphListener({ store: flaky, logger: false, production: true });
    server = createServer(listener);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const ask = () =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SPECIALIST }) });

    const failed = await ask();
    expect(failed.status).toBe(500);
    const text = await failed.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(text).not.toContain('secret detail');

    failing = false;
    const recovered = await ask();
    expect(recovered.status).toBe(200);
    expect(((await recovered.json()) as { data: { role: { name: string } } }).data.role.name).toBeTruthy();
  });
});
