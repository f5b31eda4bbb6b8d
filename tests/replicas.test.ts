/**
 * Two replicas on one PostgreSQL database, sharing the change feed through Redis: a change made
 * through the first is read through the second at once (never its cached old answer), and a
 * subscriber on the second receives the event. Runs when TEST_DATABASE_URL and TEST_REDIS_URL name
 * the servers (CI sets both).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from './graphql/index.js';
import { createKey } from './support/api-keys.js';
import { untilGraphChanged } from './support/event-stream.js';
import { graphqlClient } from './support/graphql-client.js';
import { startService } from './support/service-process.js';
import { openTestGraph, TEST_STORE_DIALECT, testDatabaseUrlOf } from './support/test-store.js';

const redisUrl = process.env['TEST_REDIS_URL'];

/** A replica: the built service on the shared database and Redis. */
const startReplica = (databaseUrl: string) => startService({ DATABASE_URL: databaseUrl, REDIS_URL: redisUrl!, LOG_LEVEL: 'info' });

const Manager = graphql(`query ReplicaManager { role(slug: "it-operations-manager") { id name version } }`);
const Rename = graphql(`mutation ReplicaRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }`);

describe.runIf(TEST_STORE_DIALECT === 'postgres' && redisUrl)('replicas on one PostgreSQL database', () => {
  it('agree at once after a change through either, and share the change feed', async () => {
    const { store } = await openTestGraph();
    const { key } = await createKey(store, 'edit', 'replica test');
    const databaseUrl = testDatabaseUrlOf(store);
    await store.close();

    const first = startReplica(databaseUrl);
    const second = startReplica(databaseUrl);
    try {
      const [firstUrl, secondUrl] = await Promise.all([first.url(), second.url()]);
      const read = async (url: string) => (await graphqlClient(url).data(Manager)).role!;
      const before = await read(secondUrl);
      await read(secondUrl); // now cached on the second replica

      // A subscriber on the second replica.
      const controller = new AbortController();
      const stream = await fetch(secondUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { graphChanged { action subjectId actorLabel } }' }),
        signal: controller.signal,
      });
      const event = untilGraphChanged(stream);
      await new Promise((resolve) => setTimeout(resolve, 300));

      const update = await graphqlClient(firstUrl).query(
        Rename,
        { input: { id: before.id, expectedVersion: before.version, name: 'IT operations manager (renamed on replica 1)' } },
        { key },
      );
      expect(update).toEqual({ data: { updateEntity: { __typename: 'EntityChange' } } });

      const after = await read(secondUrl);
      expect(after.name).toBe('IT operations manager (renamed on replica 1)');
      const received = await Promise.race([event, new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), 5_000))]);
      controller.abort();
      expect(received).toContain('"subjectId":"Role:it-operations-manager"');
      expect(received).toContain('"actorLabel":"replica test"');
    } finally {
      first.child.kill('SIGKILL');
      second.child.kill('SIGKILL');
    }
  }, 60_000);
});
