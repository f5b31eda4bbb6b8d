import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Publication.implement({
  description: 'A publication a source names, such as a study guide its author wrote.',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Publication'),
});

builder.queryFields((t) => ({
  publication: entityBySlugField(t, {
    type: ENTITY_NODES.Publication,
    kind: 'Publication',
    description: 'The publication with this slug, or null.',
  }),
  publications: entityListField(t, {
    type: ENTITY_CONNECTIONS.Publication.list,
    kind: 'Publication',
    description: 'Every publication, ordered by name.',
  }),
}));
