/**
 * OpenTelemetry traces: a GraphQL request yields one trace — the HTTP request span, with parse,
 * validate and the operation's execute span as its children and each store call a child of the
 * execute span — and the service process exports spans over OTLP/HTTP when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config.js';
import { CSRF_HEADERS, createKnowledgeGraphServer } from '../src/server/create-server.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { close, listen } from './support/listen.js';
import { eventually, startService } from './support/service-process.js';
import { openSharedTestGraph, openTestGraph } from './support/test-store.js';

const QUERY = `query TraceHeadline { responsibility(slug: "security-oversight") { name certifications { nodes { name issuer { name } } } } }`;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tracedYoga() {
  const { store } = await openTestGraph();
  const exporter = new InMemorySpanExporter();
  const tracerProvider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  cleanups.push(() => tracerProvider.shutdown());
  // The tests' operations are made known ones: only known operations name their execute span.
  const yoga = createKnowledgeGraphServer({
    store,
    logger: false,
    tracerProvider,
    responseCache: false,
    knownOperationNames: new Set(['TraceHeadline', 'TraceRole']),
  });
  return { yoga, exporter };
}

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('traces', () => {
  it('gives a request one trace: parse, validate and execute under the HTTP span, store calls under execute', async () => {
    const { yoga, exporter } = await tracedYoga();
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(200);
    await response.text();
    const spans = exporter.getFinishedSpans();
    const named = (name: string) => spans.filter((span) => span.name === name);
    const [http] = named('POST /graphql');
    expect(http).toBeDefined();
    expect(parentOf(http!)).toBeUndefined();
    expect(http!.attributes['http.response.status_code']).toBe(200);
    const [parse] = named('graphql.parse');
    const [validate] = named('graphql.validate');
    const [execute] = named('query.TraceHeadline');
    for (const phase of [parse, validate, execute]) {
      expect(phase).toBeDefined();
      expect(parentOf(phase!)).toBe(http!.spanContext().spanId);
    }
    expect(execute!.attributes['graphql.execute.operationName']).toBe('TraceHeadline');
    const storeCalls = spans.filter((span) => span.name.startsWith('store.'));
    expect(storeCalls.map((span) => span.name)).toContain('store.nodesBySlugs');
    for (const call of storeCalls) expect(parentOf(call)).toBe(execute!.spanContext().spanId);
    expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
  });

  it('keeps concurrent requests in separate traces, each store call under its own request', async () => {
    const { yoga, exporter } = await tracedYoga();
    const ask = async (slug: string) => {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query TraceRole { role(slug: "${slug}") { name responsibilities { totalCount } } }` }),
      });
      return response.text();
    };
    await Promise.all([ask('it-operations-manager'), ask('it-operations-specialist')]);
    const spans = exporter.getFinishedSpans();
    const executes = spans.filter((span) => span.name === 'query.TraceRole');
    expect(executes).toHaveLength(2);
    expect(new Set(executes.map((span) => span.spanContext().traceId)).size).toBe(2);
    for (const call of spans.filter((span) => span.name.startsWith('store.'))) {
      const parent = executes.find((execute) => execute.spanContext().spanId === parentOf(call));
      expect(parent?.spanContext().traceId).toBe(call.spanContext().traceId);
    }
  });

  it('names spans by route and bounded operation label, never by a raw path or a client-chosen operation name', async () => {
    const { yoga, exporter } = await tracedYoga();
    for (const path of ['/wp-admin/a1', '/secret-token-abc123/x?key=hunter2', '/entities/Um9sZTox.jsonld', '/explore/app.js'])
      await (await yoga.fetch(`http://localhost${path}`)).text();
    const made = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Evil_user_john_doe_ssn_123456789 { __typename }' }),
    });
    expect(made.status).toBe(200);
    await made.text();

    const spans = exporter.getFinishedSpans();
    const names = spans.map((span) => span.name);
    expect(names).toEqual(expect.arrayContaining(['GET', 'GET /entities/{id}.jsonld', 'GET /explore', 'POST /graphql', 'query.other']));
    // The document itself is exported (it has no inline arguments); its operation name nowhere else.
    const everything = JSON.stringify(spans.map((span) => [span.name, { ...span.attributes, 'graphql.execute.document': undefined }]));
    for (const secret of ['wp-admin', 'secret-token', 'hunter2', 'Evil_user']) expect(everything, secret).not.toContain(secret);
    const execute = spans.find((span) => span.name === 'query.other')!;
    expect(execute.attributes['graphql.execute.operationName']).toBe('other');
    const linked = spans.find((span) => span.name === 'GET /entities/{id}.jsonld')!;
    expect(linked.attributes).toMatchObject({ 'http.route': '/entities/{id}.jsonld', 'url.path': '/entities/Um9sZTox.jsonld' });
    for (const span of spans.filter((span) => span.name === 'GET')) expect(span.attributes['url.path']).toBeUndefined();
  });

  it('gives an answer sent from the answer cache a span of its own, and scrapes of /metrics none', async () => {
    const { store } = await openTestGraph();
    const exporter = new InMemorySpanExporter();
    const tracerProvider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    cleanups.push(() => tracerProvider.shutdown());
    const { listener } = createKnowledgeGraphListener({ store, logger: false, tracerProvider });
    const server = createServer(listener);
    const origin = await listen(server);
    cleanups.push(() => close(server));
    const get = () => fetch(`${origin}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { [CSRF_HEADERS[0]!]: '1' } });
    expect((await get()).status).toBe(200);
    const computed = exporter.getFinishedSpans().filter((span) => span.name === 'GET /graphql');
    expect(computed).toHaveLength(1);
    expect(computed[0]!.attributes['kg.answer_cache']).toBeUndefined();
    exporter.reset();
    const second = await get();
    expect(second.status).toBe(200);
    await second.text();
    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => span.name)).toEqual(['GET /graphql']);
    expect(spans[0]!.attributes['kg.answer_cache']).toBe('hit');
    expect(spans[0]!.attributes['http.response.status_code']).toBe(200);
    exporter.reset();
    expect((await fetch(`${origin}/metrics`)).status).toBe(200);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('exports the spans of the service process over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set', async () => {
    const exports: { path: string; contentType: string; body: Buffer }[] = [];
    const collector = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        exports.push({ path: request.url ?? '', contentType: request.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{}');
      });
    });
    const collectorUrl = await listen(collector);
    cleanups.push(() => close(collector));
    const directory = await mkdtemp(join(tmpdir(), 'kg-tracing-'));
    cleanups.push(() => rm(directory, { recursive: true, force: true }));
    const { store, databaseUrl } = await openSharedTestGraph(join(directory, 'graph.db'));
    await store.close();
    const service = startService({
      DATABASE_URL: databaseUrl,
      OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl,
      OTEL_SERVICE_NAME: 'kg-under-test',
      // Export within 100 ms of a span ending, not the SDK's default 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    cleanups.push(async () => {
      service.child.kill('SIGTERM');
      await service.exit;
    });
    const url = await service.url();
    // The caller's trace (W3C trace context), which the service's spans continue.
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(200);
    await response.text();
    const sent = () => Buffer.concat(exports.map((e) => e.body)).toString('latin1');
    // Well before the SDK's default export delay (5 s) would have sent them. TraceHeadline is no
    // operation of the manifest: its execute span is named by the label `other`.
    expect(await eventually(() => sent().includes('query.other') && sent().includes('store.'), 3_000)).toBe(true);
    expect(exports[0]!.path).toBe('/v1/traces');
    expect(sent()).toContain('kg-under-test');
    expect(sent()).toContain('graphql.parse');
    expect(sent()).toContain('POST /graphql');
    expect(sent()).toContain(traceId);
  });

  it('is on only when OTEL_EXPORTER_OTLP_ENDPOINT is set, and a malformed endpoint stops start-up naming the variable', () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toEqual({
      serviceName: 'it-ops-knowledge-graph',
      exportDelayMs: 5_000,
    });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'kg-eu' }).tracing?.serviceName).toBe(
      'kg-eu',
    );
    expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector/v1/traces' }).tracing).toBeDefined();
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_BSP_SCHEDULE_DELAY: 'soon' })).toThrow(
      /OTEL_BSP_SCHEDULE_DELAY/,
    );
  });
});
