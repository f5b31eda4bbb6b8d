/**
 * The graph's named walks: for each entity kind, the entities it reaches and how. Each walk is a
 * list of steps along relations (`model.ts` `RELATIONS`), followed forwards or backwards.
 *
 * One table for every reader: the schema makes each walk a relationship field of its kind (its
 * name is the field's name, its description the field's), the list filters restrict by them
 * (`certifications(role:)`), and the analyses walk them (`analysis/role-comparison.ts`,
 * `analysis/skill-gap.ts`). So "the certifications of a role" is written once, here.
 */
import { type EntityKind, RELATIONS, type Relation } from './model.js';
import type { TraversalStep } from './store/store.js';

/** Follows a relation forwards: from the edge's `from` entity to its `to` entity. */
export const follow = (relation: Relation): TraversalStep => ({ relation, direction: 'out' });
/** Follows a relation backwards: from the edge's `to` entity to its `from` entity. */
export const followBack = (relation: Relation): TraversalStep => ({ relation, direction: 'in' });

export interface Walk {
  steps: readonly TraversalStep[];
  /** What the walk reaches, for the reader of the API (the relationship field's description). */
  description: string;
  /** A to-one walk: the field answers the first entity reached, or null (not a connection). */
  single?: true;
  /**
   * Only entities reached by a last edge carrying one of these qualifiers (`RELATION_QUALIFIERS`
   * of the last step's relation): `essentialSkills` is `REQUIRES_SKILL` with `ESSENTIAL`.
   */
  qualifiers?: readonly string[];
}

/** Every kind's walks, by the name of the relationship field that answers them. */
export const WALKS = {
  Role: {
    responsibilities: { steps: [follow('HOLDS_RESPONSIBILITY')], description: 'The role’s key responsibilities, in the source’s order.' },
    primaryAreas: { steps: [follow('HAS_PRIMARY_AREA')], description: 'The areas the role mainly revolves around.' },
    skillDomains: {
      steps: [follow('NEEDS_SKILL_DOMAIN')],
      description: 'The skill domains in which certifications are recommended for the role.',
    },
    certifications: {
      steps: [follow('NEEDS_SKILL_DOMAIN'), follow('COVERED_BY_CERTIFICATION')],
      description: 'Certifications recommended for the role, through its skill domains (`evidence` shows the domain).',
    },
    leads: { steps: [follow('LEADS')], description: 'Roles this role leads.' },
    ledBy: { steps: [followBack('LEADS')], description: 'Roles that lead this role.' },
    itilFunctions: { steps: [follow('WORKS_IN_FUNCTION')], description: 'The ITIL functions the role works in.' },
    stances: {
      steps: [follow('TAKES_STANCE_ON')],
      description: 'The role’s stance on each dimension that separates the roles; each edge’s `statement` gives the stance.',
    },
    technicalAreas: {
      steps: [follow('NEEDS_TECHNICAL_AREA')],
      description:
        'Technical areas the role needs knowledge of; each edge’s `need` says how strongly, in the source’s wording (filter with `need:`), and its `statement` how.',
    },
    outlook: { steps: [followBack('DESCRIBES_OUTLOOK_FOR')], description: 'Outlook statements about the role.' },
    competencies: {
      steps: [follow('NEEDS_COMPETENCY')],
      description: 'Competencies the source says the role should have or emphasise; each edge’s `statement` says how.',
    },
    claims: { steps: [followBack('CLAIM_ABOUT_ROLE')], description: 'Claims the source makes about the role.' },
    occupations: {
      steps: [follow('MATCHES_OCCUPATION')],
      description: 'ESCO occupations the role corresponds to; each edge’s `matchType` says how closely (SKOS).',
    },
  },
  Responsibility: {
    roles: {
      steps: [followBack('HOLDS_RESPONSIBILITY')],
      description: 'Roles that hold this as a key responsibility; each edge quotes the role’s own wording.',
    },
    primaryAreaOf: { steps: [followBack('HAS_PRIMARY_AREA')], description: 'Roles that mainly revolve around this area.' },
    skillDomains: {
      steps: [follow('SUPPORTED_BY_SKILL_DOMAIN')],
      description: 'Skill domains that support carrying out this responsibility (curated, with rationale).',
    },
    certifications: {
      steps: [follow('SUPPORTED_BY_SKILL_DOMAIN'), follow('COVERED_BY_CERTIFICATION')],
      description: 'Certifications covering this responsibility, through its skill domains (`evidence` shows each step).',
    },
    itilFunctions: {
      steps: [followBack('INCLUDES_RESPONSIBILITY')],
      description: 'ITIL functions that list this among their core responsibilities.',
    },
  },
  SkillDomain: {
    roles: {
      steps: [followBack('NEEDS_SKILL_DOMAIN')],
      description: 'Roles for which certifications in this domain are recommended.',
    },
    certifications: {
      steps: [follow('COVERED_BY_CERTIFICATION')],
      description: 'Certifications the source lists under this domain, in its order. Empty where the source lists none.',
    },
    escoSkills: {
      steps: [follow('CORRESPONDS_TO_SKILL')],
      description: 'ESCO skills and knowledge concepts the domain corresponds to (curated, with rationale).',
    },
    responsibilities: {
      steps: [followBack('SUPPORTED_BY_SKILL_DOMAIN')],
      description: 'Responsibilities this domain supports (curated, with rationale).',
    },
  },
  Certification: {
    escoSkills: {
      steps: [follow('CERTIFIES_SKILL')],
      description: 'ESCO skills and knowledge concepts the certification attests (curated, with rationale).',
    },
    issuer: {
      steps: [follow('ISSUED_BY')],
      description: 'The organisation that issues it (curated: see `Issuer.certifications` edges for the rationale).',
      single: true,
    },
    skillDomains: { steps: [followBack('COVERED_BY_CERTIFICATION')], description: 'Skill domains the source lists it under.' },
    roles: {
      steps: [followBack('COVERED_BY_CERTIFICATION'), followBack('NEEDS_SKILL_DOMAIN')],
      description: 'Roles it is recommended for, through its skill domains (`evidence` shows each step).',
    },
    responsibilities: {
      steps: [followBack('COVERED_BY_CERTIFICATION'), followBack('SUPPORTED_BY_SKILL_DOMAIN')],
      description: 'Responsibilities it helps carry out, through its skill domains (`evidence` shows each step).',
    },
  },
  Issuer: {
    certifications: {
      steps: [followBack('ISSUED_BY')],
      description: 'Certifications it issues; each edge’s provenance gives the maintainers’ rationale.',
    },
    studyGuides: { steps: [followBack('STUDY_GUIDE_FOR')], description: 'Study guides for the issuer’s certifications.' },
  },
  ItilFunction: {
    responsibilities: {
      steps: [follow('INCLUDES_RESPONSIBILITY')],
      description: 'The function’s core responsibilities, in the source’s order.',
    },
    roles: { steps: [followBack('WORKS_IN_FUNCTION')], description: 'Roles that work in the function.' },
    claims: { steps: [followBack('CLAIM_ABOUT_ITIL_FUNCTION')], description: 'Claims the source makes about the function.' },
  },
  ComparisonDimension: {
    stances: {
      steps: [followBack('TAKES_STANCE_ON')],
      description: 'Each role’s stance on this dimension: the edge’s `statement` gives it, its provenance quotes the source.',
    },
  },
  TechnicalArea: {
    roles: {
      steps: [followBack('NEEDS_TECHNICAL_AREA')],
      description:
        'Roles that need knowledge of this area; each edge’s `need` says how strongly, in the source’s wording (filter with `need:`), and its `statement` how.',
    },
    outlook: {
      steps: [followBack('NAMES_EXPERTISE')],
      description: 'Outlook statements that name expertise in this area.',
    },
  },
  OutlookStatement: {
    roles: { steps: [follow('DESCRIBES_OUTLOOK_FOR')], description: 'Roles the statement is about.' },
    expertise: { steps: [follow('NAMES_EXPERTISE')], description: 'Technical areas of expertise the statement names.' },
    reportedBy: {
      steps: [follow('REPORTED_BY')],
      description: 'The organisation the source attributes the statement to, or null when the source states it itself.',
      single: true,
    },
  },
  Source: {
    authors: { steps: [followBack('WROTE_SOURCE')], description: 'The people who wrote the source.' },
  },
  Claim: {
    roles: { steps: [follow('CLAIM_ABOUT_ROLE')], description: 'Roles the claim is about.' },
    itilFunctions: { steps: [follow('CLAIM_ABOUT_ITIL_FUNCTION')], description: 'ITIL functions the claim is about.' },
  },
  Competency: {
    roles: {
      steps: [followBack('NEEDS_COMPETENCY')],
      description: 'Roles the source says should have or emphasise the competency; each edge’s `statement` says how.',
    },
  },
  Person: {
    sources: { steps: [follow('WROTE_SOURCE')], description: 'Sources the person wrote.' },
    publications: { steps: [follow('WROTE_PUBLICATION')], description: 'Publications the person wrote.' },
    owns: { steps: [follow('OWNS_ORGANIZATION')], description: 'Organisations the person owns.' },
    contributesTo: { steps: [follow('CONTRIBUTES_TO')], description: 'Organisations whose publications the person writes for.' },
  },
  Organization: {
    owners: { steps: [followBack('OWNS_ORGANIZATION')], description: 'People who own the organisation.' },
    contributors: { steps: [followBack('CONTRIBUTES_TO')], description: 'People who write for the organisation’s publications.' },
    findings: { steps: [followBack('REPORTED_BY')], description: 'Outlook statements the source attributes to the organisation.' },
  },
  Occupation: {
    essentialSkills: {
      steps: [follow('REQUIRES_SKILL')],
      qualifiers: ['ESSENTIAL'],
      description: 'Skills and knowledge ESCO lists as essential for the occupation.',
    },
    optionalSkills: {
      steps: [follow('REQUIRES_SKILL')],
      qualifiers: ['OPTIONAL'],
      description: 'Skills and knowledge ESCO lists as optional for the occupation.',
    },
    skills: {
      steps: [follow('REQUIRES_SKILL')],
      description: 'Every skill ESCO lists for the occupation; each edge’s `requirement` says essential or optional.',
    },
    iscoGroup: {
      steps: [follow('IN_ISCO_GROUP')],
      description: 'The ISCO-08 unit group the occupation belongs to.',
      single: true,
    },
    broader: { steps: [follow('BROADER_OCCUPATION')], description: 'Broader occupations in ESCO’s hierarchy.' },
    narrower: { steps: [followBack('BROADER_OCCUPATION')], description: 'Narrower occupations in ESCO’s hierarchy.' },
    roles: {
      steps: [followBack('MATCHES_OCCUPATION')],
      description: 'The article’s roles that correspond to the occupation; each edge’s `matchType` says how closely.',
    },
  },
  Skill: {
    occupations: {
      steps: [followBack('REQUIRES_SKILL')],
      description: 'Occupations ESCO lists the skill for; each edge’s `requirement` says essential or optional.',
    },
    broader: { steps: [follow('BROADER_SKILL')], description: 'Broader skills or knowledge concepts in ESCO’s hierarchy.' },
    narrower: { steps: [followBack('BROADER_SKILL')], description: 'Narrower skills or knowledge concepts in ESCO’s hierarchy.' },
    groups: {
      steps: [follow('IN_SKILL_GROUP')],
      description: 'The groups of ESCO’s skills hierarchy the skill belongs to.',
    },
    relatedSkills: {
      steps: [follow('RELATED_SKILL')],
      description: 'Skills ESCO relates to this one; each edge’s `relationType` says essential or optional.',
    },
    skillDomains: {
      steps: [followBack('CORRESPONDS_TO_SKILL')],
      description: 'The article’s skill domains that correspond to the skill (curated, with rationale).',
    },
    certifications: {
      steps: [followBack('CERTIFIES_SKILL')],
      description: 'Certifications that attest the skill (curated, with rationale).',
    },
  },
  SkillGroup: {
    skills: { steps: [followBack('IN_SKILL_GROUP')], description: 'Skills and knowledge concepts directly in the group.' },
    broader: { steps: [follow('BROADER_SKILL_GROUP')], description: 'Broader groups in ESCO’s skills hierarchy.' },
    narrower: { steps: [followBack('BROADER_SKILL_GROUP')], description: 'The groups directly under this one.' },
  },
  IscoGroup: {
    occupations: { steps: [followBack('IN_ISCO_GROUP')], description: 'ESCO occupations in the group.' },
    broader: {
      steps: [follow('BROADER_ISCO_GROUP')],
      description: 'The broader ISCO-08 group this one belongs to, or null for a major group.',
      single: true,
    },
    narrower: { steps: [followBack('BROADER_ISCO_GROUP')], description: 'The ISCO-08 groups directly under this one.' },
  },
  Publication: {
    authors: { steps: [followBack('WROTE_PUBLICATION')], description: 'People who wrote the publication.' },
    issuer: {
      steps: [follow('STUDY_GUIDE_FOR')],
      description: 'The issuer of the certifications the publication is a study guide for, or null.',
      single: true,
    },
  },
} as const satisfies Record<EntityKind, Record<string, Walk>>;

/** The walks of a kind, by name. */
export function walksOf(kind: EntityKind): Readonly<Record<string, Walk>> {
  return WALKS[kind];
}

/**
 * The kind a walk from `kind` reaches, read from the relations it follows. Throws when a step does
 * not start where the previous one ended: a walk that no edge can complete is a mistake in the table.
 */
export function walkTarget(kind: EntityKind, steps: readonly TraversalStep[]): EntityKind {
  let at: EntityKind = kind;
  for (const { relation, direction } of steps) {
    const { from, to } = RELATIONS[relation];
    const [near, far] = direction === 'out' ? [from, to] : [to, from];
    if (near !== at) throw new Error(`A walk from ${kind} cannot follow ${relation} (${direction}) from ${at}: it starts at ${near}`);
    at = far;
  }
  return at;
}

// Checked when the model loads: a wrong step stops start-up (and every test), naming the walk.
for (const [kind, walks] of Object.entries(WALKS) as [EntityKind, Record<string, Walk>][]) {
  for (const walk of Object.values(walks)) walkTarget(kind, walk.steps);
}
