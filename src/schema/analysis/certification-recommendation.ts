import type { Recommendation } from '../../data/analysis/skill-gap.js';
import { builder } from '../builder.js';
import { ENTITY_NODES } from '../entities/refs.js';

export const CertificationRecommendationType = builder.objectRef<Recommendation>('CertificationRecommendation').implement({
  description: 'A certification that would close part of a skill gap.',
  fields: (t) => ({
    certification: t.field({ type: ENTITY_NODES.Certification, description: 'The certification.', resolve: (r) => r.certification }),
    closes: t.field({ type: [ENTITY_NODES.SkillDomain], description: 'The missing skill domains it covers.', resolve: (r) => r.closes }),
    rank: t.exposeInt('rank', { description: 'Position in the recommendation (1 is first).' }),
    inSmallestCover: t.exposeBoolean('inSmallestCover', {
      description:
        'True for the leading recommendations: together they cover every coverable missing skill domain with a smallest set of certifications (with a near-smallest one when `SkillGap.smallestCoverProven` is false).',
    }),
  }),
});
