/**
 * Mutations are never answered from a cache, and reads of state beside the graph (API keys) are
 * never stale: with the response cache on (the default), through `yoga.fetch` and through the
 * Node listener that keeps answers in front of the pipeline. Before the fix a second identical
 * createApiKey got the first key's secret, identical deprecations all "succeeded" with one change
 * id, and a revoked key stayed active in `apiKeys`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { newApiKey } from '../src/data/curation.js';
import type { Store } from '../src/data/index.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { openTestGraph } from './support/test-store.js';

// biome-ignore lint/suspicious/noExplicitAny: each test reads the fields of its own mutation
type MutationData = Record<string, any>;
type Post = (query: string, key: string, variables?: object) => Promise<{ data?: MutationData; errors?: unknown[] }>;

const CREATE_KEY = 'mutation { createApiKey(label: "deploy bot", scope: EDIT) { __typename ... on NewApiKey { key apiKey { id } } } }';
const API_KEYS = '{ apiKeys { id label revokedAt } }';
const DEPRECATE =
  'mutation ($input: DeprecateEntityInput!) { deprecateEntity(input: $input) { __typename ... on EntityChange { change { id } } ... on ConflictError { currentVersion } } }';
const ROLE = '{ role(slug: "it-operations-manager") { id version } }';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function adminKeys(store: Store, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id, key, secretHash } = newApiKey();
    await store.createApiKey({ id, label: `admin ${i}`, scope: 'admin', secretHash });
    keys.push(key);
  }
  return keys;
}

/** The two public ways in: yoga.fetch, and real HTTP through the listener (with its kept answers). */
const surfaces: [string, (store: Store) => Promise<Post>][] = [
  [
    'yoga.fetch',
    async (store) => {
      const yoga = createKnowledgeGraphServer({ store, logger: false });
      return async (query, key, variables) =>
        (
          await yoga.fetch('http://kg.test/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
            body: JSON.stringify({ query, variables }),
          })
        ).json();
    },
  ],
  [
    'the Node listener',
    async (store) => {
      const { listener } = createKnowledgeGraphListener({ store, logger: false });
      server = createServer(listener);
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      return async (query, key, variables) =>
        (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
            body: JSON.stringify({ query, variables }),
          })
        ).json();
    },
  ],
];

describe.each(surfaces)('with the response cache on, through %s', (_name, surface) => {
  it('creates a new key for each of two identical createApiKey, from two admins', async () => {
    const { store } = await openTestGraph();
    const [first, second] = await adminKeys(store, 2);
    const post = await surface(store);
    const a = (await post(CREATE_KEY, first!)).data!.createApiKey;
    const b = (await post(CREATE_KEY, second!)).data!.createApiKey;
    const c = (await post(CREATE_KEY, second!)).data!.createApiKey;
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
    const post = await surface(store);
    const role = (await post(ROLE, admin!)).data!.role as { id: string; version: number };
    // Sent together, as a retrying client or a double-click does: each must run against the store.
    const results = await Promise.all(
      Array.from({ length: 20 }, () => post(DEPRECATE, admin!, { input: { id: role.id, expectedVersion: role.version } })),
    );
    const outcomes = results
      .map((result) => result.data!.deprecateEntity)
      .map((result) => (result.__typename === 'ConflictError' ? `ConflictError@${result.currentVersion}` : result.__typename))
      .sort();
    expect(outcomes).toEqual([...Array(19).fill(`ConflictError@${role.version + 1}`), 'EntityChange']);
    const log = (await post('{ changes(first: 50) { nodes { action subjectId } } }', admin!)).data!.changes.nodes as {
      action: string;
      subjectId: string;
    }[];
    expect(log.filter((change) => change.action === 'DEPRECATE_ENTITY')).toHaveLength(1);
    await store.close();
  });

  it('shows a revoked key as revoked in apiKeys at once, and a new one at once', async () => {
    const { store } = await openTestGraph();
    const [admin] = await adminKeys(store, 1);
    const post = await surface(store);
    const created = (await post(CREATE_KEY, admin!)).data!.createApiKey.apiKey.id as string;
    const listed = async () =>
      ((await post(API_KEYS, admin!)).data!.apiKeys as { id: string; revokedAt: string | null }[]).find((key) => key.id === created);
    expect((await listed())?.revokedAt).toBeNull();
    expect((await listed())?.revokedAt).toBeNull(); // asked twice: a cache would now hold it

    const revoked = (await post('mutation ($id: String!) { revokeApiKey(id: $id) { __typename } }', admin!, { id: created })).data!
      .revokeApiKey;
    expect(revoked.__typename).toBe('ApiKey');
    expect((await listed())?.revokedAt).toEqual(expect.any(String));

    const another = (await post(CREATE_KEY.replace('deploy bot', 'second bot'), admin!)).data!.createApiKey.apiKey.id as string;
    const all = (await post(API_KEYS, admin!)).data!.apiKeys as { id: string }[];
    expect(all.map((key) => key.id)).toContain(another);
    await store.close();
  });
});
