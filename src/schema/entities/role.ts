import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Role.implement({
  description: 'A job role in IT operations (manager, specialist, generalist).',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Role'),
});

builder.queryFields((t) => ({
  role: entityBySlugField(t, {
    type: ENTITY_NODES.Role,
    kind: 'Role',
    description: 'The role with this slug (e.g. `it-operations-manager`), or null.',
  }),
  roles: entityListField(t, { type: ENTITY_CONNECTIONS.Role.list, kind: 'Role', description: 'Every role, ordered by name.' }),
}));
