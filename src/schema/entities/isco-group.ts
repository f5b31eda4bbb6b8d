import { builder } from '../builder.js';
import { entityListField } from './entity-lists.js';
import { escoConceptFields, iscoGroupByCodeField } from './esco-fields.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.IscoGroup.implement({
  description:
    'A group of ISCO-08, the International Standard Classification of Occupations (International Labour Organization), as ESCO publishes it: major, sub-major, minor or unit group.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    ...escoConceptFields(t, { concept: 'ISCO-08 group', hiddenLabels: false }),
    code: t.string({
      nullable: true,
      description:
        'The ISCO-08 code: one digit for a major group (`1`), two for a sub-major (`13`), three for a minor (`133`), four for a unit group (`1330`). Null only for a group a curator added without one.',
      resolve: (node) => node.attributes.code ?? null,
    }),
    ...linkFields(t, 'IscoGroup'),
  }),
});

builder.queryFields((t) => ({
  iscoGroup: iscoGroupByCodeField(t, {
    type: ENTITY_NODES.IscoGroup,
    description: 'The ISCO-08 group with this code (e.g. `1330`, ICT service managers) or slug, or null.',
  }),
  iscoGroups: entityListField(t, {
    type: ENTITY_CONNECTIONS.IscoGroup.list,
    kind: 'IscoGroup',
    description:
      'ISCO-08 groups (those the imported ESCO occupations fall under, with the groups above them), ordered by name unless `orderBy` says otherwise.',
  }),
}));
