/**
 * The service against clients that are slow, many or guessing: failed key checks are throttled
 * per address and logged; open event streams are capped (and no plain-text leak warning appears);
 * slow request headers and bodies are cut by the server's timeouts while a long event stream is
 * not; and a shutdown does not wait for connections that never sent a complete request. Each runs
 * the built service (dist/server/main.js) on loopback.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuthThrottle } from '../src/server/auth-throttle.js';
import { graphql } from './graphql/index.js';
import { createKey } from './support/api-keys.js';
import { untilGraphChanged } from './support/event-stream.js';
import { graphqlClient } from './support/graphql-client.js';
import { type ServiceProcess, startService } from './support/service-process.js';
import { openSharedTestGraph } from './support/test-store.js';

const directory = mkdtempSync(join(tmpdir(), 'kg-slow-clients-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A database on the suite's store (a file for SQLite) with an edit key. */
async function databaseWithEditKey(name: string): Promise<{ databaseUrl: string; key: string; keyId: string }> {
  const { store, databaseUrl } = await openSharedTestGraph(join(directory, `${name}.sqlite`));
  const { id, key } = await createKey(store, 'edit', 'slow clients test');
  await store.close();
  return { databaseUrl, key, keyId: id };
}

async function withService<T>(environment: Record<string, string>, run: (service: ServiceProcess, url: string) => Promise<T>): Promise<T> {
  const service = startService(environment);
  try {
    return await run(service, await service.url());
  } finally {
    service.child.kill('SIGKILL');
  }
}

const ManagerName = graphql(`query SlowManagerName { role(slug: "it-operations-manager") { name } }`);

/** POSTs an operation with these request headers; the response as it came. */
const post = (url: string, operation: { toString(): string }, headers: Record<string, string> = {}) =>
  graphqlClient(url).post(operation, undefined, { headers });

function openStream(url: string) {
  const controller = new AbortController();
  const response = fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: 'subscription { graphChanged { action subjectId } }' }),
    signal: controller.signal,
  });
  return { response, close: () => controller.abort() };
}

/** A raw loopback connection to the service, collecting what it answers. */
async function rawConnection(url: string): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  await once(socket, 'connect');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const opened = Date.now();
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - opened)));
  return { socket, received: () => received, closed };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

describe('failed API-key checks', () => {
  it('are logged without the secret, and throttled per address with 429 and Retry-After once over the limit', async () => {
    const { databaseUrl, key, keyId } = await databaseWithEditKey('throttle');
    await withService({ DATABASE_URL: databaseUrl, AUTH_FAILURE_LIMIT: '5', AUTH_FAILURE_WINDOW_MS: '60000' }, async (service, url) => {
      const wrongSecret = `kg_${keyId}_${'A'.repeat(43)}`;
      const query = ManagerName;
      for (let i = 0; i < 5; i++) {
        // Wrong keys read like anonymous callers (reads are open) until the limit is reached.
        const answered = await post(url, query, { authorization: `Bearer ${i % 2 ? wrongSecret : `kg_nosuchkey000_${'B'.repeat(43)}`}` });
        expect(answered.status).toBe(200);
      }
      for (const authorization of [`Bearer ${wrongSecret}`, `Bearer ${key}`]) {
        // The right key too: otherwise the throttle would still answer the guess.
        const refused = await post(url, query, { authorization });
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code).toBe('TOO_MANY_FAILED_AUTHENTICATIONS');
      }
      // Through GET as well (another way in front of the pipeline).
      const viaGet = await fetch(`${url}?query=${encodeURIComponent(query.toString())}`, {
        headers: { authorization: `Bearer ${key}`, 'x-graphql-yoga-csrf': '1' },
      });
      expect(viaGet.status).toBe(429);
      // Callers without a key are not affected.
      expect((await post(url, query)).status).toBe(200);

      const refusals = service.logLines().filter((line) => line['msg'] === 'API key refused');
      expect(refusals).toHaveLength(5);
      expect(refusals.map((line) => line['reason']).sort()).toEqual(['unknown', 'unknown', 'unknown', 'wrong secret', 'wrong secret']);
      expect(refusals.every((line) => line['client'] === '127.0.0.1' || line['client'] === '::ffff:127.0.0.1')).toBe(true);
      expect(service.output()).not.toContain('A'.repeat(43));
      expect(service.output()).not.toContain(key.slice(-20));
    });
  }, 40_000);

  it('keeps a bounded number of clients in memory', () => {
    const throttle = new AuthThrottle({ limit: 3, windowMs: 60_000, maxClients: 100 });
    for (let i = 0; i < 10_000; i++) throttle.recordFailure(`10.0.${i >> 8}.${i & 255}`);
    expect(throttle.size).toBe(100);
    for (let i = 0; i < 3; i++) throttle.recordFailure('192.0.2.1');
    expect(throttle.retryAfterSeconds('192.0.2.1')).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds('192.0.2.2')).toBe(0);
  });
});

describe('open event streams', () => {
  it('are capped by MAX_EVENT_STREAMS with a 503 that says so, free their place when they end, and raise no plain-text warning', async () => {
    const { databaseUrl } = await databaseWithEditKey('streams');
    await withService({ DATABASE_URL: databaseUrl, MAX_EVENT_STREAMS: '12' }, async (service, url) => {
      const streams = Array.from({ length: 12 }, () => openStream(url));
      for (const stream of streams) expect((await stream.response).status).toBe(200);

      const refused = openStream(url);
      const refusal = await refused.response;
      expect(refusal.status).toBe(503);
      expect(refusal.headers.get('retry-after')).toBe('30');
      expect(await refusal.text()).toContain('"code":"TOO_MANY_EVENT_STREAMS"');

      for (const stream of streams.slice(0, 3)) stream.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const more = Array.from({ length: 3 }, () => openStream(url));
      for (const stream of more) expect((await stream.response).status).toBe(200);
      expect((await openStream(url).response).status).toBe(503);

      for (const stream of [...streams, ...more]) stream.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(service.output()).not.toContain('MaxListenersExceededWarning');
      // Everything the service wrote is JSON log lines.
      const lines = service.output().split('\n').filter(Boolean);
      expect(lines.filter((line) => !line.startsWith('{'))).toEqual([]);
    });
  }, 40_000);
});

describe('server timeouts', () => {
  it('answer 408 to slow headers and to a slow body, and do not cut an event stream that outlives them', async () => {
    const { databaseUrl, key } = await databaseWithEditKey('timeouts');
    await withService({ DATABASE_URL: databaseUrl, HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '1500' }, async (_service, url) => {
      const stream = openStream(url);
      expect((await stream.response).status).toBe(200);
      const event = untilGraphChanged(await stream.response);

      const slowHeaders = await rawConnection(url);
      slowHeaders.socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      const slowBody = await rawConnection(url);
      slowBody.socket.write(
        'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
      );

      const [headersCut, bodyCut] = await Promise.all([within(slowHeaders.closed, 5_000), within(slowBody.closed, 5_000)]);
      expect(headersCut).toBeLessThan(3_500);
      expect(bodyCut).toBeLessThan(3_500);
      expect(slowHeaders.received()).toMatch(/^HTTP\/1.1 408/);
      expect(slowBody.received()).toMatch(/^HTTP\/1.1 408/);

      // The stream, open for longer than both timeouts, still delivers.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const client = graphqlClient(url);
      const role = (await client.data(graphql(`query SlowManager { role(slug: "it-operations-manager") { id version } }`))).role!;
      const renamed = await client.data(
        graphql(`mutation SlowRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }`),
        { input: { id: role.id, expectedVersion: role.version, name: 'Operations lead' } },
        { key },
      );
      expect(renamed).toEqual({ updateEntity: { __typename: 'EntityChange' } });
      expect(await within(event, 5_000)).toContain('"subjectId":"Role:it-operations-manager"');
      stream.close();
    });
  }, 40_000);

  it('refuse a HEADERS_TIMEOUT_MS above REQUEST_TIMEOUT_MS at start-up, naming the variable', async () => {
    const service = startService({ DATABASE_URL: 'sqlite::memory:', HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '1000' });
    expect(await service.exit).toBe(1);
    expect(service.logLines().find((line) => line['level'] === 'fatal')?.['msg']).toMatch(
      /HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS/,
    );
  });
});

describe('shutdown', () => {
  it('closes connections that have not sent a complete request, and exits 0 without waiting for them', async () => {
    const { databaseUrl } = await databaseWithEditKey('shutdown');
    const service = startService({
      DATABASE_URL: databaseUrl,
      HEADERS_TIMEOUT_MS: '60000',
      REQUEST_TIMEOUT_MS: '60000',
      SHUTDOWN_GRACE_MS: '4000',
    });
    try {
      const url = await service.url();
      const connections = await Promise.all([rawConnection(url), rawConnection(url), rawConnection(url)]);
      connections[0]!.socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // half the headers
      connections[1]!.socket.write('G'); // one byte
      // connections[2] sent nothing at all.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stopping = Date.now();
      service.child.kill('SIGTERM');
      expect(await service.exit).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(2_000);
      expect(service.output()).toContain('"msg":"stopped"');
      expect(service.output()).not.toContain('did not finish in time');
    } finally {
      service.child.kill('SIGKILL');
    }
  }, 30_000);
});
