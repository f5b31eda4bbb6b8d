import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Issuer.implement({
  description: 'An organisation that issues certifications (curated: the source names certifications, not their issuers).',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Issuer'),
});

builder.queryFields((t) => ({
  issuer: entityBySlugField(t, {
    type: ENTITY_NODES.Issuer,
    kind: 'Issuer',
    description: 'The issuer with this slug (e.g. `isc2`), or null.',
  }),
  issuers: entityListField(t, { type: ENTITY_CONNECTIONS.Issuer.list, kind: 'Issuer', description: 'Every issuer, ordered by name.' }),
}));
