/**
 * The embeddable server: a graphql-yoga instance that never listens by itself. Mount it in any
 * Node HTTP server (`http.createServer(yoga)`), or call `yoga.fetch(request)` directly.
 */
import { createYoga, type YogaServerInstance, type YogaServerOptions } from 'graphql-yoga';
import type { Store } from '../data/index.js';
import type { GraphQLContext } from '../schema/context.js';
import { schema } from '../schema/schema.js';
import { HEADLINE_QUERY } from './headline-query.js';

export interface KnowledgeGraphServerOptions {
  /** The store to answer from (opened, migrated and seeded: see `openKnowledgeGraph`). */
  store: Store;
  /** Serve GraphiQL on GET requests from browsers (default: true). */
  graphiql?: boolean;
  /** Where GraphQL is served (default: `/graphql`). */
  graphqlEndpoint?: string;
  /** Yoga's logging: true, false, or a logger (default: true). */
  logging?: YogaServerOptions<object, GraphQLContext>['logging'];
}

export type KnowledgeGraphServer = YogaServerInstance<object, GraphQLContext>;

export function createKnowledgeGraphServer(options: KnowledgeGraphServerOptions): KnowledgeGraphServer {
  const { store } = options;
  return createYoga<object, GraphQLContext>({
    schema,
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    // A fresh context per request: per-request DataLoaders are keyed on it.
    context: () => ({ store }),
    graphiql: options.graphiql === false ? false : { title: 'IT-operations knowledge graph', defaultQuery: HEADLINE_QUERY },
    // Errors that are not deliberate GraphQL errors are replaced by "Unexpected error." so no
    // internal detail leaks; client errors (BAD_USER_INPUT) pass through with their message.
    maskedErrors: true,
    logging: options.logging ?? true,
  });
}
