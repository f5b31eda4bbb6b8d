import { builder } from '../builder.js';
import { entityListField } from './entity-lists.js';
import { escoConceptByUriField, escoConceptFields } from './esco-fields.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Occupation.implement({
  description:
    'An occupation of ESCO (v1.1.1 and later), the European Commission’s multilingual classification of occupations and skills, imported with its labels, ISCO-08 group and skills. Its `provenance` is IMPORTED: the dataset and the concept URI.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    ...escoConceptFields(t, { concept: 'occupation', hiddenLabels: true }),
    code: t.string({
      nullable: true,
      description:
        'ESCO’s code for the occupation: its ISCO-08 unit group’s code and its place under it (`1330.5`, or `2512.4.1` under a broader occupation); null when ESCO gives none.',
      resolve: (node) => node.attributes.code ?? null,
    }),
    ...linkFields(t, 'Occupation'),
  }),
});

builder.queryFields((t) => ({
  occupation: escoConceptByUriField(t, {
    type: ENTITY_NODES.Occupation,
    kind: 'Occupation',
    description:
      'The ESCO occupation with this concept URI (e.g. `http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc`, ICT operations manager) or slug, or null.',
  }),
  occupations: entityListField(t, {
    type: ENTITY_CONNECTIONS.Occupation.list,
    kind: 'Occupation',
    description: 'ESCO occupations, ordered by name unless `orderBy` says otherwise.',
  }),
}));
