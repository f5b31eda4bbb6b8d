/** Mounting the knowledge graph in an existing Express app, next to the app's own routes. */
import express from 'express';
import type { Store } from '../src/data/index.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';

export function createExpressApp(store: Store) {
  const app = express();
  const yoga = createKnowledgeGraphServer({ store, graphqlEndpoint: '/knowledge/graphql', logger: false });
  app.get('/status', (_request, response) => {
    response.json({ ok: true });
  });
  // yoga is a request listener: hand it everything under its endpoint.
  app.use(yoga.graphqlEndpoint, yoga);
  return app;
}
