/**
 * Test support: a real service (curated content seeded into the test store: SQLite, or PostgreSQL
 * when TEST_DATABASE_URL is set) reached through `yoga.fetch`, with full HTTP semantics and no port.
 *
 *     const service = await startTestService();
 *     const { key } = await createKey(service.store, 'edit');
 *     const { role } = await service.data(Role, { slug: 'it-operations-manager' }, { key });
 */
import type { Store } from '../../src/data/index.js';
import { createKnowledgeGraphServer, type KnowledgeGraphServer, type KnowledgeGraphServerOptions } from '../../src/server/create-server.js';
import { type GraphQLClient, graphqlClient } from './graphql-client.js';
import { openTestGraph } from './test-store.js';

export interface TestService extends GraphQLClient {
  yoga: KnowledgeGraphServer;
  store: Store;
}

export async function startTestService(
  options: { store?: Store } & Partial<Omit<KnowledgeGraphServerOptions, 'store'>> = {},
): Promise<TestService> {
  const store = options.store ?? (await openTestGraph()).store;
  const yoga = createKnowledgeGraphServer({ logger: false, ...options, store });
  return { yoga, store, ...graphqlClient((init) => Promise.resolve(yoga.fetch('http://kg.test/graphql', init))) };
}

export { createKey, type TestKey } from './api-keys.js';
export { answerOf, expectTypename, type GraphQLResponse, graphqlClient, type Operation } from './graphql-client.js';
export { countingStore } from './store-wrappers.js';
