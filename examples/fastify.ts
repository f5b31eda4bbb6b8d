/** Mounting the knowledge graph in an existing Fastify app. */
import Fastify from 'fastify';
import type { Store } from '../src/data/index.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';

export function createFastifyApp(store: Store) {
  const app = Fastify();
  const yoga = createKnowledgeGraphServer({ store, logger: false });
  app.route({
    url: yoga.graphqlEndpoint,
    method: ['GET', 'POST', 'OPTIONS'],
    handler: async (req, reply) => {
      // Fastify has parsed the body already; yoga reads it from `req.body`.
      const response = await yoga.handleNodeRequestAndResponse(req, reply);
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });
  return app;
}
