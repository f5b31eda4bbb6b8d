/**
 * The service's entry point: reads configuration, opens (and on first start creates and seeds)
 * the store, checks every stored quote against its source (logging each that fails), listens, and
 * on SIGTERM/SIGINT stops accepting connections, lets the requests in flight finish, closes the
 * store and exits 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { DEFAULT_DATABASE_URL, openKnowledgeGraph, verifyStoredQuotes } from '../data/index.js';
import { AuthThrottle } from './auth-throttle.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createKnowledgeGraphListener } from './node-listener.js';
import { redisChangeFeed } from './redis-change-feed.js';
import { createOtlpTracerProvider } from './tracing.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  // Node's warnings (deprecations, leak warnings) go to the JSON log, not as plain text to stderr.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => logger.warn({ err: warning }, warning.message));
  const { store, seeded } = await openKnowledgeGraph(config.store).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open the store DATABASE_URL names (${config.databaseUrl ?? DEFAULT_DATABASE_URL}): ${reason}`);
  });
  // Quotes stored before every write was checked (or changed behind the service's back) are checked
  // now; each that fails is logged here and reads as `verified: false` (the API computes it on read).
  const unverified = await verifyStoredQuotes(store);
  for (const quote of unverified) {
    logger.warn({ [quote.record]: quote.id, field: `provenance.${quote.field}`, reason: quote.reason }, 'stored quote not verified');
  }
  const changeFeed = config.redisUrl ? redisChangeFeed(config.redisUrl, logger) : null;
  const tracerProvider = config.tracing ? createOtlpTracerProvider(config.tracing) : null;
  const { yoga, listener, drain, endStreams } = createKnowledgeGraphListener({
    store,
    production: config.production,
    graphiql: config.graphiql,
    introspection: config.introspection,
    limits: config.limits,
    responseCache: config.responseCache,
    loaderBatching: config.loaderBatching,
    readRequiresKey: config.readRequiresKey,
    trustedDocuments: { mode: config.trustedDocuments },
    logger,
    authThrottle: new AuthThrottle(config.authFailures),
    ...(config.jwt ? { jwt: config.jwt } : {}),
    metrics: config.metrics,
    ...(tracerProvider ? { tracerProvider } : {}),
    ...(config.corsOrigins ? { corsOrigins: config.corsOrigins } : {}),
    ...(changeFeed ? { changeEventTarget: changeFeed.eventTarget, changeFeedStatus: changeFeed.status } : {}),
  });
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = config.serverTimeouts;
  const server = createServer(
    {
      // Both bound only the receiving of a request (Node drops a connection from its checks once
      // the request is complete), so long responses such as event streams are not cut.
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      // How often Node looks for expired requests (its default, 30 s, would let a 10 s timeout run to 40 s).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(headersTimeoutMs / 4))),
    },
    listener,
  );

  let stopping = false;
  // Requests received and not yet answered, by connection: a connection without one at shutdown
  // (idle, or still sending its headers) is not in flight and is closed at once.
  const answering = new Map<Socket, number>();
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      answering.delete(socket);
    });
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    answering.set(socket, (answering.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const left = (answering.get(socket) ?? 1) - 1;
      if (left > 0) answering.set(socket, left);
      else answering.delete(socket);
      // Shutting down: the connection this answer leaves idle closes now, not at its keep-alive timeout.
      if (stopping && left <= 0) setImmediate(() => server.closeIdleConnections());
    });
  });
  const closeConnectionsNotInFlight = () => {
    for (const socket of sockets) if (!answering.has(socket)) socket.destroy();
  };

  // Signal handlers go in before the server announces itself, so no signal finds it without them.
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error(
        { graceMs: config.shutdownGraceMs, requestsInFlight: [...answering.values()].reduce((sum, n) => sum + n, 0) },
        'in-flight requests did not finish in time',
      );
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    // Stop accepting; requests in flight finish (their keep-alive connections close after them).
    server.close(async () => {
      // Operations whose clients went away may still be running: they finish before the store closes.
      try {
        await drain();
        await changeFeed?.close();
        await store.close();
        // The spans of the last requests are sent before the process ends.
        await tracerProvider?.shutdown();
        logger.info('stopped');
        // No process.exit: responses still being written finish first, then the process ends by itself.
        process.exitCode = 0;
      } catch (error) {
        logger.error({ err: error }, 'shutting down failed');
        process.exitCode = 1;
      }
    });
    server.closeIdleConnections();
    closeConnectionsNotInFlight();
    endStreams();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    {
      url: `http://localhost:${port}${yoga.graphqlEndpoint}`,
      mode: config.production ? 'production' : 'development',
      store: config.store.dialect === 'sqlite' ? config.store.filename : 'postgres',
      seeded,
      limits: config.limits,
      serverTimeouts: config.serverTimeouts,
    },
    'listening',
  );
}

main().catch((error: unknown) => {
  // Before the logger exists (bad configuration) this is the only way out, so write JSON directly.
  console.error(JSON.stringify({ level: 'fatal', msg: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
