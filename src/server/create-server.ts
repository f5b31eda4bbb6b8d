/**
 * The embeddable server: a graphql-yoga instance that never listens by itself. Mount it in any
 * Node HTTP server (`http.createServer(yoga)`), or call `yoga.fetch(request)` directly.
 *
 * Safe to expose: document shape, expansion and cost are limited before execution, bodies are
 * bounded, execution is time-limited, caches are bounded by bytes, CSRF prevention and a CORS
 * allow-list are on, and in production mode errors are masked and suggestions hidden.
 */
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { TracerProvider } from '@opentelemetry/api';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Store } from '../data/index.js';
import { checkLinkedDataBase } from '../data/linked-data/iris.js';
import type { GraphQLContext } from '../schema/context.js';
import { createGraphChanges, type GraphChangeEventTarget } from '../schema/graph-changes.js';
import { setLoaderBatching } from '../schema/loader-options.js';
import { schema } from '../schema/schema.js';
import { AuthThrottle } from './auth-throttle.js';
import { EXAMPLE_TABS } from './example-queries.js';
import { HEADLINE_QUERY } from './headline-query.js';
import { instrumentStore } from './instrumented-store.js';
import { type JwtOptions, jwtVerifierFor } from './jwt-verifier.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { createLogger, yogaLogger } from './logger.js';
import { boundedOperationLabel, createServiceMetrics, type ServiceMetrics } from './metrics.js';
import { boundedParserCache } from './plugins/bounded-parser-cache.js';
import { actorOf, useAuthentication } from './plugins/use-authentication.js';
import { useBodyLimit } from './plugins/use-body-limit.js';
import { useBoundedJit } from './plugins/use-bounded-jit.js';
import { useCsrfPrevention } from './plugins/use-csrf-prevention.js';
import { useDocumentExpansionLimit } from './plugins/use-document-expansion-limit.js';
import { localChangeTarget, useEventStreamLimit } from './plugins/use-event-stream-limit.js';
import { useExecutionTimeout } from './plugins/use-execution-timeout.js';
import { useExplorerAssets } from './plugins/use-explorer-assets.js';
import { useHideSuggestions } from './plugins/use-hide-suggestions.js';
import { useLinkedData } from './plugins/use-linked-data.js';
import { useLocalGraphiQL } from './plugins/use-local-graphiql.js';
import { useMarkCacheableAnswers } from './plugins/use-mark-cacheable-answers.js';
import { useQueryCostLimit } from './plugins/use-query-cost-limit.js';
import { useQueryShapeLimits } from './plugins/use-query-shape-limits.js';
import { useReadScope } from './plugins/use-read-scope.js';
import { useRequestLog } from './plugins/use-request-log.js';
import { useStorableStrings } from './plugins/use-storable-strings.js';
import { useTrustedDocuments } from './plugins/use-trusted-documents.js';
import { useVersionedResponseCache } from './plugins/use-versioned-response-cache.js';
import { readinessCheck } from './readiness.js';
import type { FeedStatus } from './redis-change-feed.js';
import { tracerOf, useTracing } from './tracing.js';
import { shippedTrustedDocuments, type TrustedDocuments, type TrustedDocumentsMode } from './trusted-documents.js';

export interface KnowledgeGraphServerOptions {
  /** The store to answer from (opened, migrated and seeded: see `openKnowledgeGraph`). */
  store: Store;
  /** Production mode: errors masked without details, "Did you mean" suggestions hidden, no cross-origin by default. */
  production?: boolean;
  /** Serve GraphiQL on GET requests from browsers (default: true). */
  graphiql?: boolean;
  /** Answer introspection queries (default: true; the schema is public in the repository anyway). */
  introspection?: boolean;
  /**
   * Origins allowed to call cross-origin: a list, or `'*'` for any. Default: any in development,
   * none in production.
   */
  corsOrigins?: readonly string[] | '*';
  /** Resource limits; any left out take their defaults (`DEFAULT_LIMITS`). */
  limits?: Partial<Limits>;
  /** Whether reading needs an API key with the `read` scope (default: false, reads are open). */
  readRequiresKey?: boolean;
  /**
   * Cache query responses (default: true). Entries are keyed by the graph's version, so any change
   * (through this server, another replica, or the CLI) makes every older entry unreachable.
   */
  responseCache?: boolean;
  /**
   * Where `graphChanged` events travel: by default within this instance; replicas pass a shared
   * event target (see `redis-change-feed.ts`) so that subscribers on each see changes made on any.
   */
  changeEventTarget?: GraphChangeEventTarget;
  /**
   * Throttles failed API-key checks per client address (default: a throttle with the defaults of
   * `auth-throttle.ts`; the Node listener shares its own with the server).
   */
  authThrottle?: AuthThrottle;
  /** How the shared change feed is doing, reported by `/ready` (see `readiness.ts`). */
  changeFeedStatus?: () => FeedStatus;
  /** Where GraphQL is served (default: `/graphql`). */
  graphqlEndpoint?: string;
  /** Serve the graph explorer (`/explore`) and its embeddable widget (`/explore/widget.js`), once built (default: true). */
  explorer?: boolean;
  /**
   * The base IRI of linked-data output (`GET /entities/{id}.jsonld`, `Entity.jsonLd`) for entities
   * without a URI of their own (default `urn:it-ops-kg:`; ESCO concepts keep their URIs).
   */
  linkedDataBase?: string;
  /**
   * Sign-in through the company's identity provider: bearer tokens (JWTs) verified against its key
   * set, beside API keys (default: none; a JWT is then checked as an API key and refused as one).
   * See `jwt-verifier.ts`.
   */
  jwt?: JwtOptions;
  /** Where JSON logs go: a pino logger, or false for none (default: a logger on stdout). */
  logger?: Logger | false;
  /**
   * Mark each execution's answer ticket when its answer may be kept (set by
   * `createKnowledgeGraphListener`, which keeps answers in front of the pipeline).
   */
  markCacheableAnswers?: boolean;
  /**
   * Batch and cache store calls per request through DataLoaders (default: true). False is the
   * benchmark's naive variant, one store call per parent. It holds for the whole process (the
   * DataLoader plugin fixes loader options when the schema is built): the last server created decides.
   */
  loaderBatching?: boolean;
  /**
   * Trusted documents (`TRUSTED_DOCUMENTS`, see `plugins/use-trusted-documents.ts`). `mode`: `'allow'`
   * (default) runs documents by `documentId` and any text too, `'only'` runs only documents by id,
   * `'off'` refuses ids. `documents`: id → text (default: the shipped manifest; add a portal's own
   * with `loadTrustedDocuments(path)` from `trusted-documents.ts`).
   */
  trustedDocuments?: { mode?: TrustedDocumentsMode; documents?: TrustedDocuments };
  /**
   * Serve Prometheus metrics at `/metrics` (default: true; `METRICS=off`). See `metrics.ts` for
   * what is counted. The registry is this server's own, not prom-client's global one.
   */
  metrics?: boolean;
  /**
   * Operation names that label metrics as themselves; any other name is labelled `other`, so that
   * clients cannot grow the label set (default: `DEFAULT_KNOWN_OPERATION_NAMES`, the named
   * operations of GraphiQL's example tabs and the explorer).
   */
  knownOperationNames?: ReadonlySet<string>;
  /**
   * Trace every request with OpenTelemetry through this provider (spans: the HTTP request,
   * `graphql.parse`, `graphql.validate`, the operation's execute span, `store.<method>`). Default:
   * none, and then no tracing code runs at all. `main.ts` passes an OTLP-exporting provider when
   * `OTEL_EXPORTER_OTLP_ENDPOINT` is set; tests pass one with an in-memory exporter.
   */
  tracerProvider?: TracerProvider;
  /**
   * The metrics to count into (set by `createKnowledgeGraphListener`, which counts the answers it
   * serves before the pipeline into the same registry). Default: made here when `metrics` is on.
   */
  serviceMetrics?: ServiceMetrics;
}

/** Headers that mark a request as sent by a script (CSRF prevention: `plugins/use-csrf-prevention.ts`). */
export { CSRF_HEADERS } from './plugins/use-csrf-prevention.js';

export type KnowledgeGraphServer = YogaServerInstance<object, GraphQLContext>;

/**
 * Bytes kept by the cache of parsed documents (with their validation results and compiled forms).
 * Together with the response cache's and the answer cache's bounds, this caps what caching can
 * hold, whatever the number of distinct queries.
 */
export const DOCUMENT_CACHE_BYTES = 32 * 1024 * 1024;

export function createKnowledgeGraphServer(options: KnowledgeGraphServerOptions): KnowledgeGraphServer {
  const metrics = options.metrics === false ? null : (options.serviceMetrics ?? createServiceMetrics(options));
  // What the GraphQL execution reads through: each call timed and traced when those are on.
  const store = instrumentStore(options.store, {
    callDuration: metrics?.storeCallDuration,
    tracer: options.tracerProvider ? tracerOf(options.tracerProvider) : undefined,
  });
  const production = options.production ?? false;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger === false ? createLogger({ level: 'silent' }) : (options.logger ?? createLogger());
  const origins = options.corsOrigins ?? (production ? [] : '*');
  setLoaderBatching(options.loaderBatching ?? true);
  const graphChanges = createGraphChanges(options.changeEventTarget ?? localChangeTarget(limits.maxEventStreams));

  const graphqlEndpoint = options.graphqlEndpoint ?? '/graphql';
  const authThrottle = options.authThrottle ?? new AuthThrottle();
  const jwt = options.jwt ? jwtVerifierFor(options.jwt) : null;
  const plugins: Plugin[] = [
    // First: `/metrics` is answered before the request log (so scrapes are not logged) and before
    // any plugin that may end an execution early, whose refusals are then counted too.
    ...(metrics ? [metrics.plugin] : []),
    useReadScope(),
    useRequestLog(logger),
    // A browser's GET of the endpoint is GraphiQL: answered before anything reads a GraphQL request.
    ...(options.graphiql === false
      ? []
      : [
          useLocalGraphiQL({
            graphqlEndpoint,
            options: { title: 'IT-operations knowledge graph', defaultQuery: HEADLINE_QUERY, defaultTabs: EXAMPLE_TABS },
          }),
        ]),
    useAuthentication({
      store: options.store,
      throttle: authThrottle,
      logger: options.logger === false ? null : logger,
      jwt,
      graphqlEndpoint,
    }),
    useBodyLimit(limits.maxBodyBytes),
    useCsrfPrevention(),
    useReadinessCheck({ endpoint: '/ready', check: readinessCheck(options.store, options.changeFeedStatus) }),
    // Before anything reads the document's text in onParams (the response cache does).
    useTrustedDocuments(options.trustedDocuments?.mode ?? 'allow', options.trustedDocuments?.documents ?? shippedTrustedDocuments()),
    useQueryShapeLimits(limits),
    useDocumentExpansionLimit(limits.maxExpandedFields),
    useQueryCostLimit(limits.maxQueryCost),
    useStorableStrings(),
    useBoundedJit(),
    useExecutionTimeout(limits.executionTimeoutMs),
    // After graphql-jit, which sets its own subscribe function: this one wraps it.
    useEventStreamLimit(limits.maxEventStreams),
  ];
  if (options.markCacheableAnswers) plugins.push(useMarkCacheableAnswers());
  if (options.responseCache !== false) plugins.push(useVersionedResponseCache(store));
  if (production) plugins.push(useHideSuggestions());
  if (options.introspection === false) plugins.push(useDisableIntrospection() as Plugin);
  if (options.explorer !== false) plugins.push(useExplorerAssets({ graphqlEndpoint }));
  plugins.push(
    useLinkedData({
      store: options.store,
      readRequiresKey: options.readRequiresKey ?? false,
      keyGuard: { throttle: authThrottle, logger: options.logger === false ? null : logger, jwt },
      ...(options.linkedDataBase ? { base: checkLinkedDataBase(options.linkedDataBase) } : {}),
    }),
  );
  // Last: the execute span wraps the execute function every plugin above may have replaced.
  if (options.tracerProvider)
    plugins.push(
      ...useTracing(options.tracerProvider, {
        graphqlEndpoint,
        operationLabel: metrics?.operationLabel ?? boundedOperationLabel(options.knownOperationNames),
      }),
    );

  return createYoga<object, GraphQLContext>({
    schema,
    parserAndValidationCache: boundedParserCache(schema, DOCUMENT_CACHE_BYTES),
    graphqlEndpoint,
    // A fresh context per request: per-request DataLoaders are keyed on it. The actor is the one
    // the request carries, its key checked once when it arrived (`use-authentication.ts`).
    context: (serverContext) => ({
      store,
      actor: actorOf(serverContext),
      readRequiresKey: options.readRequiresKey ?? false,
      graphChanges,
      ...(options.linkedDataBase ? { linkedDataBase: options.linkedDataBase } : {}),
    }),
    // GraphiQL is `useLocalGraphiQL` above: every script, style, worker, font and icon inlined, so it
    // works without internet access; compressed once and revalidated by ETag.
    graphiql: false,
    // Errors that are not deliberate GraphQL errors become "Unexpected error."; in production
    // without any detail, in development (NODE_ENV=development) with the original message.
    maskedErrors: { isDev: !production && process.env['NODE_ENV'] === 'development' },
    // One operation per request: batching would multiply every limit above.
    batching: false,
    cors: origins === '*' ? { origin: '*', credentials: false } : origins.length > 0 ? { origin: [...origins], credentials: false } : false,
    logging: yogaLogger(logger),
    plugins,
  });
}
