import { linkFields } from './link-fields.js';
import { ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Occupation.implement({
  description:
    'An occupation of ESCO (v1.1.1 and later), the European Commission’s multilingual classification of occupations and skills, imported with its labels, ISCO-08 group and skills. Its `provenance` is IMPORTED: the dataset and the concept URI.',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Occupation'),
});
