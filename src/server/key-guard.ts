/**
 * Where a presented API key meets the throttle (`auth-throttle.ts`): once per request, in front of
 * everything else (the kept answers, the response cache, the GraphQL pipeline), so that a refused
 * client learns nothing, every failed check is counted once and logged once (with the key's id
 * when it has one, never its secret). The actor found then travels in the server context (`ACTOR`):
 * see `plugins/use-authentication.ts`.
 */
import type { Logger } from 'pino';
import type { Store } from '../data/index.js';
import { ERROR_CODES, errorResponseBody } from '../schema/errors.js';
import type { AuthThrottle } from './auth-throttle.js';
import { type Actor, checkApiKey } from './authenticate.js';

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
}

export type Guarded = { throttled: true; retryAfterSeconds: number } | { throttled: false; actor: Actor | null };

/** Checks the key a request presents (its `Authorization` header), unless its client is throttled. */
export async function guardedKeyCheck(options: KeyGuardOptions, client: string, authorization: string | null): Promise<Guarded> {
  const presentsKey = /^Bearer(\s|$)/i.test(authorization ?? '');
  const retryAfterSeconds = presentsKey ? options.throttle.retryAfterSeconds(client) : 0;
  if (retryAfterSeconds > 0) {
    options.logger?.warn({ client, retryAfterSeconds }, 'API key not checked: too many failed checks from this client');
    return { throttled: true, retryAfterSeconds };
  }
  const check = await checkApiKey(options.store, authorization);
  if (check && check.actor === null) {
    options.throttle.recordFailure(client);
    options.logger?.warn({ client, reason: check.refused, ...(check.keyId ? { keyId: check.keyId } : {}) }, 'API key refused');
  }
  return { throttled: false, actor: check?.actor ?? null };
}

/** The 429 answer to a throttled client. */
export function throttledAnswer(retryAfterSeconds: number): { status: 429; headers: Record<string, string>; body: string } {
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
