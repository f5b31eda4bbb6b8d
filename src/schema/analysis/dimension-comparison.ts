import type { DimensionComparison } from '../../data/analysis/role-comparison.js';
import { builder } from '../builder.js';
import { ENTITY_NODES } from '../entities/refs.js';
import { RoleStanceType } from './role-stance.js';

export const DimensionComparisonType = builder.objectRef<DimensionComparison>('DimensionComparison').implement({
  description: 'Two roles side by side on one dimension along which roles differ.',
  fields: (t) => ({
    dimension: t.field({ type: ENTITY_NODES.ComparisonDimension, description: 'The dimension.', resolve: (c) => c.dimension }),
    first: t.field({
      type: RoleStanceType,
      nullable: true,
      description: 'The first role’s stance; null where the source gives none.',
      resolve: (c) => c.first,
    }),
    second: t.field({
      type: RoleStanceType,
      nullable: true,
      description: 'The second role’s stance; null where the source gives none.',
      resolve: (c) => c.second,
    }),
  }),
});
