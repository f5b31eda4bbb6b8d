/**
 * The three root types, declared once. Their fields are added where the concept they serve lives
 * (`builder.queryField`, `builder.mutationFields`, `builder.subscriptionField` in `types/` and
 * `curation/`).
 */
import { builder } from './builder.js';

builder.queryType({
  description: 'Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships.',
  // Open by default; a deployment may require a key with the `read` scope.
  authScopes: { read: true },
});

builder.mutationType({
  description:
    'Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log.',
});

builder.subscriptionType({ description: 'Live updates (server-sent events: request with `accept: text/event-stream`).' });
