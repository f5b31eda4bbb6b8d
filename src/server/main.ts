/**
 * The service's entry point: reads configuration, opens (and on first start creates and seeds)
 * the store, listens, and on SIGTERM/SIGINT stops accepting requests, lets those in flight
 * finish, closes the store and exits 0.
 */
import { createServer } from 'node:http';
import { DEFAULT_DATABASE_URL, openKnowledgeGraph } from '../data/index.js';
import { loadConfig } from './config.js';
import { createKnowledgeGraphServer } from './create-server.js';

/** How long in-flight requests get to finish after a shutdown signal. */
const DRAIN_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const { store, seeded } = await openKnowledgeGraph(config.store).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open the store DATABASE_URL names (${config.databaseUrl ?? DEFAULT_DATABASE_URL}): ${reason}`);
  });
  const yoga = createKnowledgeGraphServer({ store });
  const server = createServer(yoga);

  // Signal handlers go in before the server announces itself, so no signal finds it without them.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(JSON.stringify({ level: 'info', message: 'shutting down', signal }));
    const force = setTimeout(() => {
      console.error(JSON.stringify({ level: 'error', message: 'in-flight requests did not finish in time' }));
      process.exit(1);
    }, DRAIN_TIMEOUT_MS);
    force.unref();
    server.close(async () => {
      await store.close();
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    JSON.stringify({
      level: 'info',
      message: 'listening',
      url: `http://localhost:${port}${yoga.graphqlEndpoint}`,
      store: config.store.filename,
      seeded,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ level: 'fatal', message: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
