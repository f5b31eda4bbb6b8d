import { builder } from '../builder.js';
import { entityListField } from './entity-lists.js';
import { escoConceptByUriField, escoConceptFields } from './esco-fields.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

/** ESCO's skill types, as its CSV writes them. */
const SKILL_TYPES = {
  SKILL_COMPETENCE: {
    value: 'skill/competence',
    description: 'A skill or competence: the ability to apply knowledge (ESCO `skill/competence`).',
  },
  KNOWLEDGE: { value: 'knowledge', description: 'A body of knowledge: facts, principles, theories and practices (ESCO `knowledge`).' },
} as const;

/** ESCO's reuse levels, as its CSV writes them. */
const REUSE_LEVELS = {
  TRANSVERSAL: { value: 'transversal', description: 'Relevant to a broad range of occupations and sectors (ESCO `transversal`).' },
  CROSS_SECTOR: { value: 'cross-sector', description: 'Relevant to occupations in several economic sectors (ESCO `cross-sector`).' },
  SECTOR_SPECIFIC: {
    value: 'sector-specific',
    description: 'Specific to one sector, relevant to several of its occupations (ESCO `sector-specific`).',
  },
  OCCUPATION_SPECIFIC: {
    value: 'occupation-specific',
    description: 'Specific to one occupation or a few similar ones (ESCO `occupation-specific`).',
  },
} as const;

const SkillTypeEnum = builder.enumType('SkillType', {
  description: 'Whether an ESCO skill concept is a skill/competence or knowledge.',
  values: SKILL_TYPES,
});

const ReuseLevelEnum = builder.enumType('ReuseLevel', {
  description: 'How widely ESCO says a skill concept is used: across occupations and sectors, or specific to a sector or an occupation.',
  values: REUSE_LEVELS,
});

/** The enum value stored as `value`, or null for a value ESCO gives none of (or a newer ESCO adds). */
function known<Values extends Record<string, { value: string }>>(values: Values, value: string | undefined) {
  return Object.values(values).some((entry) => entry.value === value) ? (value as Values[keyof Values]['value']) : null;
}

ENTITY_NODES.Skill.implement({
  description:
    'A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    ...escoConceptFields(t, { concept: 'skill', hiddenLabels: true }),
    skillType: t.field({
      type: SkillTypeEnum,
      nullable: true,
      description: 'Whether ESCO classes it as a skill/competence or as knowledge; null where ESCO does not say.',
      resolve: (node) => known(SKILL_TYPES, node.attributes.skillType),
    }),
    reuseLevel: t.field({
      type: ReuseLevelEnum,
      nullable: true,
      description:
        'How widely ESCO says the skill is used (transversal, cross-sector, sector- or occupation-specific); null where ESCO does not say.',
      resolve: (node) => known(REUSE_LEVELS, node.attributes.reuseLevel),
    }),
    ...linkFields(t, 'Skill'),
  }),
});

builder.queryFields((t) => ({
  skill: escoConceptByUriField(t, {
    type: ENTITY_NODES.Skill,
    kind: 'Skill',
    description:
      'The ESCO skill or knowledge concept with this concept URI (e.g. `http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d`, Python) or slug, or null.',
  }),
  skills: entityListField(t, {
    type: ENTITY_CONNECTIONS.Skill.list,
    kind: 'Skill',
    description: 'ESCO skills and knowledge concepts, ordered by name unless `orderBy` says otherwise.',
  }),
}));
