/**
 * Mutations are never answered from a cache, and reads of state beside the graph (API keys) are
 * never stale: with the response cache on (the default), through `yoga.fetch` and through the
 * Node listener that keeps answers in front of the pipeline. Before the fix a second identical
 * createApiKey got the first key's secret, identical deprecations all "succeeded" with one change
 * id, and a revoked key stayed active in `apiKeys`.
 */
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/data/index.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { graphql } from './graphql/index.js';
import { type GraphQLClient, graphqlClient } from './support/graphql-client.js';
import { createKey, expectTypename, startTestService } from './support/knowledge-graph.js';
import { close, listen } from './support/listen.js';
import { openTestGraph } from './support/test-store.js';

const CreateKey = graphql(`
  mutation CachedCreateKey($label: String!) {
    createApiKey(label: $label, scope: EDIT) { __typename ... on NewApiKey { key apiKey { id } } }
  }
`);
const ApiKeys = graphql(`query CachedApiKeys { apiKeys { id label revokedAt } }`);
const Deprecate = graphql(`
  mutation CachedDeprecate($input: DeprecateEntityInput!) {
    deprecateEntity(input: $input) { __typename ... on EntityChange { change { id } } ... on ConflictError { currentVersion } }
  }
`);
const Role = graphql(`query CachedRole { role(slug: "it-operations-manager") { id version } }`);

let server: Server | undefined;
afterEach(async () => {
  if (server) await close(server);
  server = undefined;
});

async function adminKeys(store: Store, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) keys.push((await createKey(store, 'admin', `admin ${i}`)).key);
  return keys;
}

/** The two public ways in: yoga.fetch, and real HTTP through the listener (with its kept answers). */
const surfaces: [string, (store: Store) => Promise<GraphQLClient>][] = [
  ['yoga.fetch', (store) => startTestService({ store })],
  [
    'the Node listener',
    async (store) => {
      const { listener } = createKnowledgeGraphListener({ store, logger: false });
      server = createServer(listener);
      return graphqlClient(`${await listen(server)}/graphql`);
    },
  ],
];

describe.each(surfaces)('with the response cache on, through %s', (_name, surface) => {
  it('creates a new key for each of two identical createApiKey, from two admins', async () => {
    const { store } = await openTestGraph();
    const [first, second] = await adminKeys(store, 2);
    const client = await surface(store);
    const create = async (key: string) =>
      expectTypename((await client.data(CreateKey, { label: 'deploy bot' }, { key })).createApiKey, 'NewApiKey');
    const a = await create(first!);
    const b = await create(second!);
    const c = await create(second!);
    expect([a.__typename, b.__typename, c.__typename]).toEqual(['NewApiKey', 'NewApiKey', 'NewApiKey']);
    expect(new Set([a.key, b.key, c.key]).size).toBe(3);
    expect(new Set([a.apiKey.id, b.apiKey.id, c.apiKey.id]).size).toBe(3);
    const listed = (await store.listApiKeys()).filter((key) => key.label === 'deploy bot');
    expect(listed.map((key) => key.id).sort()).toEqual([a.apiKey.id, b.apiKey.id, c.apiKey.id].sort());
    await store.close();
  });

  it('lets exactly one of 20 identical deprecateEntity succeed; the others are version conflicts', async () => {
    const { store } = await openTestGraph();
    const [admin] = await adminKeys(store, 1);
    const client = await surface(store);
    const role = (await client.data(Role, {}, { key: admin! })).role!;
    // Sent together, as a retrying client or a double-click does: each must run against the store.
    const results = await Promise.all(
      Array.from({ length: 20 }, () => client.data(Deprecate, { input: { id: role.id, expectedVersion: role.version } }, { key: admin! })),
    );
    const outcomes = results
      .map((result) => result.deprecateEntity)
      .map((result) => (result.__typename === 'ConflictError' ? `ConflictError@${result.currentVersion}` : result.__typename))
      .sort();
    expect(outcomes).toEqual([...Array(19).fill(`ConflictError@${role.version + 1}`), 'EntityChange']);
    const log = (
      await client.data(graphql(`query CachedChangeLog { changes(first: 50) { nodes { action subjectId } } }`), {}, { key: admin! })
    ).changes.nodes;
    expect(log.filter((change) => change.action === 'DEPRECATE_ENTITY')).toHaveLength(1);
    await store.close();
  });

  it('shows a revoked key as revoked in apiKeys at once, and a new one at once', async () => {
    const { store } = await openTestGraph();
    const [admin] = await adminKeys(store, 1);
    const client = await surface(store);
    const create = async (label: string) =>
      expectTypename((await client.data(CreateKey, { label }, { key: admin! })).createApiKey, 'NewApiKey').apiKey.id;
    const created = await create('deploy bot');
    const listed = async () => (await client.data(ApiKeys, {}, { key: admin! })).apiKeys.find((key) => key.id === created);
    expect((await listed())?.revokedAt).toBeNull();
    expect((await listed())?.revokedAt).toBeNull(); // asked twice: a cache would now hold it

    const revoked = (
      await client.data(
        graphql(`mutation CachedRevokeKey($id: String!) { revokeApiKey(id: $id) { __typename } }`),
        { id: created },
        { key: admin! },
      )
    ).revokeApiKey;
    expect(revoked.__typename).toBe('ApiKey');
    expect((await listed())?.revokedAt).toEqual(expect.any(String));

    const another = await create('second bot');
    const all = (await client.data(ApiKeys, {}, { key: admin! })).apiKeys;
    expect(all.map((key) => key.id)).toContain(another);
    await store.close();
  });
});
