/**
 * Configuration from the environment, parsed and validated before anything starts: a bad value
 * stops start-up with a message naming the variable.
 */
import { z } from 'zod';
import { parseDatabaseUrl, type StoreLocation } from '../data/index.js';
import { DEFAULT_AUTH_FAILURES } from './auth-throttle.js';
import { DEFAULT_SCOPE_CLAIM, type JwtOptions } from './jwt-verifier.js';
import { DEFAULT_LIMITS, LIMIT_VARIABLES, type Limits } from './limits.js';
import { TRUSTED_DOCUMENTS_MODES, type TrustedDocumentsMode } from './trusted-documents.js';

export interface Config {
  port: number;
  /** Interface to listen on; undefined listens on every interface. */
  host: string | undefined;
  databaseUrl: string | undefined;
  store: StoreLocation;
  production: boolean;
  graphiql: boolean;
  introspection: boolean;
  /** Allowed cross-origin callers; undefined takes the mode's default. */
  corsOrigins: string[] | '*' | undefined;
  limits: Limits;
  logLevel: string;
  responseCache: boolean;
  /** DataLoader batching (`LOADER_BATCHING=off`: the benchmark's naive variant). */
  loaderBatching: boolean;
  readRequiresKey: boolean;
  /** Redis for the change feed shared by replicas; undefined keeps it within the process. */
  redisUrl: string | undefined;
  /** How long in-flight requests get to finish after SIGTERM/SIGINT. */
  shutdownGraceMs: number;
  /** The HTTP server's timeouts for slow or idle clients (see `ServerTimeouts`). */
  serverTimeouts: ServerTimeouts;
  /** Failed API-key checks a client may make before it is throttled (see `auth-throttle.ts`). */
  authFailures: { limit: number; windowMs: number };
  /** Trusted documents: `off`, `allow` (default) or `only` (see `plugins/use-trusted-documents.ts`). */
  trustedDocuments: TrustedDocumentsMode;
  /** Sign-in through the identity provider (JWTs against its key set); undefined: API keys only. */
  jwt: JwtOptions | undefined;
  /** Serve Prometheus metrics at `/metrics` (`METRICS=off` switches it off). */
  metrics: boolean;
  /**
   * OpenTelemetry traces over OTLP/HTTP: on when `OTEL_EXPORTER_OTLP_ENDPOINT` (or the traces-only
   * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set; the exporter reads them itself.
   */
  tracing: { serviceName: string; exportDelayMs: number } | undefined;
}

/**
 * How long the HTTP server waits on a client. They bound only the receiving of a request: a
 * response, however long (an event stream), is not cut by them.
 */
export interface ServerTimeouts {
  /** The request's headers must all arrive within this (Node: `headersTimeout`). */
  headersTimeoutMs: number;
  /** The whole request, headers and body, must arrive within this (Node: `requestTimeout`). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this (Node: `keepAliveTimeout`). */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const positiveInteger = z.coerce.number().int().positive();

/** A collector's OTLP/HTTP URL (the exporter reads the variable itself; checked here so a typo stops start-up). */
const otlpUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/\S+$/, 'must be an http:// or https:// URL (the OTLP/HTTP collector, e.g. http://collector:4318)')
  .optional();

const limitFields = Object.fromEntries(
  (Object.keys(LIMIT_VARIABLES) as (keyof Limits)[]).map((key) => [LIMIT_VARIABLES[key], positiveInteger.default(DEFAULT_LIMITS[key])]),
) as Record<string, z.ZodDefault<typeof positiveInteger>>;

const environmentSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().trim().min(1).optional(),
    DATABASE_URL: z.string().optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    GRAPHIQL: flag.optional(),
    INTROSPECTION: flag.optional(),
    CORS_ORIGINS: z
      .string()
      .trim()
      .transform((value) =>
        value === '*'
          ? '*'
          : value
              .split(',')
              .map((origin) => origin.trim())
              .filter(Boolean),
      )
      .refine((value) => value === '*' || value.every((origin) => /^https?:\/\/[^/\s]+$/.test(origin)), {
        message: 'must be "*" or a comma-separated list of origins such as https://portal.example.com',
      })
      .optional(),
    RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
    LOADER_BATCHING: z.enum(['on', 'off']).default('on'),
    READ_REQUIRES_KEY: flag.optional(),
    TRUSTED_DOCUMENTS: z.enum(TRUSTED_DOCUMENTS_MODES).default('allow'),
    REDIS_URL: z
      .string()
      .trim()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// URL')
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SHUTDOWN_GRACE_MS: positiveInteger.default(10_000),
    HEADERS_TIMEOUT_MS: positiveInteger.default(DEFAULT_SERVER_TIMEOUTS.headersTimeoutMs),
    REQUEST_TIMEOUT_MS: positiveInteger.default(DEFAULT_SERVER_TIMEOUTS.requestTimeoutMs),
    KEEP_ALIVE_TIMEOUT_MS: positiveInteger.default(DEFAULT_SERVER_TIMEOUTS.keepAliveTimeoutMs),
    AUTH_FAILURE_LIMIT: positiveInteger.default(DEFAULT_AUTH_FAILURES.limit),
    AUTH_FAILURE_WINDOW_MS: positiveInteger.default(DEFAULT_AUTH_FAILURES.windowMs),
    JWT_JWKS_URL: z
      .string()
      .trim()
      .regex(/^https?:\/\/[^/\s]+(\/\S*)?$/, 'must be the http(s) URL of the identity provider’s key set (its jwks_uri)')
      .optional(),
    JWT_ISSUER: z.string().trim().min(1).optional(),
    JWT_AUDIENCE: z.string().trim().min(1).optional(),
    JWT_SCOPE_CLAIM: z.string().trim().regex(/^\S+$/, 'must be one claim name, such as scope, scp or realm_access.roles').optional(),
    METRICS: z.enum(['on', 'off']).default('on'),
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl,
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl,
    OTEL_SERVICE_NAME: z.string().trim().min(1).default('it-ops-knowledge-graph'),
    // The SDK's batch processor no longer reads it itself: the standard name, passed on.
    OTEL_BSP_SCHEDULE_DELAY: positiveInteger.default(5_000),
    ...limitFields,
  })
  .superRefine((env, context) => {
    // The three name the same provider: any one without the others is a mistake, not a partial set-up.
    const jwt = ['JWT_JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE'] as const;
    const given = jwt.filter((name) => env[name] !== undefined);
    if (given.length === 0 && env.JWT_SCOPE_CLAIM === undefined) return;
    for (const name of jwt.filter((name) => env[name] === undefined))
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `must be set together with ${[...given, ...(env.JWT_SCOPE_CLAIM ? ['JWT_SCOPE_CLAIM'] : [])].join(', ')} (sign-in through the identity provider needs JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE)`,
      });
  })
  .refine((env) => env.HEADERS_TIMEOUT_MS <= env.REQUEST_TIMEOUT_MS, {
    path: ['HEADERS_TIMEOUT_MS'],
    message: 'must not exceed REQUEST_TIMEOUT_MS (the headers are part of the request)',
  });

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(Object.fromEntries(Object.entries(environment).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const env = parsed.data as z.infer<typeof environmentSchema> & Record<string, number>;
  const production = env.NODE_ENV === 'production';
  let store: StoreLocation;
  try {
    store = parseDatabaseUrl(env.DATABASE_URL);
  } catch (error) {
    throw new ConfigError(`Invalid configuration: ${(error as Error).message}`);
  }
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    store,
    production,
    graphiql: env.GRAPHIQL ?? true,
    introspection: env.INTROSPECTION ?? true,
    corsOrigins: env.CORS_ORIGINS,
    limits: Object.fromEntries(
      (Object.keys(LIMIT_VARIABLES) as (keyof Limits)[]).map((key) => [key, env[LIMIT_VARIABLES[key]]]),
    ) as unknown as Limits,
    logLevel: env.LOG_LEVEL,
    responseCache: env.RESPONSE_CACHE === 'on',
    loaderBatching: env.LOADER_BATCHING === 'on',
    readRequiresKey: env.READ_REQUIRES_KEY ?? false,
    redisUrl: env.REDIS_URL,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    serverTimeouts: {
      headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: env.KEEP_ALIVE_TIMEOUT_MS,
    },
    authFailures: { limit: env.AUTH_FAILURE_LIMIT, windowMs: env.AUTH_FAILURE_WINDOW_MS },
    trustedDocuments: env.TRUSTED_DOCUMENTS,
    jwt:
      env.JWT_JWKS_URL && env.JWT_ISSUER && env.JWT_AUDIENCE
        ? {
            jwksUrl: env.JWT_JWKS_URL,
            issuer: env.JWT_ISSUER,
            audience: env.JWT_AUDIENCE,
            scopeClaim: env.JWT_SCOPE_CLAIM ?? DEFAULT_SCOPE_CLAIM,
          }
        : undefined,
    metrics: env.METRICS === 'on',
    tracing:
      env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
        ? { serviceName: env.OTEL_SERVICE_NAME, exportDelayMs: env.OTEL_BSP_SCHEDULE_DELAY }
        : undefined,
  };
}
