import { builder } from '../builder.js';
import { encodeGlobalID } from '../global-id.js';
import { connectionFromWindow, pageWindow } from '../pagination.js';
import { entityByStoreIdField } from './entity-by-id-field.js';
import { ProvenanceType, RelationshipType } from './refs.js';
import { RelationEnum } from './relation.js';

RelationshipType.implement({
  description: 'A typed, directed relationship between two entities, with where it comes from.',
  fields: (t) => ({
    id: t.id({
      description: 'Opaque, stable ID of the relationship (to unlink it).',
      resolve: (e) => encodeGlobalID('Relationship', e.id),
    }),
    version: t.exposeInt('version', { description: 'Starts at 1; every change adds 1 (pass it as `expectedVersion`).' }),
    relation: t.field({
      type: RelationEnum,
      description: 'What kind of relationship this is, read from `from` to `to`.',
      resolve: (e) => e.relation,
    }),
    from: entityByStoreIdField(t, 'The entity the relationship starts from.', (e) => e.fromId),
    to: entityByStoreIdField(t, 'The entity the relationship points to.', (e) => e.toId),
    statement: t.exposeString('statement', {
      nullable: true,
      description:
        'The maintainers’ short statement of the relationship, where it has one (a role’s stance, how a role needs a technical area).',
    }),
    provenance: t.field({ type: ProvenanceType, description: 'Where the relationship comes from.', resolve: (e) => e.provenance }),
  }),
});

const RelationshipConnection = builder.connectionObject(
  { type: RelationshipType, name: 'RelationshipConnection', description: 'A page of relationships.' },
  { name: 'RelationshipEdge', description: 'One of a page of relationships.' },
);

builder.queryField('relationships', (t) =>
  t.field({
    type: RelationshipConnection,
    description: 'Every relationship of the graph, optionally of one relation, ordered by relation, then source entity and source order.',
    args: {
      ...t.arg.connectionArgs(),
      relation: t.arg({ type: RelationEnum, required: false, description: 'Only relationships of this relation.' }),
    },
    resolve: async (_root, args, context) => {
      const window = pageWindow(args);
      const page = await context.store.listEdges({
        limit: window.limit,
        offset: window.offset,
        ...(args.relation ? { relation: args.relation } : {}),
      });
      return connectionFromWindow(window, page.items, page.totalCount, (edge) => ({ node: edge }));
    },
  }),
);
