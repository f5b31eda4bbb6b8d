/**
 * Redis is only the change feed's carrier: when it cannot be reached the service keeps answering
 * queries and mutations, tells subscribers on this replica about its own changes, says the feed is
 * degraded on /ready and in its JSON log, and recovers when Redis comes back. Before the fix the
 * first subscription or mutation ended the process (MaxRetriesPerRequestError, exit 1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from './graphql/index.js';
import { createKey } from './support/api-keys.js';
import { untilGraphChanged } from './support/event-stream.js';
import { graphqlClient } from './support/graphql-client.js';
import { listen } from './support/listen.js';
import { eventually, freePort, startService } from './support/service-process.js';
import { openSharedTestGraph } from './support/test-store.js';

const directory = mkdtempSync(join(tmpdir(), 'kg-redis-outage-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A database on the suite's store (a file for SQLite) with an edit key: its DATABASE_URL and the key. */
async function databaseWithEditKey(name: string): Promise<{ databaseUrl: string; key: string }> {
  const { store, databaseUrl } = await openSharedTestGraph(join(directory, `${name}.sqlite`));
  const { key } = await createKey(store, 'edit', 'outage test');
  await store.close();
  return { databaseUrl, key };
}

const Manager = graphql(`query OutageManager { role(slug: "it-operations-manager") { id name version } }`);
const Rename = graphql(`mutation OutageRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }`);

/** Renames the manager through the API (an acknowledged change, whatever Redis does). */
async function renameManager(url: string, key: string, name = 'Operations lead'): Promise<void> {
  const client = graphqlClient(url);
  const role = (await client.data(Manager)).role!;
  const renamed = await client.query(Rename, { input: { id: role.id, expectedVersion: role.version, name } }, { key });
  expect(renamed).toEqual({ data: { updateEntity: { __typename: 'EntityChange' } } });
}

/** The event, or 'timeout' when it has not come within five seconds. */
const withinFiveSeconds = (event: Promise<string>) =>
  Promise.race([event, new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), 5_000))]);

async function readiness(url: string) {
  const response = await fetch(new URL('/ready', url));
  return { status: response.status, body: (await response.json()) as { status: string; changeFeed?: { status: string; reason?: string } } };
}

describe('with REDIS_URL naming a port where nothing listens', () => {
  it('keeps serving subscriptions, mutations and queries, reports the degraded feed on /ready and in the log', async () => {
    const { databaseUrl, key } = await databaseWithEditKey('outage');
    const service = startService({ DATABASE_URL: databaseUrl, REDIS_URL: `redis://127.0.0.1:${await freePort()}`, LOG_LEVEL: 'info' });
    try {
      const url = await service.url();

      // An anonymous subscriber: its SUBSCRIBE cannot reach Redis.
      const controller = new AbortController();
      const stream = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { graphChanged { action subjectId } }' }),
        signal: controller.signal,
      });
      expect(stream.status).toBe(200);
      const event = untilGraphChanged(stream);

      // A mutation: committed, answered, and its PUBLISH cannot reach Redis.
      await renameManager(url, key);

      // This replica's own subscriber still hears of its change.
      const received = await withinFiveSeconds(event);
      controller.abort();
      expect(received).toContain('"subjectId":"Role:it-operations-manager"');

      // Still alive and answering, with the change.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(service.child.exitCode).toBeNull();
      const after = await graphqlClient(url).data(Manager);
      expect(after.role!.name).toBe('Operations lead');

      const ready = await readiness(url);
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('degraded');
      expect(ready.body.changeFeed?.status).toBe('degraded');
      expect(ready.body.changeFeed?.reason).toMatch(/ECONNREFUSED|connect|closed|writeable/i);

      const logged = service.logLines().find((line) => String(line['msg']).startsWith('change feed degraded'));
      expect(logged).toBeDefined();
      expect(logged!['level']).toBe(50);
      expect(service.output()).not.toContain('MaxRetriesPerRequestError');
      expect(service.output()).not.toContain('Unhandled error event');
    } finally {
      service.child.kill('SIGKILL');
    }
  }, 40_000);
});

const redisUrl = process.env['TEST_REDIS_URL'];

/** A TCP relay to the real Redis that can be cut and restored: an outage without stopping Redis. */
function redisRelay(target: URL, port: number) {
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  return {
    async up() {
      server = createServer((client) => {
        const upstream = createConnection(Number(target.port || 6379), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      await listen(server, port);
    },
    async down() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
      server = null;
    },
  };
}

describe.runIf(redisUrl)('when Redis comes back', () => {
  it('restores the feed after each outage: /ready says ready again and a change reaches a subscriber made during the outage, through Redis', async () => {
    const { databaseUrl, key } = await databaseWithEditKey('restored');

    const port = await freePort();
    const relay = redisRelay(new URL(redisUrl!), port);
    const service = startService({ DATABASE_URL: databaseUrl, REDIS_URL: `redis://127.0.0.1:${port}` });
    try {
      const url = await service.url();
      expect(await eventually(async () => (await readiness(url)).body.status === 'degraded')).toBe(true);
      // Subscribed during the outage: the subscription must be made once Redis is back.
      const controller = new AbortController();
      const stream = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { graphChanged { action subjectId } }' }),
        signal: controller.signal,
      });
      const event = untilGraphChanged(stream);

      await relay.up();
      expect(await eventually(async () => (await readiness(url)).body.status === 'ready', 15_000)).toBe(true);
      expect(service.logLines().some((line) => line['msg'] === 'change feed restored')).toBe(true);

      await new Promise((resolve) => setTimeout(resolve, 300));
      await renameManager(url, key);
      const received = await withinFiveSeconds(event);
      controller.abort();
      expect(received).toContain('"subjectId":"Role:it-operations-manager"');
      expect(service.logLines().filter((line) => String(line['msg']).startsWith('change feed degraded'))).toHaveLength(1);

      // Redis lost while connected, then back: degraded, still answering, then restored again.
      await relay.down();
      expect(await eventually(async () => (await readiness(url)).body.status === 'degraded')).toBe(true);
      await renameManager(url, key, 'Operations lead (again)');
      await relay.up();
      expect(await eventually(async () => (await readiness(url)).body.status === 'ready', 15_000)).toBe(true);
      expect(service.logLines().filter((line) => line['msg'] === 'change feed restored')).toHaveLength(2);
      expect(service.child.exitCode).toBeNull();
    } finally {
      service.child.kill('SIGKILL');
      await relay.down();
    }
  }, 60_000);
});
