/**
 * The service as a Node HTTP request listener, with answers to repeated questions served before
 * the GraphQL pipeline (see `answer-cache.ts`; the pipeline's rules it repeats, and how, are listed
 * in `answer-cache-rules.ts`).
 *
 * A GraphQL GET, or a POST of `application/json` with a declared length within the body limit,
 * from a caller that sends no `Origin` (servers, scripts, CDNs; not cross-origin browser calls,
 * whose CORS answers the full pipeline gives) is looked up by what it asks and who asks; an
 * answer kept at the graph's current version is sent as it is, with an ETag (a matching
 * `If-None-Match` gets 304). Otherwise the request runs through the full pipeline, and a query
 * that succeeds is kept. Everything else — other paths and methods, subscriptions, browsers'
 * cross-origin calls, anything unusual — goes to the pipeline untouched.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { inReadScope } from '../data/index.js';
import { ERROR_CODES, errorResponseBody } from '../schema/errors.js';
import { ANSWER_TICKET, type Answer, AnswerCache, type AnswerTicket } from './answer-cache.js';
import { answerable, guardedKeyCheck, header, logRequest, type Question, requestIdFrom } from './answer-cache-rules.js';
import { AuthThrottle } from './auth-throttle.js';
import { createKnowledgeGraphServer, type KnowledgeGraphServer, type KnowledgeGraphServerOptions } from './create-server.js';
import { jwtVerifierFor } from './jwt-verifier.js';
import { ACTOR, CLIENT_ADDRESS } from './key-guard.js';
import { DEFAULT_LIMITS } from './limits.js';
import { createLogger } from './logger.js';
import { createServiceMetrics } from './metrics.js';
import { REQUEST_ID_HEADER } from './plugins/use-request-log.js';
import { traceCachedAnswer } from './tracing.js';

export interface KnowledgeGraphListener {
  /** The GraphQL server behind the listener (for `yoga.fetch`, or mounting elsewhere). */
  yoga: KnowledgeGraphServer;
  /** Pass to `http.createServer`. */
  listener: RequestListener;
  /** The kept answers (none when `responseCache` is false). */
  answers: AnswerCache | null;
  /**
   * Resolves once every request received so far has been handled to the end — including those
   * whose client went away mid-way, whose operations still run. Shutdown waits for it before
   * closing the store.
   */
  drain(): Promise<void>;
  /**
   * Closes the connection of every open event stream (`graphChanged` subscriptions): they would
   * otherwise keep a shutdown waiting for as long as their clients stay. Clients reconnect (to
   * another replica, or to this one once it is back).
   */
  endStreams(): void;
}

export function createKnowledgeGraphListener(options: KnowledgeGraphServerOptions): KnowledgeGraphListener {
  const answers = options.responseCache === false ? null : new AnswerCache();
  const authThrottle = options.authThrottle ?? new AuthThrottle();
  // Made here, not by the server, so that answers served before the pipeline count in the same registry.
  const metrics = options.metrics === false ? null : (options.serviceMetrics ?? createServiceMetrics(options));
  const yoga = createKnowledgeGraphServer({
    ...options,
    authThrottle,
    markCacheableAnswers: answers !== null,
    ...(metrics ? { serviceMetrics: metrics } : {}),
  });
  const inFlight = new Set<Promise<unknown>>();
  const track = (handling: Promise<unknown>) => {
    const settled = handling.catch(() => undefined).finally(() => inFlight.delete(settled));
    inFlight.add(settled);
  };
  const drain = async () => {
    while (inFlight.size > 0) await Promise.all(inFlight);
  };
  const streams = new Set<ServerResponse>();
  const endStreams = () => {
    for (const stream of streams) stream.destroy();
  };
  /** The full pipeline, with the request tracked (and remembered while it streams). */
  const pipeline = (request: IncomingMessage, response: ServerResponse) => {
    if ((request.headers.accept ?? '').includes('text/event-stream')) {
      streams.add(response);
      response.once('close', () => streams.delete(response));
    }
    track(Promise.resolve(yoga(request, response)));
  };
  if (!answers) return { yoga, listener: pipeline, answers, drain, endStreams };
  const logger = options.logger === false ? null : (options.logger ?? createLogger());
  // The same verifier (and so the same cached keys) as the server's own.
  const jwt = options.jwt ? jwtVerifierFor(options.jwt) : null;
  const endpoint = yoga.graphqlEndpoint;
  const maxBodyBytes = options.limits?.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes;

  const listener: RequestListener = (request, response) => {
    const question = answerable(request, endpoint, maxBodyBytes);
    if (!question) {
      pipeline(request, response);
      return;
    }
    track(
      // One read scope for the whole answer: the version read for the kept answers is the one the pipeline reads at.
      inReadScope(() => answer(request, response, question)).catch((error: unknown) => {
        logger?.error({ err: error }, 'answering a request failed');
        if (!response.headersSent)
          response.writeHead(ERROR_CODES.INTERNAL_SERVER_ERROR.status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(errorResponseBody('INTERNAL_SERVER_ERROR', 'Unexpected error.'));
      }),
    );
  };

  async function answer(request: IncomingMessage, response: ServerResponse, question: Question): Promise<void> {
    const startedAt = performance.now();
    const requestId = requestIdFrom(header(request, REQUEST_ID_HEADER));
    const body = question.method === 'POST' ? await readBody(request) : undefined;
    const client = request.socket.remoteAddress ?? 'unknown';
    const guarded = await guardedKeyCheck(
      { store: options.store, throttle: authThrottle, logger, jwt },
      client,
      header(request, 'authorization') ?? null,
    );
    if (guarded.refusal) {
      const { refusal } = guarded;
      response.writeHead(refusal.status, { ...refusal.headers, [REQUEST_ID_HEADER]: requestId });
      response.end(refusal.body);
      if (logger) logRequest(logger, { requestId, method: question.method, path: endpoint, status: refusal.status, startedAt });
      return;
    }
    const { actor } = guarded;
    const key = `${actor?.scope ?? '-'}\n${header(request, 'accept') ?? ''}\n${question.method === 'GET' ? question.search : body!.toString('utf8')}`;
    const version = await options.store.graphVersion();

    const kept = answers!.get(key, version);
    if (kept) {
      send(response, kept, { requestId, authorized: actor !== null, notModified: header(request, 'if-none-match') === kept.etag });
      metrics?.countCachedAnswer(kept.operation, (performance.now() - startedAt) / 1000);
      if (options.tracerProvider) {
        traceCachedAnswer(options.tracerProvider, {
          method: question.method,
          path: endpoint,
          status: response.statusCode,
          headers: request.headers,
          startedAt,
        });
      }
      if (logger) logRequest(logger, { requestId, method: question.method, path: endpoint, status: response.statusCode, startedAt });
      return;
    }

    metrics?.countCacheMiss();
    const ticket: AnswerTicket = { cacheable: false };
    const computed = await yoga.fetch(
      `http://localhost${request.url}`,
      { method: question.method, headers: headersOf(request), ...(body ? { body } : {}) },
      // The key was checked (and any failure counted) above: the pipeline reads the actor, never the key.
      { [ANSWER_TICKET]: ticket, [ACTOR]: actor, [CLIENT_ADDRESS]: client },
    );
    const computedBody = Buffer.from(await computed.arrayBuffer());
    if (ticket.cacheable && computed.status === 200) {
      const fresh = answers!.set(
        key,
        version,
        computed.headers.get('content-type') ?? 'application/json; charset=utf-8',
        computedBody,
        ticket.operation,
      );
      send(response, fresh, {
        requestId: computed.headers.get(REQUEST_ID_HEADER) ?? requestId,
        authorized: actor !== null,
        notModified: header(request, 'if-none-match') === fresh.etag,
      });
      return;
    }
    const headers: Record<string, string> = {};
    computed.headers.forEach((value, name) => {
      headers[name] = value;
    });
    response.writeHead(computed.status, headers);
    response.end(computedBody);
  }

  return { yoga, listener, answers, drain, endStreams };
}

function headersOf(request: IncomingMessage): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) pairs.push([request.rawHeaders[i]!, request.rawHeaders[i + 1]!]);
  return pairs;
}

/** The body, whose declared length `answerable` has checked against the limit. */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, answer: Answer, options: { requestId: string; authorized: boolean; notModified: boolean }): void {
  const headers = {
    etag: answer.etag,
    // Revalidate every time: an answer is good exactly as long as the graph has not changed.
    'cache-control': `${options.authorized ? 'private' : 'public'}, max-age=0, must-revalidate`,
    vary: 'Accept, Authorization',
    [REQUEST_ID_HEADER]: options.requestId,
  };
  if (options.notModified) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, { ...headers, 'content-type': answer.contentType, 'content-length': answer.body.length });
  response.end(answer.body);
}
