/** Assembles the GraphQL schema from the builder and every type file. */
import { builder } from './builder.js';
import './entities/entity.js';
import './entities/provenance.js';
import './entities/relationship.js';
import './entities/source.js';
import './entities/role.js';
import './entities/responsibility.js';
import './entities/skill-domain.js';
import './entities/certification.js';
import './entities/issuer.js';
import './entities/itil-function.js';
import './entities/comparison-dimension.js';
import './entities/technical-area.js';
import './entities/outlook-statement.js';
import './entities/entity-connection.js';
import './analysis/search.js';
import './analysis/role-comparison.js';
import './analysis/skill-gap.js';
import './analysis/relationship-path.js';
import './analysis/neighborhood.js';
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
