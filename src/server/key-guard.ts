/**
 * Where a presented credential meets the throttle (`auth-throttle.ts`): once per request, in front
 * of everything else (the kept answers, the response cache, the GraphQL pipeline), so that a
 * refused client learns nothing, every failed check is counted once and logged once (with the
 * key's id when it has one, never its secret, never a token). A bearer credential that looks like a
 * JWT goes to the identity provider's verifier when one is configured (`jwt-verifier.ts`): a token
 * that fails is refused outright (401), where a wrong API key only leaves the caller without an
 * actor. The actor found travels in the server context (`ACTOR`): see `plugins/use-authentication.ts`.
 */
import type { Logger } from 'pino';
import type { Store } from '../data/index.js';
import { ERROR_CODES, errorResponseBody } from '../schema/errors.js';
import type { AuthThrottle } from './auth-throttle.js';
import { type Actor, checkApiKey } from './authenticate.js';
import { type JwtVerifier, looksLikeJwt, type TokenRefusal } from './jwt-verifier.js';

/** A server-context key: the request's actor (null: none), once its key has been checked. */
export const ACTOR = 'actor';
/** A server-context key: the client's address, when the request reaches yoga without its socket. */
export const CLIENT_ADDRESS = 'clientAddress';

/** What the server context carries about who is calling. */
export interface AuthenticatedServerContext {
  [ACTOR]?: Actor | null;
  [CLIENT_ADDRESS]?: string;
}

export interface KeyGuardOptions {
  store: Store;
  throttle: AuthThrottle;
  logger: Logger | null;
  /** Verifies bearer tokens from the identity provider; null or absent: a JWT is checked as a (malformed) API key. */
  jwt?: JwtVerifier | null;
}

/** An answer given instead of the request's: status, headers and a GraphQL-style error body. */
export interface RefusalAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The request is refused (throttled, an invalid token, the provider's keys unreachable), or goes on as its actor. */
export type Guarded = { refusal: RefusalAnswer } | { refusal: null; actor: Actor | null };

/** Checks the credential a request presents (its `Authorization` header), unless its client is throttled. */
export async function guardedKeyCheck(options: KeyGuardOptions, client: string, authorization: string | null): Promise<Guarded> {
  const presentsKey = /^Bearer(\s|$)/i.test(authorization ?? '');
  const retryAfterSeconds = presentsKey ? options.throttle.retryAfterSeconds(client) : 0;
  if (retryAfterSeconds > 0) {
    options.logger?.warn({ client, retryAfterSeconds }, 'API key not checked: too many failed checks from this client');
    return { refusal: throttledAnswer(retryAfterSeconds) };
  }
  const token = presentsKey ? /^Bearer\s+(\S+)\s*$/i.exec(authorization!)?.[1] : undefined;
  if (options.jwt && token && looksLikeJwt(token)) return tokenCheck(options, options.jwt, client, token);
  const check = await checkApiKey(options.store, authorization);
  if (check && check.actor === null) {
    options.throttle.recordFailure(client);
    options.logger?.warn({ client, reason: check.refused, ...(check.keyId ? { keyId: check.keyId } : {}) }, 'API key refused');
  }
  return { refusal: null, actor: check?.actor ?? null };
}

async function tokenCheck(options: KeyGuardOptions, verifier: JwtVerifier, client: string, token: string): Promise<Guarded> {
  const check = await verifier.verify(token);
  if (check.actor) return { refusal: null, actor: check.actor };
  if ('unavailable' in check) {
    // The provider's fault, not the client's: not counted against it.
    options.logger?.error(
      { client, reason: check.unavailable },
      'bearer token not checked: the identity provider’s keys could not be fetched',
    );
    return { refusal: authenticationUnavailableAnswer(check.retryAfterSeconds) };
  }
  if ('noScope' in check) {
    options.logger?.info({ client, subject: check.subject }, 'bearer token grants none of the scopes read, edit, admin');
    return { refusal: null, actor: null };
  }
  options.throttle.recordFailure(client);
  options.logger?.warn({ client, reason: check.refused, detail: check.detail }, 'bearer token refused');
  return { refusal: invalidTokenAnswer(check.refused) };
}

/** The 401 answer to an invalid bearer token (RFC 6750's `invalid_token`). */
export function invalidTokenAnswer(reason: TokenRefusal): RefusalAnswer {
  return {
    status: ERROR_CODES.UNAUTHENTICATED.status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'www-authenticate': `Bearer error="invalid_token", error_description="The token is ${reason === 'expired' ? 'expired' : `not accepted (${reason})`}"`,
    },
    body: errorResponseBody('UNAUTHENTICATED', `The bearer token is not accepted: ${reason}. Sign in again with the identity provider.`, {
      reason,
    }),
  };
}

/** The 503 answer when the identity provider's keys cannot be fetched: until the verifier's backoff ends, no token fetches them. */
export function authenticationUnavailableAnswer(retryAfterSeconds = 5): RefusalAnswer {
  return {
    status: ERROR_CODES.AUTHENTICATION_UNAVAILABLE.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfterSeconds) },
    body: errorResponseBody(
      'AUTHENTICATION_UNAVAILABLE',
      `The identity provider’s keys could not be fetched to check the bearer token; try again in ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    ),
  };
}

/** The 429 answer to a throttled client. */
export function throttledAnswer(retryAfterSeconds: number): RefusalAnswer {
  return {
    status: ERROR_CODES.TOO_MANY_FAILED_AUTHENTICATIONS.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfterSeconds) },
    body: errorResponseBody(
      'TOO_MANY_FAILED_AUTHENTICATIONS',
      `Too many failed API-key checks from this address; try again in ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    ),
  };
}

/** The client's address as yoga sees it: given by the listener, or the Node request's socket. */
export function clientAddressOf(serverContext: Record<string, unknown> | undefined): string {
  const given = serverContext?.[CLIENT_ADDRESS];
  if (typeof given === 'string') return given;
  const req = serverContext?.['req'] as { socket?: { remoteAddress?: string } } | undefined;
  return req?.socket?.remoteAddress ?? 'unknown';
}

/** The actor the server context carries (null when it carries none: no key, or not checked). */
export function actorOf(serverContext: object | undefined): Actor | null {
  return (serverContext as AuthenticatedServerContext | undefined)?.[ACTOR] ?? null;
}
