import type { EdgeRecord } from '../../data/index.js';
import { builder } from '../builder.js';
import { ENTITY_NODES, localId, ProvenanceType } from '../entities/refs.js';

export const RoleStanceType = builder.objectRef<EdgeRecord>('RoleStance').implement({
  description: 'A role’s stance on a dimension along which roles differ, in the maintainers’ words, with the source’s.',
  fields: (t) => ({
    role: t.field({ type: ENTITY_NODES.Role, description: 'The role.', resolve: (edge) => localId({ id: edge.fromId, kind: 'Role' }) }),
    statement: t.string({ description: 'The stance, in short.', resolve: (edge) => edge.statement ?? '' }),
    provenance: t.field({ type: ProvenanceType, description: 'The source’s words for the stance.', resolve: (edge) => edge.provenance }),
  }),
});
