import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Person.implement({
  description: 'A person a source names, such as its author.',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Person'),
});

builder.queryFields((t) => ({
  person: entityBySlugField(t, {
    type: ENTITY_NODES.Person,
    kind: 'Person',
    description: 'The person with this slug (e.g. `damon-garn`), or null.',
  }),
  people: entityListField(t, {
    type: ENTITY_CONNECTIONS.Person.list,
    kind: 'Person',
    description: 'Every person, ordered by name.',
  }),
}));
