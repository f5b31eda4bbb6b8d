/**
 * Test support: a real service (curated content seeded into the test store: SQLite, or PostgreSQL
 * when TEST_DATABASE_URL is set) reached
 * through `yoga.fetch`, with full HTTP semantics and no port.
 */
import type { Store } from '../../src/data/index.js';
import { createKnowledgeGraphServer, type KnowledgeGraphServer, type KnowledgeGraphServerOptions } from '../../src/server/create-server.js';
import { openTestGraph } from './test-store.js';

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A typed document from codegen (`documentMode: 'string'`), or plain query text. */
export type Operation<Data, Variables> = { toString(): string; __apiType?: (variables: Variables) => Data } | string;

export interface TestService {
  yoga: KnowledgeGraphServer;
  store: Store;
  /** Posts an operation to /graphql and returns the parsed body; throws unless the status is 200. */
  query<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
    operation: Operation<Data, Variables>,
    variables?: Variables,
  ): Promise<GraphQLResponse<Data>>;
}

export async function startTestService(
  options: { store?: Store } & Partial<Omit<KnowledgeGraphServerOptions, 'store'>> = {},
): Promise<TestService> {
  const store = options.store ?? (await openTestGraph()).store;
  const yoga = createKnowledgeGraphServer({ logger: false, ...options, store });
  return {
    yoga,
    store,
    async query(operation, variables) {
      const response = await yoga.fetch('http://kg.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: operation.toString(), variables }),
      });
      const body = (await response.json()) as GraphQLResponse<never>;
      if (response.status !== 200) {
        throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`);
      }
      return body;
    },
  };
}

export { countingStore } from './store-wrappers.js';

/**
 * Posts an operation with an API key and returns its data; throws on any error, so a test of a
 * mutation's typed answer (a change or a refusal union member) reads the answer itself.
 */
export async function sendWithKey<Data>(
  service: Pick<TestService, 'yoga'>,
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const response = await service.yoga.fetch('http://kg.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
  return body.data;
}
