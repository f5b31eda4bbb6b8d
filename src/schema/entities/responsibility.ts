import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Responsibility.implement({
  description:
    'Work a role or an ITIL function is responsible for. One concept is one responsibility, however many places name it; each relationship quotes its own sentence.',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Responsibility'),
});

builder.queryFields((t) => ({
  responsibility: entityBySlugField(t, {
    type: ENTITY_NODES.Responsibility,
    kind: 'Responsibility',
    description: 'The responsibility with this slug (e.g. `security-oversight`), or null.',
  }),
  responsibilities: entityListField(t, {
    type: ENTITY_CONNECTIONS.Responsibility.list,
    kind: 'Responsibility',
    description: 'Every responsibility, ordered by name.',
  }),
}));
