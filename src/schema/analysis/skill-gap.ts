import { EXACT_COVER_STEP_BUDGET, SKILL_GAP_COST, type SkillGap, skillGap } from '../../data/analysis/skill-gap.js';
import { builder } from '../builder.js';
import { ENTITY_NODES } from '../entities/refs.js';
import { badUserInput } from '../errors.js';
import { requireBySlugs } from '../lookups.js';
import { CertificationRecommendationType } from './certification-recommendation.js';
import { HeldResponsibilityType } from './held-responsibility.js';

export const MAX_HELD_CERTIFICATIONS = 50;

export const SkillGapType = builder.objectRef<SkillGap>('SkillGap').implement({
  description:
    'What someone holding some certifications has and lacks for a role, by the skill domains the role needs, and which certifications would close the gap.',
  fields: (t) => ({
    role: t.field({ type: ENTITY_NODES.Role, description: 'The role.', resolve: (g) => g.role }),
    heldCertifications: t.field({
      type: [ENTITY_NODES.Certification],
      description: 'The certifications held, as given.',
      resolve: (g) => g.heldCertifications,
    }),
    coveredSkillDomains: t.field({
      type: [ENTITY_NODES.SkillDomain],
      description: 'Skill domains the role needs that a held certification covers.',
      resolve: (g) => g.coveredSkillDomains,
    }),
    missingSkillDomains: t.field({
      type: [ENTITY_NODES.SkillDomain],
      description: 'Skill domains the role needs that no held certification covers (including the uncoverable ones).',
      resolve: (g) => g.missingSkillDomains,
    }),
    uncoverableSkillDomains: t.field({
      type: [ENTITY_NODES.SkillDomain],
      description: 'Missing skill domains that no known certification covers (the source lists none for them).',
      resolve: (g) => g.uncoverableSkillDomains,
    }),
    coveredResponsibilities: t.field({
      type: [HeldResponsibilityType],
      description: 'The role’s key responsibilities supported by at least one covered skill domain, in the role’s own words.',
      resolve: (g) => g.coveredResponsibilities,
    }),
    missingResponsibilities: t.field({
      type: [HeldResponsibilityType],
      description: 'The role’s key responsibilities that no covered skill domain supports, in the role’s own words.',
      resolve: (g) => g.missingResponsibilities,
    }),
    recommendedCertifications: t.field({
      type: [CertificationRecommendationType],
      description:
        'Certifications that cover a missing skill domain, ranked: first a smallest set covering every coverable missing domain (`inSmallestCover`; see `smallestCoverProven`), then the rest, each group by how many domains it closes, then by slug.',
      resolve: (g) => g.recommendedCertifications,
    }),
    smallestCoverProven: t.exposeBoolean('smallestCoverProven', {
      description: `True when the leading recommendations (\`inSmallestCover\`) are proven a smallest set of certifications covering every coverable missing skill domain. False when proving it would take too long (many certifications covering overlapping domains; the exact search stops after ${EXACT_COVER_STEP_BUDGET.toLocaleString('en-US')} steps): they are then the greedy cover, which still covers every coverable missing domain, with at most about ln(n)+1 times as many certifications as the smallest (n: the most domains one certification closes). It is on the curated graph.`,
    }),
  }),
});

builder.queryField('skillGap', (t) =>
  t.field({
    type: SkillGapType,
    description: `The skill gap between the certifications someone holds and a role. An unknown slug is a BAD_USER_INPUT error naming it. Its query cost, ${SKILL_GAP_COST} plus what it selects, pays for the bounded search of a smallest cover (see \`SkillGap.smallestCoverProven\`).`,
    // The cover search's step budget, in cost units.
    complexity: { field: SKILL_GAP_COST, multiplier: 1 },
    args: {
      role: t.arg.string({ required: true, description: 'Slug of the role (e.g. `it-operations-manager`).' }),
      heldCertifications: t.arg.stringList({
        required: true,
        description: `Slugs of the certifications held (e.g. ["cissp"]); at most ${MAX_HELD_CERTIFICATIONS}.`,
      }),
    },
    resolve: async (_root, args, context) => {
      if (args.heldCertifications.length > MAX_HELD_CERTIFICATIONS) {
        throw badUserInput(
          `\`heldCertifications\` may list at most ${MAX_HELD_CERTIFICATIONS} slugs; got ${args.heldCertifications.length}`,
          {
            argument: 'heldCertifications',
          },
        );
      }
      const [[role], held] = await Promise.all([
        requireBySlugs(context, 'Role', [args.role], 'role'),
        requireBySlugs(context, 'Certification', [...new Set(args.heldCertifications)], 'heldCertifications'),
      ]);
      return skillGap(context.store, role!, held, context.deadline ? { deadline: context.deadline } : {});
    },
  }),
);
