import { linkFields } from './link-fields.js';
import { ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.IscoGroup.implement({
  description:
    'A group of ISCO-08, the International Standard Classification of Occupations (International Labour Organization), as ESCO publishes it: major, sub-major, minor or unit group.',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'IscoGroup'),
});
