/**
 * Prometheus metrics (`GET /metrics`, text format), through `@graphql-yoga/plugin-prometheus` and a
 * `prom-client` registry of this server's own — never the global one, so that several servers in
 * one process (tests, an embedding app) keep separate counts.
 *
 * Label cardinality is bounded: an operation is labelled by its name only when the name is a
 * known operation (`knownOperationNames`); any other name — clients choose it freely — is
 * `other`. Error codes are those of `ERROR_CODES`, anything else `other`.
 */
import { createCounter, createHistogram, type FillLabelsFnParams, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { type DocumentNode, getOperationAST, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Store } from '../data/index.js';
import { ERROR_CODES } from '../schema/errors.js';
import { shippedTrustedDocuments } from './trusted-documents.js';

/** The label of any operation whose name is not a known operation's (or that has none). */
export const OTHER_OPERATION = 'other';

/** Where `/metrics` is served. */
export const METRICS_ENDPOINT = '/metrics';

/**
 * The operation names labelled as themselves by default: those of the trusted documents' manifest
 * (`trusted-documents.ts`: the README's example questions, GraphiQL's tabs, the explorer's and the
 * widget's operations, and any a portal team added) — names chosen by this service and its
 * portals, never by an arbitrary client.
 */
export const DEFAULT_KNOWN_OPERATION_NAMES: ReadonlySet<string> = new Set(
  [...shippedTrustedDocuments().values()].flatMap((text) =>
    parse(text).definitions.flatMap((definition) =>
      definition.kind === 'OperationDefinition' && definition.name ? [definition.name.value] : [],
    ),
  ),
);

/** The bounded label of an operation name: itself when it is a known operation's, else `other` (metrics and span names). */
export function boundedOperationLabel(known: ReadonlySet<string> = DEFAULT_KNOWN_OPERATION_NAMES) {
  return (name: string | null | undefined): string => (name && known.has(name) ? name : OTHER_OPERATION);
}

const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STORE_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

export interface ServiceMetrics {
  registry: Registry;
  /** The yoga plugin: serves `/metrics`, counts operations, their durations and errors. */
  plugin: Plugin;
  /** Store calls' durations by method (see `instrumented-store.ts`). */
  storeCallDuration: Histogram<'method'>;
  /** The label an operation of this name gets. */
  operationLabel(name: string | null | undefined): string;
  /**
   * Counts a request answered from the answer cache, before the pipeline: a GraphQL request like
   * any other (operation counter and duration), and a hit.
   */
  countCachedAnswer(operation: string | undefined, seconds: number): void;
  /** Counts a request the answer cache could have answered but had to run through the pipeline. */
  countCacheMiss(): void;
}

export function createServiceMetrics(options: { store: Store; knownOperationNames?: ReadonlySet<string> | undefined }): ServiceMetrics {
  const operationLabel = boundedOperationLabel(options.knownOperationNames);
  const codeLabel = (code: unknown) => (typeof code === 'string' && Object.hasOwn(ERROR_CODES, code) ? code : OTHER_OPERATION);
  const registry = new Registry();
  // Process metrics (CPU, memory, event-loop lag, heap), as every Node service in the estate has.
  collectDefaultMetrics({ register: registry });

  const operationLabels = (params: { operationName?: string | undefined; operationType?: string | undefined }) => ({
    operationName: operationLabel(params.operationName),
    operationType: params.operationType ?? 'unknown',
  });
  type Operations = 'execute' | 'subscribe';
  type OperationLabels = 'operationName' | 'operationType';
  const requests = createCounter<Operations, OperationLabels>({
    registry,
    phases: ['execute', 'subscribe'],
    counter: {
      name: 'graphql_envelop_request',
      help: 'GraphQL operations executed (answers served from the answer cache included), by operation',
      labelNames: ['operationName', 'operationType'],
    },
    fillLabelsFn: operationLabels,
  });
  const requestDuration = createHistogram<Operations, OperationLabels>({
    registry,
    phases: ['execute', 'subscribe'],
    histogram: {
      name: 'graphql_envelop_request_duration',
      help: 'Time from parsing a GraphQL operation to its result, in seconds, by operation (answers from the answer cache included)',
      labelNames: ['operationName', 'operationType'],
      buckets: DURATION_BUCKETS,
    },
    fillLabelsFn: operationLabels,
  });
  type Phase = 'parse' | 'validate' | 'context' | 'execute' | 'subscribe';
  const errors = createCounter<Phase, 'code' | 'phase' | 'operationName', FillLabelsFnParams & { error: unknown; errorPhase: Phase }>({
    registry,
    counter: {
      name: 'graphql_envelop_error_result',
      help: 'Errors in GraphQL results, by extensions.code and phase',
      labelNames: ['code', 'phase', 'operationName'],
    },
    // Validation errors are counted one by one below: this plugin's validate phase has no error to read.
    phases: ['parse', 'context', 'execute', 'subscribe'],
    fillLabelsFn: (params) => ({
      code: codeLabel(
        (params.error as { extensions?: Record<string, unknown> } | undefined)?.extensions?.['code'] ??
          (params.errorPhase === 'parse' ? 'GRAPHQL_PARSE_FAILED' : undefined),
      ),
      phase: params.errorPhase ?? 'unknown',
      operationName: operationLabel(params.operationName),
    }),
  });
  const httpDuration = createHistogram<
    'request',
    OperationLabels | 'method' | 'statusCode',
    FillLabelsFnParams & { document: DocumentNode; request: Request; response: Response }
  >({
    registry,
    phases: ['request'],
    histogram: {
      name: 'graphql_yoga_http_duration',
      help: 'Time spent answering a GraphQL HTTP request through the pipeline, in seconds, by operation, method and status',
      labelNames: ['operationName', 'operationType', 'method', 'statusCode'],
      buckets: DURATION_BUCKETS,
    },
    fillLabelsFn: (params) => ({
      ...operationLabels(params),
      method: params.request.method,
      statusCode: params.response.status,
    }),
  });

  const storeCallDuration = new Histogram({
    name: 'kg_store_call_duration_seconds',
    help: 'Time spent in each call to the store (SQLite or PostgreSQL), in seconds, by store method',
    labelNames: ['method'],
    buckets: STORE_BUCKETS,
    registers: [registry],
  });
  const answerCache = new Counter({
    name: 'kg_answer_cache_requests_total',
    help: 'GraphQL requests the answer cache could answer, by result: hit (sent from the cache) or miss (run through the pipeline)',
    labelNames: ['result'],
    registers: [registry],
  });
  // Both results exist from the start, so a rate over them is defined before the first request.
  answerCache.labels('hit');
  answerCache.labels('miss');
  const { store } = options;
  new Gauge({
    name: 'kg_graph_version',
    help: "The graph's version: moves on with every change of the graph's content",
    registers: [registry],
    async collect() {
      this.set(Number(await store.graphVersion()));
    },
  });

  const countValidationErrors: Plugin = {
    onValidate({ params, context }) {
      return ({ valid, result }) => {
        if (valid) return;
        const requested = (context as { params?: { operationName?: string } }).params?.operationName;
        const operationName = operationLabel(requested ?? getOperationAST(params.documentAST)?.name?.value);
        for (const error of result) {
          errors.counter.inc({
            code: codeLabel(error.extensions?.['code'] ?? 'GRAPHQL_VALIDATION_FAILED'),
            phase: 'validate',
            operationName,
          });
        }
      };
    },
  };

  const responseCacheHits = new Counter({
    name: 'kg_response_cache_hits_total',
    help: "GraphQL requests answered from the pipeline's response cache (without parsing or executing them)",
    registers: [registry],
  });
  // The pipeline's response cache answers in `onParams`, before parse and execute, where the
  // plugin above counts: a successful result of a request that was never executed came from it,
  // and counts as a request of its operation too.
  const paramsOf = new WeakMap<Request, { at: number; operationName: string | null | undefined; query: string | undefined }>();
  const executed = new WeakSet<Request>();
  const countResponseCacheHits: Plugin = {
    onParams({ request, params }) {
      paramsOf.set(request, { at: performance.now(), operationName: params.operationName, query: params.query });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (request) executed.add(request);
    },
    onResultProcess({ request, result }) {
      const asked = paramsOf.get(request);
      if (!asked || executed.has(request) || Array.isArray(result) || Symbol.asyncIterator in result || result.errors?.length) return;
      const labels = { operationName: operationLabel(asked.operationName ?? operationNameOf(asked.query)), operationType: 'query' };
      requests.counter.inc(labels);
      requestDuration.histogram.observe(labels, (performance.now() - asked.at) / 1000);
      responseCacheHits.inc();
    },
  };

  const plugin: Plugin = {
    onPluginInit({ addPlugin }) {
      addPlugin(
        usePrometheus({
          registry,
          endpoint: METRICS_ENDPOINT,
          metrics: {
            graphql_envelop_request: requests,
            graphql_envelop_request_duration: requestDuration,
            graphql_envelop_error_result: errors,
            graphql_yoga_http_duration: httpDuration,
            // Left out: per-phase histograms and the summary repeat the request duration; no field
            // is deprecated and the schema never changes at run time.
            graphql_envelop_request_time_summary: false,
            graphql_envelop_phase_parse: false,
            graphql_envelop_phase_validate: false,
            graphql_envelop_phase_context: false,
            graphql_envelop_phase_execute: false,
            graphql_envelop_phase_subscribe: false,
            graphql_envelop_deprecated_field: false,
            graphql_envelop_schema_change: false,
            graphql_envelop_execute_resolver: false,
          },
        }),
      );
      addPlugin(countValidationErrors);
      addPlugin(countResponseCacheHits);
    },
  };

  return {
    registry,
    plugin,
    storeCallDuration,
    operationLabel,
    countCachedAnswer(operation, seconds) {
      const labels = { operationName: operationLabel(operation), operationType: 'query' };
      requests.counter.inc(labels);
      requestDuration.histogram.observe(labels, seconds);
      answerCache.inc({ result: 'hit' });
    },
    countCacheMiss() {
      answerCache.inc({ result: 'miss' });
    },
  };
}

/** The name of a document's only operation (a cached answer's document parsed before, so valid), if it has one. */
function operationNameOf(query: string | undefined): string | undefined {
  if (!query) return undefined;
  try {
    return getOperationAST(parse(query))?.name?.value;
  } catch {
    return undefined;
  }
}
