import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.OutlookStatement.implement({
  description: 'A statement the source makes about the job outlook of IT operations roles.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    attributedTo: t.string({
      nullable: true,
      description: 'Who the source attributes the finding to (e.g. Robert Half); null when the source states it itself.',
      resolve: (node) => node.attributes.attributedTo ?? null,
    }),
    horizon: t.string({
      nullable: true,
      description: 'The year or period the statement is about, in the source’s words (e.g. "2025"); null when it names none.',
      resolve: (node) => node.attributes.horizon ?? null,
    }),
    topPercent: t.float({
      nullable: true,
      description: 'The top percentage of a ranking the statement reports (15 for “the top 15%”); null when it reports no ranking.',
      resolve: (node) => node.attributes.topPercent ?? null,
    }),
    ...linkFields(t, 'OutlookStatement'),
  }),
});

builder.queryFields((t) => ({
  outlookStatement: entityBySlugField(t, {
    type: ENTITY_NODES.OutlookStatement,
    kind: 'OutlookStatement',
    description: 'The outlook statement with this slug, or null.',
  }),
  outlookStatements: entityListField(t, {
    type: ENTITY_CONNECTIONS.OutlookStatement.list,
    kind: 'OutlookStatement',
    description: 'Every outlook statement, ordered by name.',
  }),
}));
