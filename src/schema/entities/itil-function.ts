import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

/** The framework edition these functions belong to; ITIL 4 replaced functions with 34 practices. */
const ITIL_FRAMEWORK = 'ITIL v3/2011 Service Operation function';

ENTITY_NODES.ItilFunction.implement({
  description:
    'A function of the ITIL framework as the source lists it. These are ITIL v3/2011 Service Operation functions; ITIL 4 replaced functions with 34 practices.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    framework: t.string({
      description: `Which ITIL edition and book the function belongs to: "${ITIL_FRAMEWORK}" (curated label).`,
      resolve: () => ITIL_FRAMEWORK,
    }),
    ...linkFields(t, 'ItilFunction'),
  }),
});

builder.queryFields((t) => ({
  itilFunction: entityBySlugField(t, {
    type: ENTITY_NODES.ItilFunction,
    kind: 'ItilFunction',
    description: 'The ITIL function with this slug (e.g. `it-operations`), or null.',
  }),
  itilFunctions: entityListField(t, {
    type: ENTITY_CONNECTIONS.ItilFunction.list,
    kind: 'ItilFunction',
    description: 'Every ITIL function, ordered by name.',
  }),
}));
