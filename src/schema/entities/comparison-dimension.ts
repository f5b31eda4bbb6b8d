import { builder } from '../builder.js';
import { entityBySlugField, entityConnections, entityListField, followBack, linkField } from '../connections.js';
import { entityNodeRef } from '../entity-ref.js';
import { EntityInterface } from './entity.js';
import { RoleConnections } from './role.js';

export const ComparisonDimensionNode = entityNodeRef('ComparisonDimension');
export const ComparisonDimensionConnections = entityConnections(ComparisonDimensionNode, 'ComparisonDimension', 'comparison dimensions');

ComparisonDimensionNode.implement({
  description: 'A dimension along which the source says the roles differ (leadership, strategy, …).',
  interfaces: [EntityInterface],
  fields: (t) => ({
    stances: linkField(t, {
      type: RoleConnections.link,
      description: 'Each role’s stance on this dimension: the edge’s `statement` gives it, its provenance quotes the source.',
      walk: [followBack('TAKES_STANCE_ON')],
    }),
  }),
});

builder.queryFields((t) => ({
  comparisonDimension: entityBySlugField(t, {
    type: ComparisonDimensionNode,
    kind: 'ComparisonDimension',
    description: 'The comparison dimension with this slug (e.g. `leadership`), or null.',
  }),
  comparisonDimensions: entityListField(t, {
    type: ComparisonDimensionConnections.list,
    kind: 'ComparisonDimension',
    description: 'Every dimension along which the roles differ, ordered by name.',
  }),
}));
