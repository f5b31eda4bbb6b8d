import { RELATION_QUALIFIERS } from '../../data/index.js';
import { statementProvenance } from '../../data/provenance-marks.js';
import { builder } from '../builder.js';
import { encodeGlobalID } from '../global-id.js';
import { connectionFromWindow, pageWindow } from '../pagination.js';
import { entityByStoreIdField } from './entity-by-id-field.js';
import { ProvenanceType, RelationshipType, STATEMENT_DESCRIPTION, STATEMENT_PROVENANCE_DESCRIPTION } from './refs.js';
import { RelationEnum } from './relation.js';

/** The qualified relations and their values, as the `qualifier` field's description lists them. */
const qualifiedList = Object.entries(RELATION_QUALIFIERS)
  .map(([relation, { name, values }]) => `${relation}: one of ${name} — ${Object.keys(values).join(', ')}`)
  .join('; ');

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
    statement: t.exposeString('statement', { nullable: true, description: STATEMENT_DESCRIPTION }),
    statementProvenance: t.field({
      type: ProvenanceType,
      nullable: true,
      description: STATEMENT_PROVENANCE_DESCRIPTION,
      resolve: (e) => statementProvenance(e),
    }),
    qualifier: t.string({
      nullable: true,
      description: `How the \`from\` entity relates to the \`to\` entity, for the relations whose relationships are qualified (${qualifiedList}); null for other relations and where the source does not say. The relationship fields give it typed (\`need\` on the edges of \`Role.technicalAreas\`).`,
      resolve: (e) => e.qualifier,
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
