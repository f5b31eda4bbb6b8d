import type { PathStep } from '../../data/analysis/paths.js';
import { builder } from '../builder.js';
import { entityByStoreIdField } from '../entities/entity-by-id-field.js';
import { ProvenanceType, RelationshipType } from '../entities/refs.js';
import { PathRelationEnum } from './path-relation.js';

export const PathStepType = builder.objectRef<PathStep>('PathStep').implement({
  description: 'One step of a path: from an entity, along a relationship (read in the path’s direction), to the next entity.',
  fields: (t) => ({
    from: entityByStoreIdField(t, 'The entity the step leaves (the previous step’s `to`).', (s) => s.fromId),
    relation: t.field({
      type: PathRelationEnum,
      description: 'How the relationship reads from `from` to `to`.',
      resolve: (s) => s.relation,
    }),
    to: entityByStoreIdField(t, 'The entity the step reaches (the next step’s `from`).', (s) => s.toId),
    provenance: t.field({ type: ProvenanceType, description: 'Where the relationship comes from.', resolve: (s) => s.edge.provenance }),
    relationship: t.field({
      type: RelationshipType,
      description: 'The relationship walked, as stored (in its own direction).',
      resolve: (s) => s.edge,
    }),
  }),
});
