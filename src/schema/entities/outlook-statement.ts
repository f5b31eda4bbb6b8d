import { builder } from '../builder.js';
import { entityBySlugField, entityConnections, entityListField, follow, linkField } from '../connections.js';
import { entityNodeRef } from '../entity-ref.js';
import { EntityInterface } from './entity.js';
import { RoleConnections } from './role.js';

export const OutlookStatementNode = entityNodeRef('OutlookStatement');
export const OutlookStatementConnections = entityConnections(OutlookStatementNode, 'OutlookStatement', 'outlook statements');

OutlookStatementNode.implement({
  description: 'A statement the source makes about the job outlook of IT operations roles.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    attributedTo: t.string({
      nullable: true,
      description: 'Who the source attributes the finding to (e.g. Robert Half); null when the source states it itself.',
      resolve: (node) => node.attributes.attributedTo ?? null,
    }),
    roles: linkField(t, {
      type: RoleConnections.link,
      description: 'Roles the statement is about.',
      walk: [follow('DESCRIBES_OUTLOOK_FOR')],
    }),
  }),
});

builder.queryFields((t) => ({
  outlookStatement: entityBySlugField(t, {
    type: OutlookStatementNode,
    kind: 'OutlookStatement',
    description: 'The outlook statement with this slug, or null.',
  }),
  outlookStatements: entityListField(t, {
    type: OutlookStatementConnections.list,
    kind: 'OutlookStatement',
    description: 'Every outlook statement, ordered by name.',
  }),
}));
