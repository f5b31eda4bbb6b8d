import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.TechnicalArea.implement({
  description: 'A technology or technical discipline the source says a role needs knowledge of (cloud computing, troubleshooting, …).',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'TechnicalArea'),
});

builder.queryFields((t) => ({
  technicalArea: entityBySlugField(t, {
    type: ENTITY_NODES.TechnicalArea,
    kind: 'TechnicalArea',
    description: 'The technical area with this slug (e.g. `cloud-computing`), or null.',
  }),
  technicalAreas: entityListField(t, {
    type: ENTITY_CONNECTIONS.TechnicalArea.list,
    kind: 'TechnicalArea',
    description: 'Every technical area, ordered by name.',
  }),
}));
