/**
 * The shape of the curated content, as zod schemas: the single definition that both types the
 * content files and validates them when the service loads them.
 *
 * Content records name their neighbours by slug; `src/data/graph.ts` turns them into nodes and
 * typed edges. A record states its own provenance and the provenance of every link it makes.
 */
import { z } from 'zod';
import { type EntityKind, RELATION_QUALIFIERS, type Relation } from '../model.js';
import { attributeRules, FIELD_LIMITS, provenanceRules, slugField, statementRule, textField } from '../model-rules.js';

/** Slugs: the model's rule (`../model-rules.ts`), which the API and the import check too. */
export const slugSchema = slugField;

// Every field that becomes part of a record takes the model's rule for it, so that whatever the
// content holds an export of it can be imported again.
const text = z.string().trim().min(1, 'must not be empty');
const { quote, section, rationale } = provenanceRules;

/**
 * Where a fact comes from. Exactly one of:
 * - `quote`: the article's exact words (whitespace-normalised) that state it — provenance `STATED`.
 *   `section` names the article section to look in when the words occur in more than one place.
 * - `rationale`: a one-line reason the maintainers added it — provenance `CURATED`.
 */
export const provenanceSchema = z.union([z.strictObject({ quote, section: section.optional() }), z.strictObject({ rationale })]);

/** A link that also carries a short statement in the maintainers' words (a stance, a need). */
const statementLinkSchema = z.union([
  z.strictObject({ to: slugSchema, statement: statementRule, quote, section: section.optional() }),
  z.strictObject({ to: slugSchema, statement: statementRule, rationale }),
]);

/** A link from the record to another record, named by slug, with the link's own provenance. */
const plainLinkSchema = z.union([
  z.strictObject({ to: slugSchema, quote, section: section.optional() }),
  z.strictObject({ to: slugSchema, rationale }),
]);

/**
 * A link whose `statement` is the source's own words for the relationship, taken from its quote
 * (a role's own definition of a responsibility it shares with another role). Checked at load: the
 * statement must occur verbatim in the quote.
 */
const definitionLinkSchema = z.union([
  z.strictObject({ to: slugSchema, statement: statementRule.optional(), quote, section: section.optional() }),
  z.strictObject({ to: slugSchema, rationale }),
]);

const technicalAreaNeed = z.enum(
  Object.keys(RELATION_QUALIFIERS.NEEDS_TECHNICAL_AREA.values) as [
    keyof typeof RELATION_QUALIFIERS.NEEDS_TECHNICAL_AREA.values,
    ...(keyof typeof RELATION_QUALIFIERS.NEEDS_TECHNICAL_AREA.values)[],
  ],
);

/** A role's need of a technical area: how strongly (`qualifier`, the source's wording) and a statement of it. */
const technicalAreaLinkSchema = z.union([
  z.strictObject({ to: slugSchema, qualifier: technicalAreaNeed, statement: statementRule, quote, section: section.optional() }),
  z.strictObject({ to: slugSchema, qualifier: technicalAreaNeed, statement: statementRule, rationale }),
]);

const occupationMatchType = z.enum(
  Object.keys(RELATION_QUALIFIERS.MATCHES_OCCUPATION.values) as [
    keyof typeof RELATION_QUALIFIERS.MATCHES_OCCUPATION.values,
    ...(keyof typeof RELATION_QUALIFIERS.MATCHES_OCCUPATION.values)[],
  ],
);

/**
 * A role's match to an ESCO occupation (`to`: the occupation's slug, its concept UUID), with its SKOS
 * match type (`qualifier`). Cited by the maintainers' `rationale`, or `imported: { record }` where the
 * dataset's own record supports the match (ESCO lists the role's name among the occupation's
 * labels): provenance IMPORTED, naming the linked occupation's dataset and its concept URI
 * (`record`, checked at load to be the linked occupation's URI).
 */
const occupationMatchLinkSchema = z.union([
  z.strictObject({ to: slugSchema, qualifier: occupationMatchType, rationale }),
  z.strictObject({ to: slugSchema, qualifier: occupationMatchType, imported: z.strictObject({ record: provenanceRules.record }) }),
]);

/** A link to an ESCO skill (`to`: its concept UUID): always the maintainers' reading, with its rationale. */
const escoSkillLinkSchema = z.strictObject({ to: slugSchema, rationale });

const entityFields = {
  slug: slugSchema,
  name: textField(FIELD_LIMITS.name),
  description: textField(FIELD_LIMITS.description),
  /** Other names people use for the entity ("ops manager", "SLA"); used by search. */
  alternativeLabels: attributeRules.alternativeLabels.default([]),
  provenance: provenanceSchema,
};

export const roleSchema = z.strictObject({
  ...entityFields,
  /** The role's key responsibilities, in the article's order; `statement`: the role's own definition of each. */
  responsibilities: z.array(definitionLinkSchema).default([]),
  /** The areas the article says the role mainly revolves around. */
  primaryAreas: z.array(plainLinkSchema).default([]),
  /** The skill domains the article recommends certifications in for this role. */
  skillDomains: z.array(plainLinkSchema).default([]),
  /** Roles this role leads. */
  leads: z.array(plainLinkSchema).default([]),
  /** ITIL functions the role works in. */
  itilFunctions: z.array(plainLinkSchema).default([]),
  /** The role's stance on each key-difference dimension (`to` is the dimension's slug). */
  stances: z.array(statementLinkSchema).default([]),
  /** Technical areas the role needs; `qualifier` says how strongly, in the source's wording. */
  technicalAreas: z.array(technicalAreaLinkSchema).default([]),
  /** Competencies (kinds of skill, qualities) the role should have or emphasise; `statement` says how. */
  competencies: z.array(statementLinkSchema).default([]),
  /** ESCO occupations the role corresponds to, each with its SKOS match type and citation. */
  occupations: z.array(occupationMatchLinkSchema).default([]),
});

export const responsibilitySchema = z.strictObject({
  ...entityFields,
  /** Skill domains that support carrying out this responsibility (curated). */
  skillDomains: z.array(plainLinkSchema).default([]),
});

export const itilFunctionSchema = z.strictObject({
  ...entityFields,
  /** Responsibilities the article lists for this function; `statement`: the article's definition of each for the function. */
  responsibilities: z.array(definitionLinkSchema).default([]),
});

export const skillDomainSchema = z.strictObject({
  ...entityFields,
  /** Certifications the article lists under this domain, in its order. */
  certifications: z.array(plainLinkSchema).default([]),
  /** ESCO skills or knowledge concepts the domain corresponds to (curated). */
  escoSkills: z.array(escoSkillLinkSchema).default([]),
});

export const certificationSchema = z.strictObject({
  ...entityFields,
  /** The acronym the article gives in parentheses, if any. */
  acronym: attributeRules.acronym.optional(),
  /** The organisation that issues it. */
  issuer: plainLinkSchema,
  /** ESCO skills or knowledge concepts the certification attests (curated). */
  escoSkills: z.array(escoSkillLinkSchema).default([]),
});

export const issuerSchema = z.strictObject({ ...entityFields });

export const comparisonDimensionSchema = z.strictObject({ ...entityFields });

export const technicalAreaSchema = z.strictObject({ ...entityFields });

export const outlookStatementSchema = z.strictObject({
  ...entityFields,
  /** Who the article attributes the finding to, if anyone (e.g. Robert Half). */
  attributedTo: attributeRules.attributedTo.optional(),
  /** The year or period the statement is about, in the source's words ("2025", "2025 and beyond"). */
  horizon: attributeRules.horizon.optional(),
  /** The top percentage of a ranking the statement reports (15 for "the top 15%"). */
  topPercent: attributeRules.topPercent.optional(),
  /** Roles the statement is about. */
  roles: z.array(plainLinkSchema).default([]),
  /** Technical areas of expertise the statement names. */
  expertise: z.array(plainLinkSchema).default([]),
  /** The organisation the source attributes the statement to. */
  reportedBy: z.array(plainLinkSchema).max(1).default([]),
});

export const claimSchema = z.strictObject({
  ...entityFields,
  /** Roles the claim is about. */
  roles: z.array(plainLinkSchema).default([]),
  /** ITIL functions the claim is about. */
  itilFunctions: z.array(plainLinkSchema).default([]),
});

export const competencySchema = z.strictObject({ ...entityFields });

export const personSchema = z.strictObject({
  ...entityFields,
  /** Sources the person wrote (by the source's slug). */
  sources: z.array(plainLinkSchema).default([]),
  /** Publications the person wrote. */
  publications: z.array(plainLinkSchema).default([]),
  /** Organisations the person owns. */
  owns: z.array(plainLinkSchema).default([]),
  /** Organisations the person writes for. */
  contributesTo: z.array(plainLinkSchema).default([]),
});

export const organizationSchema = z.strictObject({ ...entityFields });

export const publicationSchema = z.strictObject({
  ...entityFields,
  /** The issuer whose certifications the publication is a study guide for. */
  studyGuideFor: z.array(plainLinkSchema).max(1).default([]),
});

export const sourceSchema = z.strictObject({
  ...entityFields,
  author: attributeRules.author,
  authorDescription: attributeRules.authorDescription,
  /** File name of the source text, relative to `src/data/content/`; its text becomes the Source's `text`. */
  file: text,
  url: attributeRules.url.optional(),
  publishedOn: attributeRules.publishedOn.optional(),
  licence: attributeRules.licence.optional(),
  /** The section headings, each exactly as a line of the source text, in order. */
  sections: attributeRules.sections.min(1),
});

export const contentSchema = z.strictObject({
  source: sourceSchema,
  roles: z.array(roleSchema),
  responsibilities: z.array(responsibilitySchema),
  itilFunctions: z.array(itilFunctionSchema),
  skillDomains: z.array(skillDomainSchema),
  certifications: z.array(certificationSchema),
  issuers: z.array(issuerSchema),
  comparisonDimensions: z.array(comparisonDimensionSchema),
  technicalAreas: z.array(technicalAreaSchema),
  outlookStatements: z.array(outlookStatementSchema),
  claims: z.array(claimSchema).default([]),
  competencies: z.array(competencySchema).default([]),
  people: z.array(personSchema).default([]),
  organizations: z.array(organizationSchema).default([]),
  publications: z.array(publicationSchema).default([]),
});

/** Content collections and the kind of node each one holds (the source is the one record of `source`). */
export const COLLECTIONS = {
  roles: 'Role',
  responsibilities: 'Responsibility',
  itilFunctions: 'ItilFunction',
  skillDomains: 'SkillDomain',
  certifications: 'Certification',
  issuers: 'Issuer',
  comparisonDimensions: 'ComparisonDimension',
  technicalAreas: 'TechnicalArea',
  outlookStatements: 'OutlookStatement',
  claims: 'Claim',
  competencies: 'Competency',
  people: 'Person',
  organizations: 'Organization',
  publications: 'Publication',
} as const satisfies Record<Exclude<keyof Content, 'source'>, EntityKind>;

/**
 * The content fields that are links, by collection: each field's links become edges of the
 * relation named, from the record (the relation's `from` kind is the collection's kind). Edges are
 * made in this order, record by record.
 */
export const CONTENT_LINKS = {
  roles: {
    responsibilities: 'HOLDS_RESPONSIBILITY',
    primaryAreas: 'HAS_PRIMARY_AREA',
    skillDomains: 'NEEDS_SKILL_DOMAIN',
    leads: 'LEADS',
    itilFunctions: 'WORKS_IN_FUNCTION',
    stances: 'TAKES_STANCE_ON',
    technicalAreas: 'NEEDS_TECHNICAL_AREA',
    competencies: 'NEEDS_COMPETENCY',
    occupations: 'MATCHES_OCCUPATION',
  },
  responsibilities: { skillDomains: 'SUPPORTED_BY_SKILL_DOMAIN' },
  itilFunctions: { responsibilities: 'INCLUDES_RESPONSIBILITY' },
  skillDomains: { certifications: 'COVERED_BY_CERTIFICATION', escoSkills: 'CORRESPONDS_TO_SKILL' },
  certifications: { issuer: 'ISSUED_BY', escoSkills: 'CERTIFIES_SKILL' },
  outlookStatements: { roles: 'DESCRIBES_OUTLOOK_FOR', expertise: 'NAMES_EXPERTISE', reportedBy: 'REPORTED_BY' },
  claims: { roles: 'CLAIM_ABOUT_ROLE', itilFunctions: 'CLAIM_ABOUT_ITIL_FUNCTION' },
  people: { sources: 'WROTE_SOURCE', publications: 'WROTE_PUBLICATION', owns: 'OWNS_ORGANIZATION', contributesTo: 'CONTRIBUTES_TO' },
  publications: { studyGuideFor: 'STUDY_GUIDE_FOR' },
} as const satisfies { [C in keyof typeof COLLECTIONS]?: { [F in keyof Content[C][number]]?: Relation } };

/** Content as authors write it (defaults may be omitted). */
export type ContentInput = z.input<typeof contentSchema>;
/** Content after validation (defaults filled in). */
export type Content = z.output<typeof contentSchema>;

export type RoleRecord = z.input<typeof roleSchema>;
export type ResponsibilityRecord = z.input<typeof responsibilitySchema>;
export type ItilFunctionRecord = z.input<typeof itilFunctionSchema>;
export type SkillDomainRecord = z.input<typeof skillDomainSchema>;
export type CertificationRecord = z.input<typeof certificationSchema>;
export type IssuerRecord = z.input<typeof issuerSchema>;
export type ComparisonDimensionRecord = z.input<typeof comparisonDimensionSchema>;
export type TechnicalAreaRecord = z.input<typeof technicalAreaSchema>;
export type OutlookStatementRecord = z.input<typeof outlookStatementSchema>;
export type SourceRecord = z.input<typeof sourceSchema>;
export type ClaimRecord = z.input<typeof claimSchema>;
export type CompetencyRecord = z.input<typeof competencySchema>;
export type PersonRecord = z.input<typeof personSchema>;
export type OrganizationRecord = z.input<typeof organizationSchema>;
export type PublicationRecord = z.input<typeof publicationSchema>;
