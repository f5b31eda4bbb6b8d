/** Running in production: readiness, request logs, timeouts, CORS, GraphiQL and introspection switches, configuration. */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Store } from '../src/data/index.js';
import { loadConfig } from '../src/server/config.js';
import { DEFAULT_LIMITS } from '../src/server/limits.js';
import { graphql } from './graphql/index.js';
import { startTestService } from './support/knowledge-graph.js';
import { alteredStore } from './support/store-wrappers.js';
import { openTestGraph } from './support/test-store.js';

describe('health and readiness', () => {
  it('answers /health and /ready while the store answers, and 503 on /ready when it does not', async () => {
    const healthy = await startTestService();
    expect((await healthy.yoga.fetch('http://kg.test/health')).status).toBe(200);
    expect((await healthy.yoga.fetch('http://kg.test/ready')).status).toBe(200);

    const { store } = await openTestGraph();
    const down = await startTestService({
      store: alteredStore(store, { ping: async () => Promise.reject(new Error('store unreachable')) }),
    });
    expect((await down.yoga.fetch('http://kg.test/health')).status).toBe(200);
    expect((await down.yoga.fetch('http://kg.test/ready')).status).toBe(503);
  });
});

describe('request logs', () => {
  it('logs one JSON line per request with a request id it echoes, and no query text', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const service = await startTestService({ logger: pino(sink) });
    const secretQuery = '{ role(slug: "it-operations-manager") { name } }';
    const generated = await service.yoga.fetch('http://kg.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer s3cr3t' },
      body: JSON.stringify({ query: secretQuery }),
    });
    const given = await service.yoga.fetch('http://kg.test/graphql?query=%7Broles%7BtotalCount%7D%7D', {
      headers: { 'x-request-id': 'portal-42', 'x-graphql-yoga-csrf': '1' },
    });
    await new Promise((resolve) => setImmediate(resolve));
    const requests = lines.filter((line) => line['msg'] === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200, requestId: generated.headers.get('x-request-id') });
    expect(String(requests[0]!['requestId'])).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[1]).toMatchObject({ method: 'GET', status: 200, requestId: 'portal-42' });
    expect(given.headers.get('x-request-id')).toBe('portal-42');
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain('it-operations-manager');
    expect(everything).not.toContain('s3cr3t');
  });
});

describe('execution timeout', () => {
  it('cancels an operation that runs too long, with a clear error, and resolves nothing further', async () => {
    const { store } = await openTestGraph();
    let traversals = 0;
    const slow = alteredStore(store, {
      traverse: async (...args: Parameters<Store['traverse']>) => {
        traversals++;
        await new Promise((resolve) => setTimeout(resolve, 300));
        return store.traverse(...args);
      },
    });
    const service = await startTestService({ store: slow, limits: { executionTimeoutMs: 100 } });
    const started = Date.now();
    const result = await service.yoga.fetch('http://kg.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: '{ role(slug: "it-operations-manager") { responsibilities { nodes { skillDomains { nodes { name } } } } } }',
      }),
    });
    const elapsed = Date.now() - started;
    const body = (await result.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(result.status).toBe(504);
    expect(body.errors[0]).toMatchObject({
      message: 'Execution exceeded the time limit of 100 ms and was cancelled',
      extensions: { code: 'EXECUTION_TIMEOUT' },
    });
    expect(elapsed).toBeLessThan(300);
    // The first level's store call was under way; the cancelled operation starts no second one.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(traversals).toBe(1);
  });
});

describe('cross-origin requests', () => {
  const preflight = (service: Awaited<ReturnType<typeof startTestService>>, origin: string) =>
    service.yoga.fetch('http://kg.test/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('allows any origin in development', async () => {
    const service = await startTestService();
    expect((await preflight(service, 'https://anywhere.example')).headers.get('access-control-allow-origin')).toBe(
      'https://anywhere.example',
    );
  });

  it('allows no other origin in production unless configured, then only those listed', async () => {
    const closed = await startTestService({ production: true });
    expect((await preflight(closed, 'https://portal.example.com')).headers.get('access-control-allow-origin')).toBeNull();
    const listed = await startTestService({ production: true, corsOrigins: ['https://portal.example.com'] });
    expect((await preflight(listed, 'https://portal.example.com')).headers.get('access-control-allow-origin')).toBe(
      'https://portal.example.com',
    );
    expect((await preflight(listed, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('production switches', () => {
  it('turns GraphiQL and introspection off when configured', async () => {
    const service = await startTestService({ production: true, graphiql: false, introspection: false });
    const page = await service.yoga.fetch('http://kg.test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const introspection = await service
      .query('{ __schema { queryType { name } } }')
      .catch((error: Error) => ({ errors: [{ message: error.message }] }));
    expect(JSON.stringify(introspection)).toMatch(/introspection|__schema/i);
    expect(JSON.stringify(introspection)).not.toContain('"queryType":{"name":"Query"}');
  });

  it('keeps them on by default, also in production', async () => {
    const service = await startTestService({ production: true });
    const introspection = await service.query(graphql(`query QueryTypeName { __schema { queryType { name } } }`));
    expect(introspection.data!.__schema.queryType.name).toBe('Query');
    const page = await service.yoga.fetch('http://kg.test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphiQL');
  });

  it('masks unexpected errors without detail in production, even with NODE_ENV=development', async () => {
    const previous = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'development';
    try {
      const { store } = await openTestGraph();
      const broken = alteredStore(store, {
        nodesBySlugs: async () => Promise.reject(new Error('SQLITE_CORRUPT at /srv/secret/kg.sqlite')),
      });
      const production = await startTestService({ store: broken, production: true });
      const masked = await production.query('{ role(slug: "x") { name } }');
      expect(masked.errors?.[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(masked)).not.toMatch(/secret|SQLITE|stack/);
      const development = await startTestService({ store: broken });
      expect(JSON.stringify(await development.query('{ role(slug: "x") { name } }'))).toContain('SQLITE_CORRUPT');
    } finally {
      process.env['NODE_ENV'] = previous;
    }
  });
});

describe('configuration', () => {
  it('has a documented default for every limit', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(config).toMatchObject({ port: 4000, production: false, graphiql: true, introspection: true, logLevel: 'info' });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      GRAPHIQL: 'false',
      INTROSPECTION: '0',
      CORS_ORIGINS: 'https://a.example, https://b.example:8443',
      MAX_DEPTH: '8',
      MAX_QUERY_COST: '5000',
      MAX_BODY_BYTES: '2048',
      EXECUTION_TIMEOUT_MS: '2500',
    });
    expect(config).toMatchObject({
      production: true,
      port: 8080,
      graphiql: false,
      introspection: false,
      corsOrigins: ['https://a.example', 'https://b.example:8443'],
    });
    expect(config.limits).toMatchObject({
      maxDepth: 8,
      maxQueryCost: 5000,
      maxBodyBytes: 2048,
      executionTimeoutMs: 2500,
      maxAliases: DEFAULT_LIMITS.maxAliases,
    });
  });

  it.each([
    [{ MAX_QUERY_COST: '0' }, /MAX_QUERY_COST/],
    [{ MAX_DEPTH: 'deep' }, /MAX_DEPTH/],
    [{ EXECUTION_TIMEOUT_MS: '-5' }, /EXECUTION_TIMEOUT_MS/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ GRAPHIQL: 'maybe' }, /GRAPHIQL/],
    [{ CORS_ORIGINS: 'portal.example.com' }, /CORS_ORIGINS: must be "\*" or a comma-separated list of origins/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('refuses %o, naming the variable', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(message);
  });
});
