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

export function requestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, { id: string; at: number }>();
  return {
    onRequest({ request }) {
      const given = request.headers.get(REQUEST_ID_HEADER);
      started.set(request, { id: given && WELL_FORMED_ID.test(given) ? given : randomUUID(), at: performance.now() });
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      if (!start) return;
      response.headers.set(REQUEST_ID_HEADER, start.id);
      const url = new URL(request.url);
      logger.info(
        {
          requestId: start.id,
          method: request.method,
          path: url.pathname,
          status: response.status,
          durationMs: Math.round((performance.now() - start.at) * 100) / 100,
        },
        'request',
      );
    },
  };
}
