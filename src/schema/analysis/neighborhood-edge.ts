import type { EdgeRecord, EntityKind } from '../../data/index.js';
import { kindOfNodeId } from '../../data/index.js';
import { builder } from '../builder.js';
import { ProvenanceType } from '../entities/refs.js';
import { RelationEnum } from '../entities/relation.js';
import { encodeGlobalID } from '../global-id.js';

/** The global ID of the entity a store id names. */
const globalIdOf = (storeId: string) => {
  const kind = kindOfNodeId(storeId) as EntityKind;
  return encodeGlobalID(kind, storeId.slice(kind.length + 1));
};

export const NeighborhoodEdgeType = builder.objectRef<EdgeRecord>('NeighborhoodEdge').implement({
  description: 'A relationship of a neighbourhood, its ends given by ID (both are among the neighbourhood’s nodes).',
  fields: (t) => ({
    from: t.id({ description: 'ID of the entity the relationship starts from.', resolve: (e) => globalIdOf(e.fromId) }),
    to: t.id({ description: 'ID of the entity the relationship points to.', resolve: (e) => globalIdOf(e.toId) }),
    relation: t.field({
      type: RelationEnum,
      description: 'What kind of relationship this is, read from `from` to `to`.',
      resolve: (e) => e.relation,
    }),
    statement: t.exposeString('statement', {
      nullable: true,
      description: 'The maintainers’ short statement of the relationship, where it has one.',
    }),
    provenance: t.field({ type: ProvenanceType, description: 'Where the relationship comes from.', resolve: (e) => e.provenance }),
  }),
});
