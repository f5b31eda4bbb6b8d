import { compareRoles, type RoleComparison } from '../../data/analysis/role-comparison.js';
import { builder } from '../builder.js';
import { ENTITY_NODES } from '../entities/refs.js';
import { requireBySlugs } from '../lookups.js';
import { DimensionComparisonType } from './dimension-comparison.js';
import { HeldResponsibilityType, SharedResponsibilityType } from './held-responsibility.js';

export const RoleComparisonType = builder.objectRef<RoleComparison>('RoleComparison').implement({
  description: 'What two roles share and what separates them, from the graph’s cited relationships.',
  fields: (t) => ({
    first: t.field({ type: ENTITY_NODES.Role, description: 'The first role compared.', resolve: (c) => c.first }),
    second: t.field({ type: ENTITY_NODES.Role, description: 'The second role compared.', resolve: (c) => c.second }),
    sharedResponsibilities: t.field({
      type: [SharedResponsibilityType],
      description: 'Key responsibilities both roles hold, each with both roles’ own definitions side by side.',
      resolve: (c) => c.responsibilities.shared,
    }),
    responsibilitiesOnlyFirst: t.field({
      type: [HeldResponsibilityType],
      description: 'Key responsibilities only the first role holds, in its own words.',
      resolve: (c) => c.responsibilities.onlyFirst,
    }),
    responsibilitiesOnlySecond: t.field({
      type: [HeldResponsibilityType],
      description: 'Key responsibilities only the second role holds, in its own words.',
      resolve: (c) => c.responsibilities.onlySecond,
    }),
    sharedSkillDomains: t.field({
      type: [ENTITY_NODES.SkillDomain],
      description: 'Skill domains both roles need.',
      resolve: (c) => c.skillDomains.shared,
    }),
    skillDomainsOnlyFirst: t.field({
      type: [ENTITY_NODES.SkillDomain],
      description: 'Skill domains only the first role needs.',
      resolve: (c) => c.skillDomains.onlyFirst,
    }),
    skillDomainsOnlySecond: t.field({
      type: [ENTITY_NODES.SkillDomain],
      description: 'Skill domains only the second role needs.',
      resolve: (c) => c.skillDomains.onlySecond,
    }),
    sharedCertifications: t.field({
      type: [ENTITY_NODES.Certification],
      description: 'Certifications recommended for both roles.',
      resolve: (c) => c.certifications.shared,
    }),
    certificationsOnlyFirst: t.field({
      type: [ENTITY_NODES.Certification],
      description: 'Certifications recommended only for the first role.',
      resolve: (c) => c.certifications.onlyFirst,
    }),
    certificationsOnlySecond: t.field({
      type: [ENTITY_NODES.Certification],
      description: 'Certifications recommended only for the second role.',
      resolve: (c) => c.certifications.onlySecond,
    }),
    dimensions: t.field({
      type: [DimensionComparisonType],
      description: 'Each dimension along which the source says roles differ, with both roles’ stances.',
      resolve: (c) => c.dimensions,
    }),
  }),
});

builder.queryField('compareRoles', (t) =>
  t.field({
    type: RoleComparisonType,
    description: 'Compares two roles. An unknown slug is a BAD_USER_INPUT error naming it.',
    args: {
      first: t.arg.string({ required: true, description: 'Slug of the first role (e.g. `it-operations-specialist`).' }),
      second: t.arg.string({ required: true, description: 'Slug of the second role (e.g. `it-operations-manager`).' }),
    },
    resolve: async (_root, args, context) => {
      const [[first], [second]] = await Promise.all([
        requireBySlugs(context, 'Role', [args.first], 'first'),
        requireBySlugs(context, 'Role', [args.second], 'second'),
      ]);
      return compareRoles(context.store, first!, second!);
    },
  }),
);
