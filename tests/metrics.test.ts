/**
 * `/metrics` in Prometheus text format counts GraphQL requests by operation (a name only when it
 * is a known operation, `other` otherwise), errors by `extensions.code`, store calls by method,
 * answers served from the answer cache (as requests, and as hits), and reports the graph version;
 * `METRICS=off` turns it off (404).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { getOperationAST, parse } from 'graphql';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config.js';
import { CSRF_HEADERS, createKnowledgeGraphServer, type KnowledgeGraphServerOptions } from '../src/server/create-server.js';
import { EXAMPLE_TABS } from '../src/server/example-queries.js';
import { DEFAULT_KNOWN_OPERATION_NAMES } from '../src/server/metrics.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { close, listen } from './support/listen.js';
import { openTestGraph } from './support/test-store.js';

const KNOWN = 'MetricsHeadline';
const HEADLINE = `query ${KNOWN} { responsibility(slug: "security-oversight") { name certifications { nodes { name } } } }`;

let server: Server | undefined;
afterEach(async () => {
  if (server) await close(server);
  server = undefined;
});

async function yogaWith(options: Partial<KnowledgeGraphServerOptions> = {}) {
  const { store } = await openTestGraph();
  const yoga = createKnowledgeGraphServer({ store, logger: false, knownOperationNames: new Set([KNOWN]), ...options });
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  };
  const scrape = async () => {
    const response = await yoga.fetch('http://localhost/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };
  return { store, yoga, post, scrape };
}

/** The value of the sample `name` whose labels include `labels`, or undefined when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  it('counts each GraphQL query under its operation name, with its duration, when the operation is known', async () => {
    const { post, scrape } = await yogaWith();
    const labels = { operationName: KNOWN, operationType: 'query' };
    expect(sample(await scrape(), 'graphql_envelop_request', labels)).toBeUndefined();
    expect((await post(HEADLINE)).errors).toBeUndefined();
    const first = await scrape();
    expect(sample(first, 'graphql_envelop_request', labels)).toBe(1);
    expect(sample(first, 'graphql_yoga_http_duration_count', { ...labels, method: 'POST', statusCode: '200' })).toBe(1);
    // The same again: answered by the pipeline's response cache, without executing, and counted all the same.
    await post(HEADLINE);
    const text = await scrape();
    expect(sample(text, 'graphql_envelop_request', labels)).toBe(2);
    expect(sample(text, 'graphql_envelop_request_duration_count', labels)).toBe(2);
    expect(sample(text, 'kg_response_cache_hits_total')).toBe(1);
  });

  it('labels an operation whose name is not a known operation "other", so clients cannot grow the label set', async () => {
    const { post, scrape } = await yogaWith();
    await post(`query Client${Date.now()}Chosen { roles(first: 1) { totalCount } }`);
    await post(`{ roles(first: 1) { totalCount } }`);
    const text = await scrape();
    expect(sample(text, 'graphql_envelop_request', { operationName: 'other', operationType: 'query' })).toBe(2);
    expect(text).not.toMatch(/Client\d+Chosen/);
  });

  it('counts errors by their extensions.code, whichever phase refused them', async () => {
    const { post, scrape } = await yogaWith({ limits: { maxQueryCost: 50 } });
    expect((await post('{ roles(first: 1) { totalCount }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await post('{ roles(first: 1) { noSuchField } }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await post(`query ${KNOWN} { role(slug: "${'x'.repeat(300)}") { name } }`)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await post('{ roles(first: 100) { nodes { responsibilities(first: 100) { totalCount } } } }')).errors?.[0]?.extensions?.code,
    ).toBe('QUERY_TOO_COSTLY');
    const text = await scrape();
    expect(sample(text, 'graphql_envelop_error_result', { code: 'GRAPHQL_PARSE_FAILED', phase: 'parse' })).toBe(1);
    expect(sample(text, 'graphql_envelop_error_result', { code: 'GRAPHQL_VALIDATION_FAILED', phase: 'validate' })).toBe(1);
    expect(sample(text, 'graphql_envelop_error_result', { code: 'BAD_USER_INPUT', phase: 'execute', operationName: KNOWN })).toBe(1);
    expect(sample(text, 'graphql_envelop_error_result', { code: 'QUERY_TOO_COSTLY', operationName: 'other' })).toBe(1);
  });

  it("times store calls by store method and reports the graph's version", async () => {
    const { store, post, scrape } = await yogaWith();
    await post(HEADLINE);
    const text = await scrape();
    expect(sample(text, 'kg_store_call_duration_seconds_count', { method: 'nodesBySlugs' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'kg_graph_version')).toBe(Number(await store.graphVersion()));
  });

  it('is off with metrics: false (METRICS=off): /metrics is 404 and queries still answer', async () => {
    const { yoga, post } = await yogaWith({ metrics: false });
    expect((await yoga.fetch('http://localhost/metrics')).status).toBe(404);
    expect((await post(HEADLINE)).errors).toBeUndefined();
    expect(loadConfig({ METRICS: 'off' }).metrics).toBe(false);
    expect(loadConfig({}).metrics).toBe(true);
    expect(() => loadConfig({ METRICS: 'maybe' })).toThrow(/METRICS/);
  });

  it('labels the trusted documents’ operations — GraphiQL’s example tabs and the explorer’s — as themselves by default', () => {
    const tabs = EXAMPLE_TABS.map((tab) => getOperationAST(parse(tab.query))?.name?.value);
    expect(tabs.length).toBeGreaterThan(10);
    for (const name of tabs) expect(DEFAULT_KNOWN_OPERATION_NAMES).toContain(name);
    const explorer = readFileSync(new URL('../src/explorer/queries.ts', import.meta.url), 'utf8');
    const names = [...explorer.matchAll(/\b(?:query|mutation|subscription) (\w+)/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(DEFAULT_KNOWN_OPERATION_NAMES).toContain(name);
  });
});

describe('/metrics over HTTP, with the answer cache in front of the pipeline', () => {
  async function listenerWith() {
    const { store } = await openTestGraph();
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const { listener } = createKnowledgeGraphListener({ store, logger: pino(sink), knownOperationNames: new Set([KNOWN]) });
    server = createServer(listener);
    const origin = await listen(server);
    return { origin, lines };
  }

  it('counts an answer served from the answer cache as a request of its operation, and as a hit', async () => {
    const { origin } = await listenerWith();
    const get = () => fetch(`${origin}/graphql?query=${encodeURIComponent(HEADLINE)}`, { headers: { [CSRF_HEADERS[0]!]: '1' } });
    const first = await get();
    expect(first.status).toBe(200);
    const second = await get();
    expect(await second.text()).toBe(await first.text());
    const text = await (await fetch(`${origin}/metrics`)).text();
    expect(sample(text, 'kg_answer_cache_requests_total', { result: 'miss' })).toBe(1);
    expect(sample(text, 'kg_answer_cache_requests_total', { result: 'hit' })).toBe(1);
    expect(sample(text, 'graphql_envelop_request', { operationName: KNOWN, operationType: 'query' })).toBe(2);
    expect(sample(text, 'graphql_envelop_request_duration_count', { operationName: KNOWN })).toBe(2);
  });

  it('is never answered from the answer cache and leaves no request log line, while GraphQL requests do', async () => {
    const { origin, lines } = await listenerWith();
    const scrape = async () => sample(await (await fetch(`${origin}/metrics`)).text(), 'graphql_envelop_request', { operationName: KNOWN });
    expect(await scrape()).toBeUndefined();
    await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: HEADLINE }),
    });
    expect(await scrape()).toBe(1);
    const logged = lines.filter((line) => line['msg'] === 'request').map((line) => line['path']);
    expect(logged).toContain('/graphql');
    expect(logged).not.toContain('/metrics');
  });
});
