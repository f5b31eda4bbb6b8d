import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Claim.implement({
  description:
    'A statement a source makes that no typed relation holds (“IT operations are a cornerstone of every business’s infrastructure”), with the roles and ITIL functions it is about. Its provenance quotes the source.',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Claim'),
});

builder.queryFields((t) => ({
  claim: entityBySlugField(t, {
    type: ENTITY_NODES.Claim,
    kind: 'Claim',
    description: 'The claim with this slug, or null.',
  }),
  claims: entityListField(t, {
    type: ENTITY_CONNECTIONS.Claim.list,
    kind: 'Claim',
    description: 'Every claim, ordered by name.',
  }),
}));
