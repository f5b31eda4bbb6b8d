/** Assembles the GraphQL schema from the builder, the root types and every type module. */
import { builder } from './builder.js';
import './root-types.js';
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
import './curation/mutation-errors.js';
import './curation/change.js';
import './curation/entity-mutations.js';
import './curation/relationship-change.js';
import './curation/api-key.js';

export const schema = builder.toSchema({ sortSchema: true });
