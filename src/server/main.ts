/**
 * The service's entry point: reads configuration, opens (and on first start creates and seeds)
 * the store, listens, and on SIGTERM/SIGINT stops accepting connections, lets the requests in
 * flight finish, closes the store and exits 0.
 */
import { createServer } from 'node:http';
import { DEFAULT_DATABASE_URL, openKnowledgeGraph } from '../data/index.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createKnowledgeGraphListener } from './node-listener.js';
import { redisChangeFeed } from './redis-change-feed.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const { store, seeded } = await openKnowledgeGraph(config.store).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open the store DATABASE_URL names (${config.databaseUrl ?? DEFAULT_DATABASE_URL}): ${reason}`);
  });
  const changeFeed = config.redisUrl ? redisChangeFeed(config.redisUrl, logger) : null;
  const { yoga, listener, drain, endStreams } = createKnowledgeGraphListener({
    store,
    production: config.production,
    graphiql: config.graphiql,
    introspection: config.introspection,
    limits: config.limits,
    responseCache: config.responseCache,
    readRequiresKey: config.readRequiresKey,
    logger,
    ...(config.corsOrigins ? { corsOrigins: config.corsOrigins } : {}),
    ...(changeFeed ? { changeEventTarget: changeFeed.eventTarget, changeFeedStatus: changeFeed.status } : {}),
  });
  const server = createServer(listener);

  // Signal handlers go in before the server announces itself, so no signal finds it without them.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error({ graceMs: config.shutdownGraceMs }, 'in-flight requests did not finish in time');
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    // Stop accepting; requests in flight finish (their keep-alive connections close after them).
    server.close(async () => {
      // Operations whose clients went away may still be running: they finish before the store closes.
      await drain();
      await changeFeed?.close();
      await store.close();
      logger.info('stopped');
      // No process.exit: responses still being written finish first, then the process ends by itself.
      process.exitCode = 0;
    });
    server.closeIdleConnections();
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
    },
    'listening',
  );
}

main().catch((error: unknown) => {
  // Before the logger exists (bad configuration) this is the only way out, so write JSON directly.
  console.error(JSON.stringify({ level: 'fatal', msg: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
