/**
 * Where a presented API key meets the throttle (`auth-throttle.ts`): once per request, in front of
 * everything else (the kept answers, the response cache, the GraphQL pipeline), so that a refused
 * client learns nothing, every failed check is counted once and logged once (with the key's id
 * when it has one, never its secret).
 */
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Store } from '../data/index.js';
import { ERROR_CODES, errorResponseBody } from '../schema/errors.js';
import type { AuthThrottle } from './auth-throttle.js';
import { type Actor, checkApiKey } from './authenticate.js';

/** A server-context key: the request's key was already checked (by the Node listener) for this client. */
export const KEY_CHECKED = 'keyChecked';
/** A server-context key: the client's address, when the request reaches yoga without its socket. */
export const CLIENT_ADDRESS = 'clientAddress';

export type Guarded = { throttled: true; retryAfterSeconds: number } | { throttled: false; actor: Actor | null };

export async function guardedKeyCheck(
  options: { store: Store; throttle: AuthThrottle; logger: Logger | null },
  client: string,
  authorization: string | null,
): Promise<Guarded> {
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

/** The guard in the pipeline, for requests that did not come through the Node listener's check. */
export function keyGuard(options: { store: Store; throttle: AuthThrottle; logger: Logger | null; graphqlEndpoint: string }): Plugin {
  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI, url }) {
      const context = serverContext as Record<string, unknown> | undefined;
      // Keys are checked only where GraphQL is served; nothing else reads them.
      if (context?.[KEY_CHECKED] || url.pathname !== options.graphqlEndpoint) return;
      const guarded = await guardedKeyCheck(options, clientAddressOf(context), request.headers.get('authorization'));
      if (guarded.throttled) {
        const answer = throttledAnswer(guarded.retryAfterSeconds);
        endResponse(new fetchAPI.Response(answer.body, { status: answer.status, headers: answer.headers }));
      }
    },
  };
}
