/**
 * The pipeline's rules that the answers kept in front of it (`answer-cache.ts`, served by
 * `node-listener.ts`) must repeat, because a kept answer is sent without running the pipeline.
 *
 * A kept answer is the pipeline's own error-free answer to the very same request bytes (document,
 * variables, operation name, media type asked for) from a caller of the same scope, at the same
 * graph version. So every rule decided by those alone needs no repeating: a request the pipeline
 * refused then is never kept, and the same request is refused again. That covers the document's
 * shape, expansion and cost, unstorable strings, introspection, suggestions, the execution timeout,
 * trusted documents (`TRUSTED_DOCUMENTS`: the mode is fixed per server, the id or the text is in the key),
 * scopes (`readRequiresKey` and the schema's auth rules, decided by the scope) and which operations
 * may be kept at all (queries reading only the graph: `cacheable.ts`, applied by the pipeline's
 * `use-mark-cacheable-answers.ts` when the answer is computed).
 *
 * What is not in the key must be checked on every request, before a kept answer is sent, with the
 * plugins' own functions:
 * 1. The API key or identity provider's token (`key-guard.ts`, `guardedKeyCheck`, as
 *    `plugins/use-authentication.ts` checks it): the throttle's 429, an invalid token's 401, a
 *    failed check counted and logged, a revoked key losing its scope at once, a token its expiry. Checked once: the actor is handed to the pipeline in the server context (`ACTOR`),
 *    which does not check it again.
 * 2. The body limit (`use-body-limit.ts`, `bodyRefusal`): the body is read before the pipeline
 *    runs, so it must be bounded first; anything the limit refuses goes to the pipeline, which
 *    answers the refusal.
 * 3. CSRF prevention (`use-csrf-prevention.ts`, `csrfPreventionRefuses`): the CSRF headers are not
 *    in the key, so a request without them goes to the pipeline, which refuses it.
 * 4. CORS: a request with an `Origin` goes to the pipeline, whose answer carries the CORS headers.
 * 5. The graph version: read on every request; an answer of an older version is never sent.
 * 6. The request log and id (`use-request-log.ts`, `logRequest`, `requestIdFrom`): one line per
 *    request, the caller's id echoed.
 * Event streams and multipart answers, other paths and methods go to the pipeline untouched.
 */
import type { IncomingMessage } from 'node:http';
import { bodyRefusal } from './plugins/use-body-limit.js';
import { csrfPreventionRefuses } from './plugins/use-csrf-prevention.js';

export { guardedKeyCheck } from './key-guard.js';
export { logRequest, requestIdFrom } from './plugins/use-request-log.js';

export type Question = { method: 'GET'; search: string } | { method: 'POST' };

/** Whether a request may be answered from kept answers (see the module comment), and how it asks. */
export function answerable(request: IncomingMessage, endpoint: string, maxBodyBytes: number): Question | null {
  const url = request.url ?? '';
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  if (path !== endpoint || request.headers.origin !== undefined) return null;
  const accept = request.headers.accept ?? '';
  if (accept.includes('text/event-stream') || accept.includes('multipart/')) return null;
  const headers = nodeHeaders(request);
  if (csrfPreventionRefuses(headers)) return null;
  if (request.method === 'GET') {
    if (queryStart === -1) return null;
    return { method: 'GET', search: url.slice(queryStart) };
  }
  if (request.method === 'POST') {
    if (bodyRefusal('POST', headers.get, maxBodyBytes)) return null;
    const length = Number(request.headers['content-length']);
    const json = /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
    // Only a declared, non-empty JSON body is read here; anything else is the pipeline's to parse.
    if (!json || request.headers['transfer-encoding'] !== undefined || !Number.isSafeInteger(length) || length <= 0) return null;
    return { method: 'POST' };
  }
  return null;
}

/** A Node request's header, as one string (repeated headers joined), or undefined. */
export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A Node request's headers, read the way the plugins' rules read a fetch `Headers`. */
function nodeHeaders(request: IncomingMessage): Pick<Headers, 'get' | 'has'> {
  return {
    get: (name) => header(request, name.toLowerCase()) ?? null,
    has: (name) => request.headers[name.toLowerCase()] !== undefined,
  };
}
