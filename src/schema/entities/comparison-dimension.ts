import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.ComparisonDimension.implement({
  description: 'A dimension along which the source says the roles differ (leadership, strategy, …).',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'ComparisonDimension'),
});

builder.queryFields((t) => ({
  comparisonDimension: entityBySlugField(t, {
    type: ENTITY_NODES.ComparisonDimension,
    kind: 'ComparisonDimension',
    description: 'The comparison dimension with this slug (e.g. `leadership`), or null.',
  }),
  comparisonDimensions: entityListField(t, {
    type: ENTITY_CONNECTIONS.ComparisonDimension.list,
    kind: 'ComparisonDimension',
    description: 'Every dimension along which the roles differ, ordered by name.',
  }),
}));
