import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Organization.implement({
  description:
    'An organisation a source names that issues no certification: the author’s company, the publishers he writes for, the firm a finding is attributed to.',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Organization'),
});

builder.queryFields((t) => ({
  organization: entityBySlugField(t, {
    type: ENTITY_NODES.Organization,
    kind: 'Organization',
    description: 'The organisation with this slug, or null.',
  }),
  organizations: entityListField(t, {
    type: ENTITY_CONNECTIONS.Organization.list,
    kind: 'Organization',
    description: 'Every organisation, ordered by name.',
  }),
}));
