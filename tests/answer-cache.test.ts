/**
 * Answers to repeated questions, served over HTTP before the GraphQL pipeline: exact, conditional
 * (ETag / 304), scoped to the caller, and never stale after a change.
 */
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/data/index.js';
import { CSRF_HEADERS } from '../src/server/create-server.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { graphql } from './graphql/index.js';
import { createKey } from './support/api-keys.js';
import { answerOf, type GraphQLClient, graphqlClient, type Operation } from './support/graphql-client.js';
import { close, listen } from './support/listen.js';
import { alteredStore, countingStore } from './support/store-wrappers.js';
import { openTestGraph } from './support/test-store.js';

const Headline = graphql(`
  query CacheHeadline { responsibility(slug: "security-oversight") { name certifications { nodes { name issuer { name } } } } }
`);
const Specialist = graphql(`query CacheSpecialist { role(slug: "it-operations-specialist") { id name version } }`);
const Changes = graphql(`query CacheChanges { changes(first: 5) { totalCount } }`);
const RoleVersion = graphql(`query CacheRoleVersion($slug: String!) { role(slug: $slug) { id version } }`);
const Rename = graphql(`mutation CacheRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }`);

let server: Server | undefined;
afterEach(async () => {
  if (server) await close(server);
  server = undefined;
});

/** The Node listener (as `npm start` serves) on a loopback port, over a store whose calls are counted. */
async function serve(options: { responseCache?: boolean } = {}) {
  const { store } = await openTestGraph();
  const counted = countingStore(store);
  const { listener, answers } = createKnowledgeGraphListener({ store: counted.store, logger: false, ...options });
  server = createServer(listener);
  const url = `${await listen(server)}/graphql`;
  const keys = { edit: await createKey(store, 'edit'), admin: await createKey(store, 'admin') };
  const client = graphqlClient(url);
  const post = <Data>(operation: Operation<Data, Record<string, never>>, headers: Record<string, string> = {}) =>
    client.post(operation, undefined, { headers });
  const get = (operation: { toString(): string }, headers: Record<string, string> = {}) =>
    fetch(`${url}?query=${encodeURIComponent(operation.toString())}`, { headers: { [CSRF_HEADERS[0]!]: '1', ...headers } });
  return { store, counted, answers, url, keys, client, post, get };
}

/** Renames the role through the API, as a curator with `key` does. */
async function rename(client: GraphQLClient, slug: string, name: string, key: string) {
  const role = await roleOf(client, slug);
  return answerOf(await client.post(Rename, { input: { id: role.id, expectedVersion: role.version, name } }, { key }), Rename);
}

async function roleOf(client: GraphQLClient, slug: string) {
  return (await answerOf(await client.post(RoleVersion, { slug }), RoleVersion)).data!.role!;
}

describe('answers kept in front of the pipeline', () => {
  it('answers a repeated question byte for byte without running it again: one store call, for the graph version', async () => {
    const { counted, post } = await serve();
    const first = await post(Headline);
    const firstBody = await first.text();
    const callsForFirst = counted.calls();
    expect(first.status).toBe(200);
    expect(JSON.parse(firstBody).data.responsibility.certifications.nodes.length).toBeGreaterThan(0);
    expect(callsForFirst).toBeGreaterThan(2);

    counted.reset();
    const second = await post(Headline);
    expect(await second.text()).toBe(firstBody);
    expect(counted.log).toEqual(['graphVersion']);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('x-request-id')).toBeTruthy();
  });

  it('never serves an answer from before a change made through the API, and never keeps a mutation’s answer', async () => {
    const { client, post, keys } = await serve();
    const before = await answerOf(await post(Specialist), Specialist);
    expect(before.data!.role!.name).not.toBe('Operations engineer');

    const renamed = await rename(client, 'it-operations-specialist', 'Operations engineer', keys.edit.key);
    expect(renamed.data!.updateEntity.__typename).toBe('EntityChange');
    const after = await answerOf(await post(Specialist), Specialist);
    expect(after.data!.role).toMatchObject({ name: 'Operations engineer', version: before.data!.role!.version + 1 });

    // The same mutation again is executed again: its expected version is now stale.
    const role = await roleOf(client, 'it-operations-specialist');
    const input = { input: { id: role.id, expectedVersion: role.version, name: 'Twice' } };
    const once = await answerOf(await client.post(Rename, input, { key: keys.edit.key }), Rename);
    const twice = await answerOf(await client.post(Rename, input, { key: keys.edit.key }), Rename);
    expect(once.data!.updateEntity.__typename).toBe('EntityChange');
    expect(twice.data!.updateEntity.__typename).toBe('ConflictError');
  });

  it('never serves an answer from before a change made around the server (another process, the CLI)', async () => {
    const { store, post, keys } = await serve();
    const specialistName = async () => (await answerOf(await post(Specialist), Specialist)).data!.role!.name;
    expect(await specialistName()).not.toBe('Changed elsewhere');
    const [node] = await store.nodesBySlugs('Role', ['it-operations-specialist']);
    await store.applyChange(
      { action: 'UPDATE_ENTITY', id: node!.id, expectedVersion: node!.version, patch: { name: 'Changed elsewhere' } },
      { keyId: keys.admin.id, label: 'admin key' },
    );
    expect(await specialistName()).toBe('Changed elsewhere');
  });

  it('answers GET with an ETag, 304 while the graph is unchanged, and a new answer after a change', async () => {
    const { client, get, keys } = await serve();
    const first = await get(Specialist);
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);

    const unchanged = await get(Specialist, { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    await rename(client, 'it-operations-specialist', 'Operations engineer', keys.edit.key);
    const changed = await get(Specialist, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await answerOf(changed, Specialist)).data!.role!.name).toBe('Operations engineer');
  });

  it('still refuses a GET without a CSRF header, and keeps no answer with errors', async () => {
    const { counted, url, post } = await serve();
    const forged = await fetch(`${url}?query=${encodeURIComponent(Specialist.toString())}`);
    expect(forged.status).toBe(403);

    const bad = graphql(`query CacheOversizedPage { roles(first: 1000) { totalCount } }`);
    const first = await post(bad);
    expect((await answerOf(first, bad)).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(first.headers.get('etag')).toBeNull();
    counted.reset();
    await post(bad);
    expect(counted.calls()).toBeGreaterThan(1); // executed again, not served from a kept answer
  });

  it('keeps answers per scope: a key’s answer is not given to a caller without it, nor to a revoked key', async () => {
    const { store, client, keys } = await serve();
    const asEditor = await answerOf(await client.post(Changes, {}, { key: keys.edit.key }), Changes);
    expect(asEditor.data!.changes.totalCount).toBeGreaterThanOrEqual(0);
    const editorAgain = await client.post(Changes, {}, { key: keys.edit.key });
    expect(editorAgain.headers.get('cache-control')).toBe('private, max-age=0, must-revalidate');

    const anonymous = await answerOf(await client.post(Changes), Changes);
    expect(anonymous.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    await store.revokeApiKey(keys.edit.id);
    const revoked = await answerOf(await client.post(Changes, {}, { key: keys.edit.key }), Changes);
    expect(revoked.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('leaves cross-origin browser calls to the full pipeline, with its CORS answer', async () => {
    const { post } = await serve();
    await post(Headline);
    const fromBrowser = await post(Headline, { origin: 'https://portal.example' });
    expect(fromBrowser.status).toBe(200);
    expect(fromBrowser.headers.get('access-control-allow-origin')).toBe('https://portal.example'); // development default: any origin
    expect(fromBrowser.headers.get('cache-control')).toBeNull();
  });

  it('keeps nothing when the response cache is off', async () => {
    const { counted, post, answers } = await serve({ responseCache: false });
    expect(answers).toBeNull();
    await post(Headline);
    counted.reset();
    const again = await post(Headline);
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
    const client = graphqlClient(`${await listen(server)}/graphql`);

    const gaveUp = new AbortController();
    const request = client.post(Headline, undefined, { signal: gaveUp.signal });
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
    const client = graphqlClient(`${await listen(server)}/graphql`);
    const ask = () => client.post(Specialist);

    const failed = await ask();
    expect(failed.status).toBe(500);
    const text = await failed.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(text).not.toContain('secret detail');

    failing = false;
    const recovered = await ask();
    expect(recovered.status).toBe(200);
    expect((await answerOf(recovered, Specialist)).data!.role!.name).toBeTruthy();
  });
});
