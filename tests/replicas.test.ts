/**
 * Two replicas on one PostgreSQL database, sharing the change feed through Redis: a change made
 * through the first is read through the second at once (never its cached old answer), and a
 * subscriber on the second receives the event. Runs when TEST_DATABASE_URL and TEST_REDIS_URL name
 * the servers (CI sets both).
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { newApiKey } from '../src/data/curation.js';
import { untilGraphChanged } from './support/event-stream.js';
import { openTestGraph, TEST_STORE_DIALECT, testDatabaseUrlOf } from './support/test-store.js';

const redisUrl = process.env['TEST_REDIS_URL'];

function startReplica(databaseUrl: string): { child: ChildProcessWithoutNullStreams; url: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl!,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start: ${output}`)), 30_000);
    const poll = setInterval(() => {
      const match = /"url":"(http:\/\/localhost:\d+\/graphql)"/.exec(output);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]!.replace('localhost', '127.0.0.1'));
      }
    }, 50);
  });
  return { child, url };
}

describe.runIf(TEST_STORE_DIALECT === 'postgres' && redisUrl)('replicas on one PostgreSQL database', () => {
  it('agree at once after a change through either, and share the change feed', async () => {
    const { store } = await openTestGraph();
    const { id, key, secretHash } = newApiKey();
    await store.createApiKey({ id, label: 'replica test', scope: 'edit', secretHash });
    const databaseUrl = testDatabaseUrlOf(store);
    await store.close();

    const first = startReplica(databaseUrl);
    const second = startReplica(databaseUrl);
    try {
      const [firstUrl, secondUrl] = await Promise.all([first.url, second.url]);
      const read = async (url: string) =>
        (
          (await (
            await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ role(slug: "it-operations-manager") { id name version } }' }),
            })
          ).json()) as {
            data: { role: { id: string; name: string; version: number } };
          }
        ).data.role;
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

      const update = await fetch(firstUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({
          query: 'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }',
          variables: { input: { id: before.id, expectedVersion: before.version, name: 'IT operations manager (renamed on replica 1)' } },
        }),
      });
      expect(await update.json()).toEqual({ data: { updateEntity: { __typename: 'EntityChange' } } });

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
