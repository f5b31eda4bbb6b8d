/**
 * One structured (JSON) log line per request, with a request id: taken from a well-formed
 * `x-request-id` header (so a proxy's id carries through), otherwise generated, and echoed in the
 * response. Logs method, path, status and duration; never headers, bodies or query text.
 */
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';
const WELL_FORMED_ID = /^[\w.:-]{1,64}$/;

/** The request id for a request: the caller's, when well-formed, or a new one. */
export function requestIdFrom(given: string | null | undefined): string {
  return given && WELL_FORMED_ID.test(given) ? given : randomUUID();
}

/** Writes the one log line of a request. */
export function logRequest(
  logger: Logger,
  line: { requestId: string; method: string; path: string; status: number; startedAt: number },
): void {
  logger.info(
    {
      requestId: line.requestId,
      method: line.method,
      path: line.path,
      status: line.status,
      durationMs: Math.round((performance.now() - line.startedAt) * 100) / 100,
    },
    'request',
  );
}

export function useRequestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, { id: string; at: number }>();
  return {
    onRequest({ request }) {
      const given = request.headers.get(REQUEST_ID_HEADER);
      started.set(request, { id: requestIdFrom(given), at: performance.now() });
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      if (!start) return;
      response.headers.set(REQUEST_ID_HEADER, start.id);
      logRequest(logger, {
        requestId: start.id,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        startedAt: start.at,
      });
    },
  };
}
