import type { Provenance } from '../../data/index.js';
import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface, ProvenanceType } from './refs.js';

/** The framework edition these functions belong to; ITIL 4 replaced functions with 34 practices. */
const ITIL_FRAMEWORK = 'ITIL v3/2011 Service Operation function';

/** `framework` is the maintainers' label: the source names the functions but not the edition. */
const FRAMEWORK_PROVENANCE: Provenance = {
  kind: 'CURATED',
  quote: null,
  section: null,
  rationale:
    'The source lists the functions as ITIL’s without naming an edition. Technical management, application management, IT operations management and the service desk are the functions of ITIL v3/2011’s Service Operation book; ITIL 4 replaced functions with 34 practices, so the maintainers label the edition.',
  sourceId: null,
};

ENTITY_NODES.ItilFunction.implement({
  description:
    'A function of the ITIL framework as the source lists it. These are ITIL v3/2011 Service Operation functions; ITIL 4 replaced functions with 34 practices.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    framework: t.string({
      description: `Which ITIL edition and book the function belongs to: "${ITIL_FRAMEWORK}" (curated label).`,
      resolve: () => ITIL_FRAMEWORK,
    }),
    frameworkProvenance: t.field({
      type: ProvenanceType,
      description: 'Where `framework` comes from: CURATED, the maintainers’ label, with why.',
      resolve: () => FRAMEWORK_PROVENANCE,
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
