import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Competency.implement({
  description:
    'A kind of skill or quality the source says a role should have or emphasise (managerial skills, problem-solving, adaptability).',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Competency'),
});

builder.queryFields((t) => ({
  competency: entityBySlugField(t, {
    type: ENTITY_NODES.Competency,
    kind: 'Competency',
    description: 'The competency with this slug (e.g. `problem-solving`), or null.',
  }),
  competencies: entityListField(t, {
    type: ENTITY_CONNECTIONS.Competency.list,
    kind: 'Competency',
    description: 'Every competency, ordered by name.',
  }),
}));
