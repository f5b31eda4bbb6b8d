/** Assembles the GraphQL schema from the builder and every type file. */
import { builder } from './builder.js';
import './types/entity-kind.js';
import './types/relation.js';
import './types/provenance-kind.js';
import './types/provenance.js';
import './types/entity.js';
import './types/source.js';
import './types/relationship.js';
import './types/role.js';
import './types/responsibility.js';
import './types/skill-domain.js';
import './types/certification.js';
import './types/issuer.js';
import './types/itil-function.js';
import './types/comparison-dimension.js';
import './types/technical-area.js';
import './types/outlook-statement.js';
import './types/entity-filter.js';
import './types/entity-order.js';
import './types/entity-connection.js';
import './types/search.js';
import './types/role-comparison.js';
import './types/skill-gap.js';
import './types/relationship-path.js';
import './types/neighborhood.js';
import './types/mutation-error.js';
import './types/validation-error.js';
import './types/not-found-error.js';
import './types/conflict-error.js';
import './types/forbidden-error.js';
import './types/change.js';
import './types/entity-mutations.js';
import './types/relationship-change.js';
import './types/api-key.js';

builder.queryType({
  description: 'Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships.',
  // Open by default; a deployment may require a key with the `read` scope.
  authScopes: { read: true },
});

export const schema = builder.toSchema({ sortSchema: true });
