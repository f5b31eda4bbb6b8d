/**
 * A fetch-style handler, `(request: Request) => Promise<Response>`, for Next.js route handlers and
 * other frameworks built on the Fetch API, e.g. `app/api/graphql/route.ts`:
 *
 *   export const GET = handler; export const POST = handler;
 */
import type { Store } from '../src/data/index.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';

export function createFetchHandler(store: Store, graphqlEndpoint = '/api/graphql'): (request: Request) => Promise<Response> {
  const yoga = createKnowledgeGraphServer({ store, graphqlEndpoint, logger: false });
  return async (request) => yoga.fetch(request);
}
