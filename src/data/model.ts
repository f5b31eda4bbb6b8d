/**
 * The knowledge graph's data model: typed nodes and typed, directed edges, each with provenance.
 * Shared by the content loader, the stores and the GraphQL schema.
 */

/**
 * Every kind of node in the graph: what it is, and how the API names several of them. The names
 * double as GraphQL type names; the descriptions are the `EntityKind` enum's.
 */
export const KINDS = {
  Role: { description: 'A job role in IT operations.', plural: 'roles' },
  Responsibility: { description: 'Work a role or an ITIL function is responsible for.', plural: 'responsibilities' },
  SkillDomain: { description: 'A field of skills that certifications cover.', plural: 'skill domains' },
  Certification: { description: 'A professional certification.', plural: 'certifications' },
  Issuer: { description: 'An organisation that issues certifications.', plural: 'issuers' },
  ItilFunction: { description: 'An ITIL v3/2011 Service Operation function.', plural: 'ITIL functions' },
  ComparisonDimension: { description: 'A dimension along which roles differ.', plural: 'comparison dimensions' },
  TechnicalArea: { description: 'A technology or technical discipline a role needs knowledge of.', plural: 'technical areas' },
  OutlookStatement: { description: 'A statement about the job outlook of roles.', plural: 'outlook statements' },
  Source: { description: 'A document the graph quotes, with its full text.', plural: 'sources' },
  Claim: { description: 'A statement a source makes that no typed relation holds, with the entities it is about.', plural: 'claims' },
  Competency: { description: 'A kind of skill or quality a source says a role should have or emphasise.', plural: 'competencies' },
  Person: { description: 'A person a source names, such as its author.', plural: 'people' },
  Organization: {
    description: 'An organisation a source names that issues no certification (a company, a publisher).',
    plural: 'organizations',
  },
  Publication: { description: 'A publication a source names, such as a study guide its author wrote.', plural: 'publications' },
  Occupation: { description: 'An occupation of ESCO, the EU’s occupations and skills taxonomy.', plural: 'occupations' },
  Skill: { description: 'A skill, competence or knowledge concept of ESCO.', plural: 'skills' },
  IscoGroup: { description: 'A group of ISCO-08, the International Standard Classification of Occupations.', plural: 'ISCO groups' },
  SkillGroup: {
    description: 'A group of ESCO’s skills hierarchy (a skill group, or an ISCED-F field of education for knowledge).',
    plural: 'skill groups',
  },
} as const satisfies Record<string, { description: string; plural: string | null }>;
export type EntityKind = keyof typeof KINDS;
/** Every kind, in the order of `KINDS`. */
export const ENTITY_KINDS = Object.keys(KINDS) as readonly EntityKind[];

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/**
 * Every relation, read from the edge's `from` node to its `to` node
 * ("a Role HOLDS_RESPONSIBILITY a Responsibility").
 */
export const RELATIONS = {
  LEADS: { from: 'Role', to: 'Role', inverse: 'LED_BY', description: 'The role leads people in the other role.' },
  HOLDS_RESPONSIBILITY: {
    from: 'Role',
    to: 'Responsibility',
    inverse: 'RESPONSIBILITY_OF',
    description: 'The responsibility is one of the role’s key responsibilities.',
  },
  HAS_PRIMARY_AREA: {
    from: 'Role',
    to: 'Responsibility',
    inverse: 'PRIMARY_AREA_OF',
    description: 'The role mainly revolves around this area.',
  },
  NEEDS_SKILL_DOMAIN: {
    from: 'Role',
    to: 'SkillDomain',
    inverse: 'SKILL_DOMAIN_OF',
    description: 'Certifications in the skill domain are recommended for the role.',
  },
  WORKS_IN_FUNCTION: { from: 'Role', to: 'ItilFunction', inverse: 'EMPLOYS_ROLE', description: 'The role works in the ITIL function.' },
  TAKES_STANCE_ON: {
    from: 'Role',
    to: 'ComparisonDimension',
    inverse: 'STANCE_TAKEN_BY',
    description: 'The role’s position on a dimension that separates the roles.',
  },
  NEEDS_TECHNICAL_AREA: {
    from: 'Role',
    to: 'TechnicalArea',
    inverse: 'TECHNICAL_AREA_OF',
    description: 'The role needs knowledge of the technical area.',
  },
  SUPPORTED_BY_SKILL_DOMAIN: {
    from: 'Responsibility',
    to: 'SkillDomain',
    inverse: 'SUPPORTS_RESPONSIBILITY',
    description: 'Skills in the domain support carrying out the responsibility.',
  },
  INCLUDES_RESPONSIBILITY: {
    from: 'ItilFunction',
    to: 'Responsibility',
    inverse: 'INCLUDED_IN_FUNCTION',
    description: 'The responsibility is one of the function’s core responsibilities.',
  },
  COVERED_BY_CERTIFICATION: {
    from: 'SkillDomain',
    to: 'Certification',
    inverse: 'COVERS_SKILL_DOMAIN',
    description: 'The certification is recommended for the skill domain.',
  },
  ISSUED_BY: { from: 'Certification', to: 'Issuer', inverse: 'ISSUES', description: 'The organisation issues the certification.' },
  DESCRIBES_OUTLOOK_FOR: {
    from: 'OutlookStatement',
    to: 'Role',
    inverse: 'OUTLOOK_DESCRIBED_BY',
    description: 'The outlook statement is about the role.',
  },
  NAMES_EXPERTISE: {
    from: 'OutlookStatement',
    to: 'TechnicalArea',
    inverse: 'EXPERTISE_NAMED_BY',
    description: 'The outlook statement names expertise in the technical area.',
  },
  REPORTED_BY: {
    from: 'OutlookStatement',
    to: 'Organization',
    inverse: 'REPORTS',
    description: 'The source attributes the outlook statement to the organisation.',
  },
  NEEDS_COMPETENCY: {
    from: 'Role',
    to: 'Competency',
    inverse: 'COMPETENCY_OF',
    description: 'The source says the role should have or emphasise the competency; the edge’s `statement` says how.',
  },
  CLAIM_ABOUT_ROLE: { from: 'Claim', to: 'Role', inverse: 'ROLE_IN_CLAIM', description: 'The claim is about the role.' },
  CLAIM_ABOUT_ITIL_FUNCTION: {
    from: 'Claim',
    to: 'ItilFunction',
    inverse: 'ITIL_FUNCTION_IN_CLAIM',
    description: 'The claim is about the ITIL function.',
  },
  WROTE_SOURCE: { from: 'Person', to: 'Source', inverse: 'SOURCE_WRITTEN_BY', description: 'The person wrote the source.' },
  WROTE_PUBLICATION: {
    from: 'Person',
    to: 'Publication',
    inverse: 'PUBLICATION_WRITTEN_BY',
    description: 'The person wrote the publication.',
  },
  OWNS_ORGANIZATION: {
    from: 'Person',
    to: 'Organization',
    inverse: 'ORGANIZATION_OWNED_BY',
    description: 'The person owns the organisation.',
  },
  CONTRIBUTES_TO: {
    from: 'Person',
    to: 'Organization',
    inverse: 'HAS_CONTRIBUTOR',
    description: 'The person contributes writing to the organisation’s publications.',
  },
  STUDY_GUIDE_FOR: {
    from: 'Publication',
    to: 'Issuer',
    inverse: 'HAS_STUDY_GUIDE',
    description: 'The publication is a study guide for certifications of the issuer.',
  },
  REQUIRES_SKILL: {
    from: 'Occupation',
    to: 'Skill',
    inverse: 'REQUIRED_BY_OCCUPATION',
    description: 'ESCO lists the skill for the occupation, as essential or optional (the relationship’s `requirement`).',
  },
  IN_ISCO_GROUP: {
    from: 'Occupation',
    to: 'IscoGroup',
    inverse: 'ISCO_GROUP_OF',
    description: 'The occupation belongs to the ISCO-08 unit group.',
  },
  BROADER_OCCUPATION: {
    from: 'Occupation',
    to: 'Occupation',
    inverse: 'NARROWER_OCCUPATION',
    description: 'In ESCO’s hierarchy, the other occupation is broader than this one.',
  },
  BROADER_ISCO_GROUP: {
    from: 'IscoGroup',
    to: 'IscoGroup',
    inverse: 'NARROWER_ISCO_GROUP',
    description: 'In ISCO-08, the other group is the broader group this one belongs to.',
  },
  BROADER_SKILL: {
    from: 'Skill',
    to: 'Skill',
    inverse: 'NARROWER_SKILL',
    description: 'In ESCO’s hierarchy, the other skill or knowledge concept is broader than this one.',
  },
  IN_SKILL_GROUP: {
    from: 'Skill',
    to: 'SkillGroup',
    inverse: 'SKILL_GROUP_OF',
    description: 'In ESCO’s skills hierarchy, the skill or knowledge concept belongs to the group.',
  },
  BROADER_SKILL_GROUP: {
    from: 'SkillGroup',
    to: 'SkillGroup',
    inverse: 'NARROWER_SKILL_GROUP',
    description: 'In ESCO’s skills hierarchy, the other group is broader than this one.',
  },
  RELATED_SKILL: {
    from: 'Skill',
    to: 'Skill',
    inverse: 'RELATED_SKILL_OF',
    description: 'ESCO relates the other skill to this one, as essential or optional (the relationship’s `requirement`).',
  },
  MATCHES_OCCUPATION: {
    from: 'Role',
    to: 'Occupation',
    inverse: 'MATCHED_BY_ROLE',
    description: 'The role corresponds to the ESCO occupation, as the relationship’s `matchType` (SKOS) says.',
  },
  CORRESPONDS_TO_SKILL: {
    from: 'SkillDomain',
    to: 'Skill',
    inverse: 'SKILL_OF_DOMAIN',
    description: 'The article’s skill domain corresponds to the ESCO skill or knowledge concept.',
  },
  CERTIFIES_SKILL: {
    from: 'Certification',
    to: 'Skill',
    inverse: 'CERTIFIED_BY',
    description: 'The certification attests the ESCO skill or knowledge concept.',
  },
} as const satisfies Record<string, { from: EntityKind; to: EntityKind; inverse: string; description: string }>;
export type Relation = keyof typeof RELATIONS;
export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

/**
 * Relations whose edges carry a qualifier: a value from a closed list that says how the `from`
 * entity relates to the `to` entity, in the source's own wording. The API makes each an enum
 * (`name`), a field on the relationship edges between the relation's two kinds (`field`: `need`
 * on the edges of `Role.technicalAreas` and `TechnicalArea.roles`) and a filter argument of that
 * name on the relationship fields whose walk ends on the relation.
 */
export const RELATION_QUALIFIERS = {
  NEEDS_TECHNICAL_AREA: {
    name: 'TechnicalAreaNeed',
    field: 'need',
    description: 'How strongly a role needs a technical area, in the wording of the source’s sentence.',
    values: {
      MUST_UNDERSTAND: 'The role must understand it (“must understand technologies such as …”).',
      HIGH_PROFICIENCY: 'The role requires high proficiency in it (“requires high technical proficiency, particularly in …”).',
      INVALUABLE: 'Skills in it can be invaluable to the role (“maintaining technical skills in areas such as … can be invaluable”).',
      MAY_FOCUS_ON: 'People in the role may focus on it as their specific area (“focus on specific areas, such as …”).',
      HANDLES: 'The role handles it as part of its daily tasks (“handle various daily tasks and troubleshooting”).',
      OFTEN_SPANS: 'The role’s work often spans it (“often spanning … environments”).',
    },
  },
  REQUIRES_SKILL: {
    name: 'SkillRequirement',
    field: 'requirement',
    description: 'Whether ESCO lists a skill as essential or optional for an occupation.',
    values: {
      ESSENTIAL: 'ESCO lists the skill as essential for the occupation.',
      OPTIONAL: 'ESCO lists the skill as optional for the occupation.',
    },
  },
  RELATED_SKILL: {
    name: 'SkillRelationType',
    field: 'relationType',
    description: 'Whether ESCO relates one skill to another as essential or optional.',
    values: {
      ESSENTIAL: 'ESCO lists the related skill as essential to the skill.',
      OPTIONAL: 'ESCO lists the related skill as optional to the skill.',
    },
  },
  MATCHES_OCCUPATION: {
    name: 'OccupationMatchType',
    field: 'matchType',
    description: 'How closely a role corresponds to an ESCO occupation, as a SKOS mapping relation.',
    values: {
      EXACT: 'skos:exactMatch: the role and the occupation can be used interchangeably.',
      CLOSE: 'skos:closeMatch: close enough to be used interchangeably in some applications.',
      BROAD: 'skos:broadMatch: the occupation is broader than the role.',
      NARROW: 'skos:narrowMatch: the occupation is narrower than the role.',
      RELATED: 'skos:relatedMatch: associated, neither broader nor narrower.',
    },
  },
} as const satisfies Partial<Record<Relation, { name: string; field: string; description: string; values: Record<string, string> }>>;
export type QualifiedRelation = keyof typeof RELATION_QUALIFIERS;

/** The qualifiers a relation's edges may carry; empty when the relation has none. */
export function qualifiersOf(relation: Relation): readonly string[] {
  const entry = (RELATION_QUALIFIERS as Partial<Record<Relation, { values: Record<string, string> }>>)[relation];
  return entry ? Object.keys(entry.values) : [];
}

/** A relation read in either direction: its own name forwards, its inverse name backwards. */
export type DirectedRelation = Relation | (typeof RELATIONS)[Relation]['inverse'];
export const DIRECTED_RELATION_NAMES: DirectedRelation[] = RELATION_NAMES.flatMap((name) => [name, RELATIONS[name].inverse]);

/** How a relation reads when an edge is walked forwards (`from` → `to`) or backwards. */
export function readRelation(relation: Relation, forwards: boolean): DirectedRelation {
  return forwards ? relation : RELATIONS[relation].inverse;
}

/**
 * STATED: a document's exact words. CURATED: the maintainers' reason. IMPORTED: a record of a
 * structured dataset (ESCO), named by the dataset (a Source) and the record's URI — never a quote.
 */
export type ProvenanceKind = 'STATED' | 'CURATED' | 'IMPORTED';
export const PROVENANCE_KINDS: readonly ProvenanceKind[] = ['STATED', 'CURATED', 'IMPORTED'];

/** Where a node or edge comes from. */
export interface Provenance {
  kind: ProvenanceKind;
  /** STATED: the source's exact words. */
  quote: string | null;
  /** STATED: the source section the quote is in. */
  section: string | null;
  /** CURATED: why the maintainers added it. */
  rationale: string | null;
  /** STATED: the id of the Source node quoted. IMPORTED: the id of the dataset's Source node. */
  sourceId: string | null;
  /** IMPORTED: the URI of the dataset's record the fact comes from (an ESCO concept URI). */
  record?: string | null;
}

/** An identifier of an entity in another classification, which other systems join on. */
export interface ExternalId {
  /** `ESCO` (a concept URI), `ISCO-08` (a group code), `O*NET-SOC-2010` (an occupation code). */
  scheme: string;
  code: string;
  uri?: string;
  /** O*NET-SOC: the crosswalk's confidence in the match (0.5, 1 or 2). */
  confidence?: number;
  /** The other classification's name for it, where it gives one. */
  label?: string;
}

/** Kind-specific values of a node (acronym, author, …); absent keys are simply not known. */
export interface NodeAttributes {
  acronym?: string;
  alternativeLabels?: string[];
  attributedTo?: string;
  author?: string;
  authorDescription?: string;
  sections?: string[];
  /** Source: its full text, exactly as published (quotes are checked against it). */
  text?: string;
  /** Source: where it is published. */
  url?: string;
  /** Source: when it was published (ISO 8601 date). */
  publishedOn?: string;
  /** Source: the licence or terms it may be quoted under. */
  licence?: string;
  /** OutlookStatement: the year or period it is about, in the source's words ("2025", "2025 and beyond"). */
  horizon?: string;
  /** OutlookStatement: the top percentage of a ranking it reports (15 for "the top 15%"). */
  topPercent?: number;
  /** Occupation, Skill, IscoGroup: the concept URI. */
  uri?: string;
  /** Occupation, Skill: labels ESCO keeps for search only (misspellings, old names). */
  hiddenLabels?: string[];
  /** Occupation: ESCO's code (the ISCO unit group's code and a position, "1330.5"); IscoGroup: the ISCO-08 code. */
  code?: string;
  /** Skill: `skill/competence` or `knowledge`. */
  skillType?: string;
  /** Skill: `transversal`, `cross-sector`, `sector-specific` or `occupation-specific`. */
  reuseLevel?: string;
  /** Role, Occupation: identifiers in other classifications. */
  externalIds?: ExternalId[];
}

export interface NodeRecord {
  /** Stable store id: `${kind}:${slug at creation}`. */
  id: string;
  kind: EntityKind;
  slug: string;
  name: string;
  description: string;
  attributes: NodeAttributes;
  provenance: Provenance;
  /** Starts at 1; every change adds 1 (optimistic concurrency). */
  version: number;
  /** When curators deprecated it (ISO 8601), or null. Deprecated entities stay resolvable. */
  deprecatedAt: string | null;
  /** The entity that replaces a deprecated one, if any. */
  replacedById: string | null;
}

export interface EdgeRecord {
  /** Stable store id: `${relation}:${fromId}->${toId}`. */
  id: string;
  relation: Relation;
  fromId: string;
  toId: string;
  /** Order of the edge among its `from` node's edges of this relation (the source's order). */
  position: number;
  /**
   * A short statement of the relationship: the source's own words where it occurs verbatim in the
   * edge's quote (a role's definition of a responsibility), else the maintainers' (a stance).
   */
  statement: string | null;
  /** One of the relation's qualifiers (`RELATION_QUALIFIERS`), or null. */
  qualifier: string | null;
  provenance: Provenance;
  /** Starts at 1; every change adds 1. */
  version: number;
}

/** A node as content defines it: curation state (version, deprecation) is the store's. */
export type ContentNode = Omit<NodeRecord, 'version' | 'deprecatedAt' | 'replacedById'>;
/** An edge as content defines it. */
export type ContentEdge = Omit<EdgeRecord, 'version'>;

export interface Graph {
  nodes: ContentNode[];
  edges: ContentEdge[];
}

export function nodeId(kind: EntityKind, slug: string): string {
  return `${kind}:${slug}`;
}

/** The kind a store id names (store ids are `${kind}:${slug}`). */
export function kindOfNodeId(id: string): EntityKind | null {
  const kind = id.slice(0, id.indexOf(':'));
  return isEntityKind(kind) ? kind : null;
}

export function edgeId(relation: Relation, fromId: string, toId: string): string {
  return `${relation}:${fromId}->${toId}`;
}
