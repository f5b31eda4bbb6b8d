/**
 * OpenTelemetry traces: one span per HTTP request, with the GraphQL phases as its children
 * (`graphql.parse`, `graphql.validate`, and the operation's execute span from
 * `@envelop/opentelemetry`, named `query.<OperationName>`), and every store call as a child of the
 * span active when it was made (`store.<method>`, see `instrumented-store.ts`).
 *
 * Span names are bounded, as metric labels are: tracing backends index them, and a scanner's
 * random paths or a client's made-up operation names would each become an "operation". The HTTP
 * span is named by route (`POST /graphql`, `GET /entities/{id}.jsonld`, `GET /explore`), or by the
 * method alone for any other path (the OpenTelemetry HTTP conventions); the execute span by the
 * operation's metric label (a known operation's name, else `other`).
 *
 * Only built when a tracer provider is given (`tracerProvider` option; `main.ts` makes one when
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set): without one the server adds no plugin and no wrapper.
 */
import { useOpenTelemetry } from '@envelop/opentelemetry';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  type Tracer,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Plugin } from 'graphql-yoga';

/** The service name spans carry unless `OTEL_SERVICE_NAME` says otherwise; also the tracer's name. */
export const DEFAULT_SERVICE_NAME = 'it-ops-knowledge-graph';

let contextManagerSet = false;

/**
 * Store calls find their parent span through the active context, which must follow async calls:
 * an AsyncLocalStorage context manager, set once per process (unless the embedding app has
 * already set one, which then serves as well).
 */
function ensureContextManager(): void {
  if (contextManagerSet) return;
  contextManagerSet = true;
  const manager = new AsyncLocalStorageContextManager().enable();
  // False when one is already set (by the embedding app, or `NodeTracerProvider.register()`).
  if (!context.setGlobalContextManager(manager)) manager.disable();
}

const headerGetter: TextMapGetter<Headers> = {
  keys: (headers) => [...headers.keys()],
  get: (headers, key) => headers.get(key) ?? undefined,
};

export function tracerOf(provider: TracerProvider): Tracer {
  return provider.getTracer(DEFAULT_SERVICE_NAME);
}

/**
 * The route of a path (`http.route`): the GraphQL endpoint, the linked-data route or the explorer;
 * null for any other path. Only a routed request's path goes into `url.path` (never the query
 * string, which may carry a document or variables): an unrouted path is whatever a client typed,
 * and may carry a secret pasted in the wrong place.
 */
export function routeOf(pathname: string, graphqlEndpoint: string): string | null {
  if (pathname === graphqlEndpoint) return graphqlEndpoint;
  if (/^\/entities\/[^/]+\.jsonld$/.test(pathname)) return '/entities/{id}.jsonld';
  if (pathname === '/explore' || pathname.startsWith('/explore/')) return '/explore';
  return null;
}

/** The server span's name and route attributes for a request. */
function serverSpanOf(method: string, pathname: string, graphqlEndpoint: string) {
  const route = routeOf(pathname, graphqlEndpoint);
  return {
    name: route ? `${method} ${route}` : method,
    attributes: { 'http.request.method': method, ...(route ? { 'http.route': route, 'url.path': pathname } : {}) },
  };
}

/**
 * The provider `@envelop/opentelemetry` is given: its execute (and subscribe) span, named
 * `<type>.<operation name>` with the name the client chose, gets the operation's bounded label
 * in its name and its `graphql.execute.operationName` attribute instead.
 */
function withBoundedOperationNames(provider: TracerProvider, operationLabel: (name: string | undefined) => string): TracerProvider {
  const OPERATION_NAME = 'graphql.execute.operationName';
  const OPERATION_TYPE = 'graphql.execute.operationType';
  return {
    getTracer(...args: Parameters<TracerProvider['getTracer']>) {
      const tracer = provider.getTracer(...args);
      const bounded: Tracer = Object.create(tracer);
      bounded.startSpan = (name, options, parent) => {
        const attributes = options?.attributes;
        if (!attributes || typeof attributes[OPERATION_NAME] !== 'string') return tracer.startSpan(name, options, parent);
        const label = operationLabel(attributes[OPERATION_NAME] as string);
        return tracer.startSpan(
          `${String(attributes[OPERATION_TYPE])}.${label}`,
          { ...options, attributes: { ...attributes, [OPERATION_NAME]: label } },
          parent,
        );
      };
      return bounded;
    },
  };
}

/** Paths scraped or probed every few seconds: spans for them would bury the requests' own. */
const UNTRACED_PATHS = new Set(['/metrics', '/ready']);

/**
 * The span of a request answered before the pipeline (`node-listener.ts`), which makes none of
 * its own: one server span, from receiving the request to sending the kept answer.
 */
export function traceCachedAnswer(
  provider: TracerProvider,
  answer: { method: string; path: string; status: number; headers: Record<string, string | string[] | undefined>; startedAt: number },
): void {
  const parent = propagation.extract(ROOT_CONTEXT, answer.headers);
  // Kept answers are the GraphQL endpoint's only: its path is the route.
  const server = serverSpanOf(answer.method, answer.path, answer.path);
  const span = tracerOf(provider).startSpan(
    server.name,
    {
      kind: SpanKind.SERVER,
      startTime: new Date(performance.timeOrigin + answer.startedAt),
      attributes: {
        ...server.attributes,
        'http.response.status_code': answer.status,
        'kg.answer_cache': 'hit',
      },
    },
    parent,
  );
  span.end();
}

/**
 * The tracing plugins: the HTTP request span (continuing a caller's trace from its `traceparent`
 * header, when a propagator is registered), the parse and validate spans, and `@envelop/opentelemetry`
 * for the execute span. Must come after every plugin that replaces the execute function, since
 * `@envelop/opentelemetry` wraps the one it finds to run it in the execute span's context.
 */
export function useTracing(
  provider: TracerProvider,
  options: { graphqlEndpoint: string; operationLabel: (name: string | undefined) => string },
): Plugin[] {
  ensureContextManager();
  const tracer = tracerOf(provider);
  const requestSpans = new WeakMap<Request, Span>();
  const phase = (name: string, wrapped: () => void) => {
    const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL }, context.active());
    try {
      context.with(trace.setSpan(context.active(), span), wrapped);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  };
  const http: Plugin = {
    instrumentation: {
      request({ request }, wrapped) {
        const url = new URL(request.url);
        if (UNTRACED_PATHS.has(url.pathname)) return wrapped();
        const parent = propagation.extract(ROOT_CONTEXT, request.headers, headerGetter);
        const server = serverSpanOf(request.method, url.pathname, options.graphqlEndpoint);
        const span = tracer.startSpan(server.name, { kind: SpanKind.SERVER, attributes: server.attributes }, parent);
        requestSpans.set(request, span);
        const end = () => span.end();
        const fail = (error: unknown) => {
          span.recordException(error instanceof Error ? error : String(error));
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
          throw error;
        };
        try {
          const result = context.with(trace.setSpan(parent, span), wrapped);
          if (result instanceof Promise) return result.then(end, fail);
          end();
          return result;
        } catch (error) {
          return fail(error);
        }
      },
      parse: (_payload, wrapped) => phase('graphql.parse', wrapped),
      validate: (_payload, wrapped) => phase('graphql.validate', wrapped),
    },
    onResponse({ request, response }) {
      const span = requestSpans.get(request);
      if (!span) return;
      span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    },
  };
  return [
    http,
    useOpenTelemetry(
      // Neither variables nor results in spans: they may carry what callers would not want exported.
      { resolvers: false, variables: false, result: false, document: true },
      withBoundedOperationNames(provider, options.operationLabel),
      SpanKind.INTERNAL,
      {},
      DEFAULT_SERVICE_NAME,
    ) as Plugin,
  ];
}

/**
 * The process's tracer provider exporting over OTLP/HTTP, configured by the standard OTEL_*
 * variables the exporter and SDK read themselves (`OTEL_EXPORTER_OTLP_ENDPOINT`,
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, `OTEL_EXPORTER_OTLP_HEADERS`, `OTEL_TRACES_SAMPLER`,
 * `OTEL_RESOURCE_ATTRIBUTES`, …; `OTEL_BSP_SCHEDULE_DELAY` through `exportDelayMs`). Registered globally, so a caller's `traceparent` is honoured.
 */
export function createOtlpTracerProvider(options: {
  serviceName: string;
  exportDelayMs?: number;
  exporter?: SpanExporter;
}): NodeTracerProvider {
  const provider = new NodeTracerProvider({
    // OTEL_RESOURCE_ATTRIBUTES adds to (and may override) the service name.
    resource: resourceFromAttributes({ 'service.name': options.serviceName }).merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [
      new BatchSpanProcessor(options.exporter ?? new OTLPTraceExporter(), {
        ...(options.exportDelayMs ? { scheduledDelayMillis: options.exportDelayMs } : {}),
      }),
    ],
  });
  provider.register();
  return provider;
}
