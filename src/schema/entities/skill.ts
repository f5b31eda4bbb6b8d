import { linkFields } from './link-fields.js';
import { ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Skill.implement({
  description:
    'A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI.',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'Skill'),
});
