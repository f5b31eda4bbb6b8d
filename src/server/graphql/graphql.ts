/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** What a curation change did. */
export type ChangeAction =
  /** Created an entity. */
  | 'CREATE_ENTITY'
  /** Deprecated an entity (it stays resolvable). */
  | 'DEPRECATE_ENTITY'
  /** Created a relationship. */
  | 'LINK'
  /** Undid an earlier change (`before` and `after` show what it put back). */
  | 'REVERT'
  /** Removed a relationship. */
  | 'UNLINK'
  /** Changed an entity’s fields. */
  | 'UPDATE_ENTITY';

/** A new entity. */
export type CreateEntityInput = {
  /** Certifications: the acronym. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Other names people use for it. */
  alternativeLabels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Outlook statements: who the finding is attributed to. */
  attributedTo?: InputMaybe<Scalars['String']['input']>;
  /** What it is, in one or two sentences. */
  description: Scalars['String']['input'];
  /** What kind of entity. */
  kind: EntityKind;
  /** Its display name. */
  name: Scalars['String']['input'];
  /** Where it comes from. */
  provenance: ProvenanceInput;
  /** Its slug: kebab-case, unique within the kind. */
  slug: Scalars['String']['input'];
};

/** A new source: a document with its full text, which STATED quotes may then cite. The source itself is CURATED: `rationale` says why the curators add it. */
export type CreateSourceInput = {
  /** Who wrote the document. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Who the author is, as the document says. */
  authorDescription?: InputMaybe<Scalars['String']['input']>;
  /** What the document is, in one or two sentences of the curators. */
  description: Scalars['String']['input'];
  /** The licence or terms the document may be quoted under. */
  licence?: InputMaybe<Scalars['String']['input']>;
  /** When the document was published (ISO 8601 date, e.g. 2025-01-31). */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** Why the curators add the source, in one line: the source node’s own CURATED provenance. */
  rationale: Scalars['String']['input'];
  /** The document’s section headings, in order; each must be a line of `text`. Text before the first is the "Introduction". */
  sections?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its slug: kebab-case, unique among sources. */
  slug: Scalars['String']['input'];
  /** The document’s full text, exactly as published (quotes are checked against it, whitespace aside). */
  text: Scalars['String']['input'];
  /** The document’s title. */
  title: Scalars['String']['input'];
  /** Where the document is published (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Deprecates an entity: it stays resolvable, is marked, and lists leave it out unless asked. */
export type DeprecateEntityInput = {
  /** The `version` you read; a stale one is a ConflictError and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The entity’s ID. */
  id: Scalars['ID']['input'];
  /** The ID of the entity (of the same kind) that replaces it. */
  replacedBy?: InputMaybe<Scalars['ID']['input']>;
};

/** Narrows a list of entities; every condition given must hold. */
export type EntityFilter = {
  /** Only entities whose name contains this text (case-insensitive), at most 200 characters. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only entities the source states (STATED) or the maintainers added (CURATED). */
  provenanceKind?: InputMaybe<ProvenanceKind>;
};

/** The kinds of entity in the knowledge graph. */
export type EntityKind =
  /** A professional certification. */
  | 'CERTIFICATION'
  /** A statement a source makes that no typed relation holds, with the entities it is about. */
  | 'CLAIM'
  /** A dimension along which roles differ. */
  | 'COMPARISON_DIMENSION'
  /** A kind of skill or quality a source says a role should have or emphasise. */
  | 'COMPETENCY'
  /** A group of ISCO-08, the International Standard Classification of Occupations. */
  | 'ISCO_GROUP'
  /** An organisation that issues certifications. */
  | 'ISSUER'
  /** An ITIL v3/2011 Service Operation function. */
  | 'ITIL_FUNCTION'
  /** An occupation of ESCO, the EU’s occupations and skills taxonomy. */
  | 'OCCUPATION'
  /** An organisation a source names that issues no certification (a company, a publisher). */
  | 'ORGANIZATION'
  /** A statement about the job outlook of roles. */
  | 'OUTLOOK_STATEMENT'
  /** A person a source names, such as its author. */
  | 'PERSON'
  /** A publication a source names, such as a study guide its author wrote. */
  | 'PUBLICATION'
  /** Work a role or an ITIL function is responsible for. */
  | 'RESPONSIBILITY'
  /** A job role in IT operations. */
  | 'ROLE'
  /** A skill, competence or knowledge concept of ESCO. */
  | 'SKILL'
  /** A field of skills that certifications cover. */
  | 'SKILL_DOMAIN'
  /** A group of ESCO’s skills hierarchy (a skill group, or an ISCED-F field of education for knowledge). */
  | 'SKILL_GROUP'
  /** A document the graph quotes, with its full text. */
  | 'SOURCE'
  /** A technology or technical discipline a role needs knowledge of. */
  | 'TECHNICAL_AREA';

/** How to sort a list of entities. Ties are broken by name, then ID, so paging is stable. */
export type EntityOrder = {
  /** Which way to sort (default ascending). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: EntityOrderField;
};

/** What to sort entities by. */
export type EntityOrderField =
  /** The kind of entity, then the name. */
  | 'KIND'
  /** The display name. */
  | 'NAME'
  /** The slug. */
  | 'SLUG';

/** A classification other systems identify occupations by. */
export type ExternalIdScheme =
  /** ESCO: the concept URI (`code` and `uri` are both the URI). */
  | 'ESCO'
  /** ISCO-08, the International Standard Classification of Occupations: a unit group code (`1330`). */
  | 'ISCO_08'
  /** O*NET-SOC, 2010 taxonomy (`11-3021.00`), from Nesta’s ESCO–O*NET crosswalk (Nov 2020), with its `confidence`. Codes of the 2019 taxonomy differ for some occupations. */
  | 'ONET_SOC_2010';

/** A new relationship between two entities, with where it comes from. */
export type LinkEntitiesInput = {
  /** The ID of the entity the relationship starts from. */
  from: Scalars['ID']['input'];
  /** Where the relationship comes from. */
  provenance: ProvenanceInput;
  /** How `from` relates to `to`, for a relation whose relationships are qualified, and required for one (NEEDS_TECHNICAL_AREA: a TechnicalAreaNeed, one of MUST_UNDERSTAND, HIGH_PROFICIENCY, INVALUABLE, MAY_FOCUS_ON, HANDLES, OFTEN_SPANS; REQUIRES_SKILL: a SkillRequirement, one of ESSENTIAL, OPTIONAL; RELATED_SKILL: a SkillRelationType, one of ESSENTIAL, OPTIONAL; MATCHES_OCCUPATION: a OccupationMatchType, one of EXACT, CLOSE, BROAD, NARROW, RELATED). A relation without qualifiers takes none. */
  qualifier?: InputMaybe<Scalars['String']['input']>;
  /** The relation, read from `from` to `to`. */
  relation: Relation;
  /** A short statement of the relationship (a role’s definition of a responsibility, a stance, how a role needs an area). It reads as the source’s words (`statementProvenance` STATED) only where it stands verbatim in a STATED quote. */
  statement?: InputMaybe<Scalars['String']['input']>;
  /** The ID of the entity it points to. */
  to: Scalars['ID']['input'];
};

/** How closely a role corresponds to an ESCO occupation, as a SKOS mapping relation. Carried by MATCHES_OCCUPATION relationships (Role → Occupation). */
export type OccupationMatchType =
  /** skos:broadMatch: the occupation is broader than the role. */
  | 'BROAD'
  /** skos:closeMatch: close enough to be used interchangeably in some applications. */
  | 'CLOSE'
  /** skos:exactMatch: the role and the occupation can be used interchangeably. */
  | 'EXACT'
  /** skos:narrowMatch: the occupation is narrower than the role. */
  | 'NARROW'
  /** skos:relatedMatch: associated, neither broader nor narrower. */
  | 'RELATED';

/** Which way to sort. */
export type OrderDirection =
  /** Smallest first (A to Z). */
  | 'ASC'
  /** Largest first (Z to A). */
  | 'DESC';

/** A relation as it reads along a path: its own name when the path walks the relationship forwards, its inverse name (COVERS_SKILL_DOMAIN for COVERED_BY_CERTIFICATION, RESPONSIBILITY_OF for HOLDS_RESPONSIBILITY, …) when backwards. */
export type PathRelation =
  /** IscoGroup → IscoGroup: In ISCO-08, the other group is the broader group this one belongs to. */
  | 'BROADER_ISCO_GROUP'
  /** Occupation → Occupation: In ESCO’s hierarchy, the other occupation is broader than this one. */
  | 'BROADER_OCCUPATION'
  /** Skill → Skill: In ESCO’s hierarchy, the other skill or knowledge concept is broader than this one. */
  | 'BROADER_SKILL'
  /** SkillGroup → SkillGroup: In ESCO’s skills hierarchy, the other group is broader than this one. */
  | 'BROADER_SKILL_GROUP'
  /** Skill → Certification: the inverse of CERTIFIES_SKILL (the certification attests the ESCO skill or knowledge concept.) */
  | 'CERTIFIED_BY'
  /** Certification → Skill: The certification attests the ESCO skill or knowledge concept. */
  | 'CERTIFIES_SKILL'
  /** Claim → ItilFunction: The claim is about the ITIL function. */
  | 'CLAIM_ABOUT_ITIL_FUNCTION'
  /** Claim → Role: The claim is about the role. */
  | 'CLAIM_ABOUT_ROLE'
  /** Competency → Role: the inverse of NEEDS_COMPETENCY (the source says the role should have or emphasise the competency; the edge’s `statement` says how.) */
  | 'COMPETENCY_OF'
  /** Person → Organization: The person contributes writing to the organisation’s publications. */
  | 'CONTRIBUTES_TO'
  /** SkillDomain → Skill: The article’s skill domain corresponds to the ESCO skill or knowledge concept. */
  | 'CORRESPONDS_TO_SKILL'
  /** SkillDomain → Certification: The certification is recommended for the skill domain. */
  | 'COVERED_BY_CERTIFICATION'
  /** Certification → SkillDomain: the inverse of COVERED_BY_CERTIFICATION (the certification is recommended for the skill domain.) */
  | 'COVERS_SKILL_DOMAIN'
  /** OutlookStatement → Role: The outlook statement is about the role. */
  | 'DESCRIBES_OUTLOOK_FOR'
  /** ItilFunction → Role: the inverse of WORKS_IN_FUNCTION (the role works in the ITIL function.) */
  | 'EMPLOYS_ROLE'
  /** TechnicalArea → OutlookStatement: the inverse of NAMES_EXPERTISE (the outlook statement names expertise in the technical area.) */
  | 'EXPERTISE_NAMED_BY'
  /** Organization → Person: the inverse of CONTRIBUTES_TO (the person contributes writing to the organisation’s publications.) */
  | 'HAS_CONTRIBUTOR'
  /** Role → Responsibility: The role mainly revolves around this area. */
  | 'HAS_PRIMARY_AREA'
  /** Issuer → Publication: the inverse of STUDY_GUIDE_FOR (the publication is a study guide for certifications of the issuer.) */
  | 'HAS_STUDY_GUIDE'
  /** Role → Responsibility: The responsibility is one of the role’s key responsibilities. */
  | 'HOLDS_RESPONSIBILITY'
  /** Responsibility → ItilFunction: the inverse of INCLUDES_RESPONSIBILITY (the responsibility is one of the function’s core responsibilities.) */
  | 'INCLUDED_IN_FUNCTION'
  /** ItilFunction → Responsibility: The responsibility is one of the function’s core responsibilities. */
  | 'INCLUDES_RESPONSIBILITY'
  /** Occupation → IscoGroup: The occupation belongs to the ISCO-08 unit group. */
  | 'IN_ISCO_GROUP'
  /** Skill → SkillGroup: In ESCO’s skills hierarchy, the skill or knowledge concept belongs to the group. */
  | 'IN_SKILL_GROUP'
  /** IscoGroup → Occupation: the inverse of IN_ISCO_GROUP (the occupation belongs to the ISCO-08 unit group.) */
  | 'ISCO_GROUP_OF'
  /** Certification → Issuer: The organisation issues the certification. */
  | 'ISSUED_BY'
  /** Issuer → Certification: the inverse of ISSUED_BY (the organisation issues the certification.) */
  | 'ISSUES'
  /** ItilFunction → Claim: the inverse of CLAIM_ABOUT_ITIL_FUNCTION (the claim is about the ITIL function.) */
  | 'ITIL_FUNCTION_IN_CLAIM'
  /** Role → Role: The role leads people in the other role. */
  | 'LEADS'
  /** Role → Role: the inverse of LEADS (the role leads people in the other role.) */
  | 'LED_BY'
  /** Occupation → Role: the inverse of MATCHES_OCCUPATION (the role corresponds to the ESCO occupation, as the relationship’s `matchType` (SKOS) says.) */
  | 'MATCHED_BY_ROLE'
  /** Role → Occupation: The role corresponds to the ESCO occupation, as the relationship’s `matchType` (SKOS) says. */
  | 'MATCHES_OCCUPATION'
  /** OutlookStatement → TechnicalArea: The outlook statement names expertise in the technical area. */
  | 'NAMES_EXPERTISE'
  /** IscoGroup → IscoGroup: the inverse of BROADER_ISCO_GROUP (in ISCO-08, the other group is the broader group this one belongs to.) */
  | 'NARROWER_ISCO_GROUP'
  /** Occupation → Occupation: the inverse of BROADER_OCCUPATION (in ESCO’s hierarchy, the other occupation is broader than this one.) */
  | 'NARROWER_OCCUPATION'
  /** Skill → Skill: the inverse of BROADER_SKILL (in ESCO’s hierarchy, the other skill or knowledge concept is broader than this one.) */
  | 'NARROWER_SKILL'
  /** SkillGroup → SkillGroup: the inverse of BROADER_SKILL_GROUP (in ESCO’s skills hierarchy, the other group is broader than this one.) */
  | 'NARROWER_SKILL_GROUP'
  /** Role → Competency: The source says the role should have or emphasise the competency; the edge’s `statement` says how. */
  | 'NEEDS_COMPETENCY'
  /** Role → SkillDomain: Certifications in the skill domain are recommended for the role. */
  | 'NEEDS_SKILL_DOMAIN'
  /** Role → TechnicalArea: The role needs knowledge of the technical area. */
  | 'NEEDS_TECHNICAL_AREA'
  /** Organization → Person: the inverse of OWNS_ORGANIZATION (the person owns the organisation.) */
  | 'ORGANIZATION_OWNED_BY'
  /** Role → OutlookStatement: the inverse of DESCRIBES_OUTLOOK_FOR (the outlook statement is about the role.) */
  | 'OUTLOOK_DESCRIBED_BY'
  /** Person → Organization: The person owns the organisation. */
  | 'OWNS_ORGANIZATION'
  /** Responsibility → Role: the inverse of HAS_PRIMARY_AREA (the role mainly revolves around this area.) */
  | 'PRIMARY_AREA_OF'
  /** Publication → Person: the inverse of WROTE_PUBLICATION (the person wrote the publication.) */
  | 'PUBLICATION_WRITTEN_BY'
  /** Skill → Skill: ESCO relates the other skill to this one, as essential or optional (the relationship’s `requirement`). */
  | 'RELATED_SKILL'
  /** Skill → Skill: the inverse of RELATED_SKILL (eSCO relates the other skill to this one, as essential or optional (the relationship’s `requirement`).) */
  | 'RELATED_SKILL_OF'
  /** OutlookStatement → Organization: The source attributes the outlook statement to the organisation. */
  | 'REPORTED_BY'
  /** Organization → OutlookStatement: the inverse of REPORTED_BY (the source attributes the outlook statement to the organisation.) */
  | 'REPORTS'
  /** Skill → Occupation: the inverse of REQUIRES_SKILL (eSCO lists the skill for the occupation, as essential or optional (the relationship’s `requirement`).) */
  | 'REQUIRED_BY_OCCUPATION'
  /** Occupation → Skill: ESCO lists the skill for the occupation, as essential or optional (the relationship’s `requirement`). */
  | 'REQUIRES_SKILL'
  /** Responsibility → Role: the inverse of HOLDS_RESPONSIBILITY (the responsibility is one of the role’s key responsibilities.) */
  | 'RESPONSIBILITY_OF'
  /** Role → Claim: the inverse of CLAIM_ABOUT_ROLE (the claim is about the role.) */
  | 'ROLE_IN_CLAIM'
  /** SkillDomain → Role: the inverse of NEEDS_SKILL_DOMAIN (certifications in the skill domain are recommended for the role.) */
  | 'SKILL_DOMAIN_OF'
  /** SkillGroup → Skill: the inverse of IN_SKILL_GROUP (in ESCO’s skills hierarchy, the skill or knowledge concept belongs to the group.) */
  | 'SKILL_GROUP_OF'
  /** Skill → SkillDomain: the inverse of CORRESPONDS_TO_SKILL (the article’s skill domain corresponds to the ESCO skill or knowledge concept.) */
  | 'SKILL_OF_DOMAIN'
  /** Source → Person: the inverse of WROTE_SOURCE (the person wrote the source.) */
  | 'SOURCE_WRITTEN_BY'
  /** ComparisonDimension → Role: the inverse of TAKES_STANCE_ON (the role’s position on a dimension that separates the roles.) */
  | 'STANCE_TAKEN_BY'
  /** Publication → Issuer: The publication is a study guide for certifications of the issuer. */
  | 'STUDY_GUIDE_FOR'
  /** Responsibility → SkillDomain: Skills in the domain support carrying out the responsibility. */
  | 'SUPPORTED_BY_SKILL_DOMAIN'
  /** SkillDomain → Responsibility: the inverse of SUPPORTED_BY_SKILL_DOMAIN (skills in the domain support carrying out the responsibility.) */
  | 'SUPPORTS_RESPONSIBILITY'
  /** Role → ComparisonDimension: The role’s position on a dimension that separates the roles. */
  | 'TAKES_STANCE_ON'
  /** TechnicalArea → Role: the inverse of NEEDS_TECHNICAL_AREA (the role needs knowledge of the technical area.) */
  | 'TECHNICAL_AREA_OF'
  /** Role → ItilFunction: The role works in the ITIL function. */
  | 'WORKS_IN_FUNCTION'
  /** Person → Publication: The person wrote the publication. */
  | 'WROTE_PUBLICATION'
  /** Person → Source: The person wrote the source. */
  | 'WROTE_SOURCE';

/** Where a curated change’s fact comes from: STATED needs `quote` and `source`; CURATED needs `rationale`. */
export type ProvenanceInput = {
  /** STATED (a source says it) or CURATED (the maintainers add it). */
  kind: ProvenanceKind;
  /** STATED: the source’s exact words. They must stand verbatim (whitespace aside) in the source’s `text`, or the change is refused (`ValidationError` on `provenance.quote`). */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** CURATED: why the maintainers add the fact, in one line. */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** STATED: the section of the source the quote stands in (a heading of its `sections`, or "Introduction"); when left out, the section it is found in is stored. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** STATED: the ID of the Source quoted. */
  source?: InputMaybe<Scalars['ID']['input']>;
};

/** How the graph knows a fact. */
export type ProvenanceKind =
  /** The maintainers added it (the source is silent): `rationale` says why. */
  | 'CURATED'
  /** A structured dataset holds it (ESCO): `source` names the dataset and its version, `record` the record’s URI. Never a quote. */
  | 'IMPORTED'
  /** The source states it: `quote` holds its exact words and `section` where they stand. */
  | 'STATED';

/** The kinds of relationship between entities, each read from its `from` entity to its `to` entity ("a Role HOLDS_RESPONSIBILITY a Responsibility"). */
export type Relation =
  /** IscoGroup → IscoGroup: In ISCO-08, the other group is the broader group this one belongs to. */
  | 'BROADER_ISCO_GROUP'
  /** Occupation → Occupation: In ESCO’s hierarchy, the other occupation is broader than this one. */
  | 'BROADER_OCCUPATION'
  /** Skill → Skill: In ESCO’s hierarchy, the other skill or knowledge concept is broader than this one. */
  | 'BROADER_SKILL'
  /** SkillGroup → SkillGroup: In ESCO’s skills hierarchy, the other group is broader than this one. */
  | 'BROADER_SKILL_GROUP'
  /** Certification → Skill: The certification attests the ESCO skill or knowledge concept. */
  | 'CERTIFIES_SKILL'
  /** Claim → ItilFunction: The claim is about the ITIL function. */
  | 'CLAIM_ABOUT_ITIL_FUNCTION'
  /** Claim → Role: The claim is about the role. */
  | 'CLAIM_ABOUT_ROLE'
  /** Person → Organization: The person contributes writing to the organisation’s publications. */
  | 'CONTRIBUTES_TO'
  /** SkillDomain → Skill: The article’s skill domain corresponds to the ESCO skill or knowledge concept. */
  | 'CORRESPONDS_TO_SKILL'
  /** SkillDomain → Certification: The certification is recommended for the skill domain. */
  | 'COVERED_BY_CERTIFICATION'
  /** OutlookStatement → Role: The outlook statement is about the role. */
  | 'DESCRIBES_OUTLOOK_FOR'
  /** Role → Responsibility: The role mainly revolves around this area. */
  | 'HAS_PRIMARY_AREA'
  /** Role → Responsibility: The responsibility is one of the role’s key responsibilities. */
  | 'HOLDS_RESPONSIBILITY'
  /** ItilFunction → Responsibility: The responsibility is one of the function’s core responsibilities. */
  | 'INCLUDES_RESPONSIBILITY'
  /** Occupation → IscoGroup: The occupation belongs to the ISCO-08 unit group. */
  | 'IN_ISCO_GROUP'
  /** Skill → SkillGroup: In ESCO’s skills hierarchy, the skill or knowledge concept belongs to the group. */
  | 'IN_SKILL_GROUP'
  /** Certification → Issuer: The organisation issues the certification. */
  | 'ISSUED_BY'
  /** Role → Role: The role leads people in the other role. */
  | 'LEADS'
  /** Role → Occupation: The role corresponds to the ESCO occupation, as the relationship’s `matchType` (SKOS) says. */
  | 'MATCHES_OCCUPATION'
  /** OutlookStatement → TechnicalArea: The outlook statement names expertise in the technical area. */
  | 'NAMES_EXPERTISE'
  /** Role → Competency: The source says the role should have or emphasise the competency; the edge’s `statement` says how. */
  | 'NEEDS_COMPETENCY'
  /** Role → SkillDomain: Certifications in the skill domain are recommended for the role. */
  | 'NEEDS_SKILL_DOMAIN'
  /** Role → TechnicalArea: The role needs knowledge of the technical area. */
  | 'NEEDS_TECHNICAL_AREA'
  /** Person → Organization: The person owns the organisation. */
  | 'OWNS_ORGANIZATION'
  /** Skill → Skill: ESCO relates the other skill to this one, as essential or optional (the relationship’s `requirement`). */
  | 'RELATED_SKILL'
  /** OutlookStatement → Organization: The source attributes the outlook statement to the organisation. */
  | 'REPORTED_BY'
  /** Occupation → Skill: ESCO lists the skill for the occupation, as essential or optional (the relationship’s `requirement`). */
  | 'REQUIRES_SKILL'
  /** Publication → Issuer: The publication is a study guide for certifications of the issuer. */
  | 'STUDY_GUIDE_FOR'
  /** Responsibility → SkillDomain: Skills in the domain support carrying out the responsibility. */
  | 'SUPPORTED_BY_SKILL_DOMAIN'
  /** Role → ComparisonDimension: The role’s position on a dimension that separates the roles. */
  | 'TAKES_STANCE_ON'
  /** Role → ItilFunction: The role works in the ITIL function. */
  | 'WORKS_IN_FUNCTION'
  /** Person → Publication: The person wrote the publication. */
  | 'WROTE_PUBLICATION'
  /** Person → Source: The person wrote the source. */
  | 'WROTE_SOURCE';

/** How widely ESCO says a skill concept is used: across occupations and sectors, or specific to a sector or an occupation. */
export type ReuseLevel =
  /** Relevant to occupations in several economic sectors (ESCO `cross-sector`). */
  | 'CROSS_SECTOR'
  /** Specific to one occupation or a few similar ones (ESCO `occupation-specific`). */
  | 'OCCUPATION_SPECIFIC'
  /** Specific to one sector, relevant to several of its occupations (ESCO `sector-specific`). */
  | 'SECTOR_SPECIFIC'
  /** Relevant to a broad range of occupations and sectors (ESCO `transversal`). */
  | 'TRANSVERSAL';

/** What an API key may do; each scope includes the ones before it. */
export type Scope =
  /** Edit, and revert changes and manage API keys. */
  | 'ADMIN'
  /** Read, and curate: create, update, deprecate, link, unlink; read the audit log. */
  | 'EDIT'
  /** Read the graph (needed only where reads require a key). */
  | 'READ';

/** Which text of an entity a search matched: its own texts (name, acronym, alternative or hidden label, description) or the words of its evidence (its quote, its relationships’ statements and quotes). */
export type SearchField =
  /** The acronym (certifications). */
  | 'ACRONYM'
  /** One of the alternative labels. */
  | 'ALTERNATIVE_LABEL'
  /** The description. */
  | 'DESCRIPTION'
  /** One of the hidden labels: names ESCO keeps for search only (old names, misspellings, product names), not for display. */
  | 'HIDDEN_LABEL'
  /** The name. */
  | 'NAME'
  /** The entity’s own provenance quote: the source’s words it was taken from. */
  | 'QUOTE'
  /** The provenance quote of a relationship the entity is at either end of; the highlight names the relationship. */
  | 'RELATIONSHIP_QUOTE'
  /** The statement of a relationship the entity is at either end of (a role’s own definition of a responsibility, a role’s stance); the highlight names the relationship. */
  | 'RELATIONSHIP_STATEMENT';

/** Whether ESCO relates one skill to another as essential or optional. Carried by RELATED_SKILL relationships (Skill → Skill). */
export type SkillRelationType =
  /** ESCO lists the related skill as essential to the skill. */
  | 'ESSENTIAL'
  /** ESCO lists the related skill as optional to the skill. */
  | 'OPTIONAL';

/** Whether ESCO lists a skill as essential or optional for an occupation. Carried by REQUIRES_SKILL relationships (Occupation → Skill). */
export type SkillRequirement =
  /** ESCO lists the skill as essential for the occupation. */
  | 'ESSENTIAL'
  /** ESCO lists the skill as optional for the occupation. */
  | 'OPTIONAL';

/** Whether an ESCO skill concept is a skill/competence or knowledge. */
export type SkillType =
  /** A body of knowledge: facts, principles, theories and practices (ESCO `knowledge`). */
  | 'KNOWLEDGE'
  /** A skill or competence: the ability to apply knowledge (ESCO `skill/competence`). */
  | 'SKILL_COMPETENCE';

/** How strongly a role needs a technical area, in the wording of the source’s sentence. Carried by NEEDS_TECHNICAL_AREA relationships (Role → TechnicalArea). */
export type TechnicalAreaNeed =
  /** The role handles it as part of its daily tasks (“handle various daily tasks and troubleshooting”). */
  | 'HANDLES'
  /** The role requires high proficiency in it (“requires high technical proficiency, particularly in …”). */
  | 'HIGH_PROFICIENCY'
  /** Skills in it can be invaluable to the role (“maintaining technical skills in areas such as … can be invaluable”). */
  | 'INVALUABLE'
  /** People in the role may focus on it as their specific area (“focus on specific areas, such as …”). */
  | 'MAY_FOCUS_ON'
  /** The role must understand it (“must understand technologies such as …”). */
  | 'MUST_UNDERSTAND'
  /** The role’s work often spans it (“often spanning … environments”). */
  | 'OFTEN_SPANS';

/** A relationship to remove (the audit log keeps it, and `revertChange` restores it). */
export type UnlinkEntitiesInput = {
  /** The `version` you read; a stale one is a ConflictError and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The relationship’s ID. */
  id: Scalars['ID']['input'];
};

/** Changes to an entity; only the fields given change. */
export type UpdateEntityInput = {
  /** A new acronym. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** New alternative labels (replacing the old). */
  alternativeLabels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new attribution. */
  attributedTo?: InputMaybe<Scalars['String']['input']>;
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is a ConflictError and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The entity’s ID. */
  id: Scalars['ID']['input'];
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New provenance. */
  provenance?: InputMaybe<ProvenanceInput>;
  /** A new slug. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind> | EntityKind>;
}>;


export type ExplorerNeighborhoodQuery = { __typename?: 'Query', neighborhood: { __typename?: 'Neighborhood', truncated: boolean, nodes: Array<
      | { __typename?: 'Certification', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Claim', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'ComparisonDimension', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Competency', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'IscoGroup', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Issuer', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'ItilFunction', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Occupation', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Organization', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'OutlookStatement', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Person', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Publication', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Responsibility', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Role', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Skill', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'SkillDomain', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'SkillGroup', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'Source', id: string, kind: EntityKind, slug: string, name: string }
      | { __typename?: 'TechnicalArea', id: string, kind: EntityKind, slug: string, name: string }
    >, edges: Array<{ __typename?: 'NeighborhoodEdge', from: string, to: string, relation: Relation, statement?: string | null, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null } }> } };

export type ExplorerFocusQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ExplorerFocusQuery = { __typename?: 'Query', role?: { __typename?: 'Role', id: string, kind: EntityKind } | null, certification?: { __typename?: 'Certification', id: string, kind: EntityKind } | null, skillDomain?: { __typename?: 'SkillDomain', id: string, kind: EntityKind } | null, responsibility?: { __typename?: 'Responsibility', id: string, kind: EntityKind } | null, issuer?: { __typename?: 'Issuer', id: string, kind: EntityKind } | null, itilFunction?: { __typename?: 'ItilFunction', id: string, kind: EntityKind } | null, technicalArea?: { __typename?: 'TechnicalArea', id: string, kind: EntityKind } | null, comparisonDimension?: { __typename?: 'ComparisonDimension', id: string, kind: EntityKind } | null, outlookStatement?: { __typename?: 'OutlookStatement', id: string, kind: EntityKind } | null, claim?: { __typename?: 'Claim', id: string, kind: EntityKind } | null, competency?: { __typename?: 'Competency', id: string, kind: EntityKind } | null, person?: { __typename?: 'Person', id: string, kind: EntityKind } | null, organization?: { __typename?: 'Organization', id: string, kind: EntityKind } | null, publication?: { __typename?: 'Publication', id: string, kind: EntityKind } | null, occupation?: { __typename?: 'Occupation', id: string, kind: EntityKind } | null, skill?: { __typename?: 'Skill', id: string, kind: EntityKind } | null, iscoGroup?: { __typename?: 'IscoGroup', id: string, kind: EntityKind } | null, skillGroup?: { __typename?: 'SkillGroup', id: string, kind: EntityKind } | null };

export type ExplorerSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResultConnection', edges: Array<{ __typename?: 'SearchResultEdge', node:
        | { __typename?: 'Certification', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Claim', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'ComparisonDimension', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Competency', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'IscoGroup', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Issuer', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'ItilFunction', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Occupation', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Organization', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'OutlookStatement', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Person', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Publication', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Responsibility', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Role', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Skill', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'SkillDomain', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'SkillGroup', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Source', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'TechnicalArea', id: string, kind: EntityKind, slug: string, name: string }
      , highlight: { __typename?: 'SearchHighlight', field: SearchField, text: string, ranges: Array<{ __typename?: 'TextRange', start: number, length: number }> } }> } };

export type ExplorerEntityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerEntityQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Certification', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, acronym?: string | null, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null }, issuer?: { __typename?: 'Issuer', id: string, name: string } | null }
    | { __typename?: 'Claim', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'ComparisonDimension', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Competency', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'IscoGroup', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Issuer', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'ItilFunction', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Occupation', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Organization', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'OutlookStatement', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Person', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Publication', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Responsibility', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Role', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Skill', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'SkillDomain', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'SkillGroup', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'Source', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, title: string, author?: string | null, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
    | { __typename?: 'TechnicalArea', kind: EntityKind, slug: string, name: string, description: string, alternativeLabels: Array<string>, id: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null, source?: { __typename?: 'Source', name: string } | null } }
   | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerPathsQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'RelationshipPath', length: number, steps: Array<{ __typename?: 'PathStep', relation: PathRelation, from:
        | { __typename?: 'Certification', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Claim', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'ComparisonDimension', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Competency', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'IscoGroup', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Issuer', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'ItilFunction', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Occupation', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Organization', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'OutlookStatement', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Person', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Publication', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Responsibility', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Role', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Skill', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'SkillDomain', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'SkillGroup', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Source', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'TechnicalArea', id: string, kind: EntityKind, slug: string, name: string }
      , to:
        | { __typename?: 'Certification', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Claim', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'ComparisonDimension', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Competency', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'IscoGroup', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Issuer', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'ItilFunction', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Occupation', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Organization', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'OutlookStatement', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Person', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Publication', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Responsibility', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Role', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Skill', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'SkillDomain', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'SkillGroup', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'Source', id: string, kind: EntityKind, slug: string, name: string }
        | { __typename?: 'TechnicalArea', id: string, kind: EntityKind, slug: string, name: string }
      , provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null, record?: string | null }, relationship: { __typename?: 'Relationship', relation: Relation } }> }> };

export type ExplorerChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerChoicesQuery = { __typename?: 'Query', roles: { __typename?: 'RoleConnection', nodes: Array<{ __typename?: 'Role', slug: string, name: string }> }, certifications: { __typename?: 'CertificationConnection', nodes: Array<{ __typename?: 'Certification', slug: string, name: string, acronym?: string | null }> } };

export type ExplorerCompareRolesQueryVariables = Exact<{
  first: Scalars['String']['input'];
  second: Scalars['String']['input'];
}>;


export type ExplorerCompareRolesQuery = { __typename?: 'Query', compareRoles: { __typename?: 'RoleComparison', first: { __typename?: 'Role', id: string, name: string }, second: { __typename?: 'Role', id: string, name: string }, sharedResponsibilities: Array<{ __typename?: 'SharedResponsibility', responsibility: { __typename?: 'Responsibility', id: string, name: string }, first: { __typename?: 'HeldResponsibility', definition?: string | null }, second: { __typename?: 'HeldResponsibility', definition?: string | null } }>, responsibilitiesOnlyFirst: Array<{ __typename?: 'HeldResponsibility', definition?: string | null, responsibility: { __typename?: 'Responsibility', id: string, name: string } }>, responsibilitiesOnlySecond: Array<{ __typename?: 'HeldResponsibility', definition?: string | null, responsibility: { __typename?: 'Responsibility', id: string, name: string } }>, sharedSkillDomains: Array<{ __typename?: 'SkillDomain', id: string, name: string }>, skillDomainsOnlyFirst: Array<{ __typename?: 'SkillDomain', id: string, name: string }>, skillDomainsOnlySecond: Array<{ __typename?: 'SkillDomain', id: string, name: string }>, sharedCertifications: Array<{ __typename?: 'Certification', id: string, name: string }>, certificationsOnlyFirst: Array<{ __typename?: 'Certification', id: string, name: string }>, certificationsOnlySecond: Array<{ __typename?: 'Certification', id: string, name: string }>, dimensions: Array<{ __typename?: 'DimensionComparison', dimension: { __typename?: 'ComparisonDimension', id: string, name: string }, first?: { __typename?: 'RoleStance', statement: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null } } | null, second?: { __typename?: 'RoleStance', statement: string, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null } } | null }> } };

export type ExplorerSkillGapQueryVariables = Exact<{
  role: Scalars['String']['input'];
  held: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ExplorerSkillGapQuery = { __typename?: 'Query', skillGap: { __typename?: 'SkillGap', role: { __typename?: 'Role', id: string, name: string }, coveredSkillDomains: Array<{ __typename?: 'SkillDomain', id: string, name: string }>, missingSkillDomains: Array<{ __typename?: 'SkillDomain', id: string, name: string }>, uncoverableSkillDomains: Array<{ __typename?: 'SkillDomain', id: string, name: string }>, coveredResponsibilities: Array<{ __typename?: 'HeldResponsibility', definition?: string | null, responsibility: { __typename?: 'Responsibility', id: string, name: string } }>, missingResponsibilities: Array<{ __typename?: 'HeldResponsibility', definition?: string | null, responsibility: { __typename?: 'Responsibility', id: string, name: string } }>, recommendedCertifications: Array<{ __typename?: 'CertificationRecommendation', rank: number, inSmallestCover: boolean, certification: { __typename?: 'Certification', id: string, name: string, acronym?: string | null }, closes: Array<{ __typename?: 'SkillDomain', id: string, name: string }> }> } };

export type ManagerResponsibilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerResponsibilitiesQuery = { __typename?: 'Query', role?: { __typename?: 'Role', responsibilities: { __typename?: 'ResponsibilityLinkConnection', totalCount: number, edges: Array<{ __typename?: 'ResponsibilityLinkEdge', node: { __typename?: 'Responsibility', name: string }, provenance: { __typename?: 'Provenance', quote?: string | null, section?: string | null } }> } } | null };

export type ComparisonDimensionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComparisonDimensionsQuery = { __typename?: 'Query', comparisonDimensions: { __typename?: 'ComparisonDimensionConnection', nodes: Array<{ __typename?: 'ComparisonDimension', name: string, stances: { __typename?: 'RoleLinkConnection', edges: Array<{ __typename?: 'RoleLinkEdge', statement?: string | null, node: { __typename?: 'Role', name: string }, provenance: { __typename?: 'Provenance', quote?: string | null } }> } }> } };

export type CompTiaCertificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompTiaCertificationsQuery = { __typename?: 'Query', issuer?: { __typename?: 'Issuer', certifications: { __typename?: 'CertificationLinkConnection', nodes: Array<{ __typename?: 'Certification', name: string, roles: { __typename?: 'RoleLinkConnection', nodes: Array<{ __typename?: 'Role', name: string }> } }> } } | null };

export type SkillDomainsByRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type SkillDomainsByRoleQuery = { __typename?: 'Query', skillDomains: { __typename?: 'SkillDomainConnection', nodes: Array<{ __typename?: 'SkillDomain', name: string, roles: { __typename?: 'RoleLinkConnection', nodes: Array<{ __typename?: 'Role', name: string }> }, certifications: { __typename?: 'CertificationLinkConnection', totalCount: number } }> } };

export type SearchSecurityPlusQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchSecurityPlusQuery = { __typename?: 'Query', search: { __typename?: 'SearchResultConnection', edges: Array<{ __typename?: 'SearchResultEdge', score: number, node:
        | { __typename?: 'Certification', kind: EntityKind, name: string }
        | { __typename?: 'Claim', kind: EntityKind, name: string }
        | { __typename?: 'ComparisonDimension', kind: EntityKind, name: string }
        | { __typename?: 'Competency', kind: EntityKind, name: string }
        | { __typename?: 'IscoGroup', kind: EntityKind, name: string }
        | { __typename?: 'Issuer', kind: EntityKind, name: string }
        | { __typename?: 'ItilFunction', kind: EntityKind, name: string }
        | { __typename?: 'Occupation', kind: EntityKind, name: string }
        | { __typename?: 'Organization', kind: EntityKind, name: string }
        | { __typename?: 'OutlookStatement', kind: EntityKind, name: string }
        | { __typename?: 'Person', kind: EntityKind, name: string }
        | { __typename?: 'Publication', kind: EntityKind, name: string }
        | { __typename?: 'Responsibility', kind: EntityKind, name: string }
        | { __typename?: 'Role', kind: EntityKind, name: string }
        | { __typename?: 'Skill', kind: EntityKind, name: string }
        | { __typename?: 'SkillDomain', kind: EntityKind, name: string }
        | { __typename?: 'SkillGroup', kind: EntityKind, name: string }
        | { __typename?: 'Source', kind: EntityKind, name: string }
        | { __typename?: 'TechnicalArea', kind: EntityKind, name: string }
      , highlight: { __typename?: 'SearchHighlight', field: SearchField, text: string, ranges: Array<{ __typename?: 'TextRange', start: number, length: number }> } }> } };

export type CompareManagerAndSpecialistQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareManagerAndSpecialistQuery = { __typename?: 'Query', compareRoles: { __typename?: 'RoleComparison', sharedResponsibilities: Array<{ __typename?: 'SharedResponsibility', responsibility: { __typename?: 'Responsibility', name: string }, first: { __typename?: 'HeldResponsibility', definition?: string | null }, second: { __typename?: 'HeldResponsibility', definition?: string | null } }>, responsibilitiesOnlyFirst: Array<{ __typename?: 'HeldResponsibility', responsibility: { __typename?: 'Responsibility', name: string } }>, responsibilitiesOnlySecond: Array<{ __typename?: 'HeldResponsibility', responsibility: { __typename?: 'Responsibility', name: string } }>, skillDomainsOnlyFirst: Array<{ __typename?: 'SkillDomain', name: string }>, certificationsOnlySecond: Array<{ __typename?: 'Certification', name: string }>, dimensions: Array<{ __typename?: 'DimensionComparison', dimension: { __typename?: 'ComparisonDimension', name: string }, first?: { __typename?: 'RoleStance', statement: string } | null, second?: { __typename?: 'RoleStance', statement: string, provenance: { __typename?: 'Provenance', quote?: string | null } } | null }> } };

export type SkillGapFromCisspQueryVariables = Exact<{ [key: string]: never; }>;


export type SkillGapFromCisspQuery = { __typename?: 'Query', skillGap: { __typename?: 'SkillGap', coveredSkillDomains: Array<{ __typename?: 'SkillDomain', name: string }>, missingSkillDomains: Array<{ __typename?: 'SkillDomain', name: string }>, uncoverableSkillDomains: Array<{ __typename?: 'SkillDomain', name: string }>, missingResponsibilities: Array<{ __typename?: 'HeldResponsibility', definition?: string | null, responsibility: { __typename?: 'Responsibility', name: string } }>, recommendedCertifications: Array<{ __typename?: 'CertificationRecommendation', rank: number, inSmallestCover: boolean, certification: { __typename?: 'Certification', name: string }, closes: Array<{ __typename?: 'SkillDomain', name: string }> }> } };

export type PathsFromCcnaToManagerQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type PathsFromCcnaToManagerQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'RelationshipPath', length: number, steps: Array<{ __typename?: 'PathStep', relation: PathRelation, from:
        | { __typename?: 'Certification', name: string }
        | { __typename?: 'Claim', name: string }
        | { __typename?: 'ComparisonDimension', name: string }
        | { __typename?: 'Competency', name: string }
        | { __typename?: 'IscoGroup', name: string }
        | { __typename?: 'Issuer', name: string }
        | { __typename?: 'ItilFunction', name: string }
        | { __typename?: 'Occupation', name: string }
        | { __typename?: 'Organization', name: string }
        | { __typename?: 'OutlookStatement', name: string }
        | { __typename?: 'Person', name: string }
        | { __typename?: 'Publication', name: string }
        | { __typename?: 'Responsibility', name: string }
        | { __typename?: 'Role', name: string }
        | { __typename?: 'Skill', name: string }
        | { __typename?: 'SkillDomain', name: string }
        | { __typename?: 'SkillGroup', name: string }
        | { __typename?: 'Source', name: string }
        | { __typename?: 'TechnicalArea', name: string }
      , to:
        | { __typename?: 'Certification', name: string }
        | { __typename?: 'Claim', name: string }
        | { __typename?: 'ComparisonDimension', name: string }
        | { __typename?: 'Competency', name: string }
        | { __typename?: 'IscoGroup', name: string }
        | { __typename?: 'Issuer', name: string }
        | { __typename?: 'ItilFunction', name: string }
        | { __typename?: 'Occupation', name: string }
        | { __typename?: 'Organization', name: string }
        | { __typename?: 'OutlookStatement', name: string }
        | { __typename?: 'Person', name: string }
        | { __typename?: 'Publication', name: string }
        | { __typename?: 'Responsibility', name: string }
        | { __typename?: 'Role', name: string }
        | { __typename?: 'Skill', name: string }
        | { __typename?: 'SkillDomain', name: string }
        | { __typename?: 'SkillGroup', name: string }
        | { __typename?: 'Source', name: string }
        | { __typename?: 'TechnicalArea', name: string }
      , provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, rationale?: string | null } }> }> };

export type ManagerNeighborhoodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ManagerNeighborhoodQuery = { __typename?: 'Query', neighborhood: { __typename?: 'Neighborhood', nodes: Array<
      | { __typename?: 'Certification', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Claim', id: string, kind: EntityKind, name: string }
      | { __typename?: 'ComparisonDimension', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Competency', id: string, kind: EntityKind, name: string }
      | { __typename?: 'IscoGroup', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Issuer', id: string, kind: EntityKind, name: string }
      | { __typename?: 'ItilFunction', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Occupation', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Organization', id: string, kind: EntityKind, name: string }
      | { __typename?: 'OutlookStatement', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Person', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Publication', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Responsibility', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Role', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Skill', id: string, kind: EntityKind, name: string }
      | { __typename?: 'SkillDomain', id: string, kind: EntityKind, name: string }
      | { __typename?: 'SkillGroup', id: string, kind: EntityKind, name: string }
      | { __typename?: 'Source', id: string, kind: EntityKind, name: string }
      | { __typename?: 'TechnicalArea', id: string, kind: EntityKind, name: string }
    >, edges: Array<{ __typename?: 'NeighborhoodEdge', from: string, to: string, relation: Relation, provenance: { __typename?: 'Provenance', kind: ProvenanceKind } }> } };

export type WhatAManagerMustUnderstandQueryVariables = Exact<{ [key: string]: never; }>;


export type WhatAManagerMustUnderstandQuery = { __typename?: 'Query', role?: { __typename?: 'Role', technicalAreas: { __typename?: 'TechnicalAreaLinkConnection', edges: Array<{ __typename?: 'TechnicalAreaLinkEdge', need?: TechnicalAreaNeed | null, statement?: string | null, node: { __typename?: 'TechnicalArea', name: string }, statementProvenance?: { __typename?: 'Provenance', kind: ProvenanceKind } | null, provenance: { __typename?: 'Provenance', quote?: string | null } }> } } | null };

export type SpecialistOutlookQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecialistOutlookQuery = { __typename?: 'Query', role?: { __typename?: 'Role', outlook: { __typename?: 'OutlookStatementLinkConnection', nodes: Array<{ __typename?: 'OutlookStatement', name: string, horizon?: string | null, topPercent?: number | null, expertise: { __typename?: 'TechnicalAreaLinkConnection', nodes: Array<{ __typename?: 'TechnicalArea', name: string }> }, reportedBy?: { __typename?: 'Organization', name: string } | null, provenance: { __typename?: 'Provenance', quote?: string | null } }> } } | null };

export type IncidentResponseDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IncidentResponseDefinitionsQuery = { __typename?: 'Query', responsibility?: { __typename?: 'Responsibility', roles: { __typename?: 'RoleLinkConnection', edges: Array<{ __typename?: 'RoleLinkEdge', statement?: string | null, node: { __typename?: 'Role', name: string }, statementProvenance?: { __typename?: 'Provenance', kind: ProvenanceKind } | null }> } } | null, compareRoles: { __typename?: 'RoleComparison', sharedResponsibilities: Array<{ __typename?: 'SharedResponsibility', responsibility: { __typename?: 'Responsibility', name: string, description: string, descriptionProvenance: { __typename?: 'Provenance', kind: ProvenanceKind } }, first: { __typename?: 'HeldResponsibility', definition?: string | null, role: { __typename?: 'Role', name: string } }, second: { __typename?: 'HeldResponsibility', definition?: string | null, role: { __typename?: 'Role', name: string } } }> } };

export type ManagerEscoOccupationQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerEscoOccupationQuery = { __typename?: 'Query', role?: { __typename?: 'Role', occupationMatches: Array<{ __typename?: 'OccupationMatch', matchType?: OccupationMatchType | null, occupation: { __typename?: 'Occupation', name: string, iscoGroup?: { __typename?: 'IscoGroup', name: string } | null }, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, record?: string | null, rationale?: string | null, source?: { __typename?: 'Source', name: string } | null } }>, externalIds: Array<{ __typename?: 'ExternalId', scheme: ExternalIdScheme, code: string, confidence?: number | null, label?: string | null, derivedFrom?: { __typename?: 'OccupationMatch', matchType?: OccupationMatchType | null } | null }> } | null, entitiesByExternalId: Array<
    | { __typename?: 'Certification', kind: EntityKind, name: string }
    | { __typename?: 'Claim', kind: EntityKind, name: string }
    | { __typename?: 'ComparisonDimension', kind: EntityKind, name: string }
    | { __typename?: 'Competency', kind: EntityKind, name: string }
    | { __typename?: 'IscoGroup', kind: EntityKind, name: string }
    | { __typename?: 'Issuer', kind: EntityKind, name: string }
    | { __typename?: 'ItilFunction', kind: EntityKind, name: string }
    | { __typename?: 'Occupation', kind: EntityKind, name: string }
    | { __typename?: 'Organization', kind: EntityKind, name: string }
    | { __typename?: 'OutlookStatement', kind: EntityKind, name: string }
    | { __typename?: 'Person', kind: EntityKind, name: string }
    | { __typename?: 'Publication', kind: EntityKind, name: string }
    | { __typename?: 'Responsibility', kind: EntityKind, name: string }
    | { __typename?: 'Role', kind: EntityKind, name: string }
    | { __typename?: 'Skill', kind: EntityKind, name: string }
    | { __typename?: 'SkillDomain', kind: EntityKind, name: string }
    | { __typename?: 'SkillGroup', kind: EntityKind, name: string }
    | { __typename?: 'Source', kind: EntityKind, name: string }
    | { __typename?: 'TechnicalArea', kind: EntityKind, name: string }
  > };

export type OccupationsNearSystemAdministratorQueryVariables = Exact<{ [key: string]: never; }>;


export type OccupationsNearSystemAdministratorQuery = { __typename?: 'Query', relatedOccupations: Array<{ __typename?: 'RelatedOccupation', rank: number, sharedCount: number, occupation: { __typename?: 'Occupation', name: string, externalIds: Array<{ __typename?: 'ExternalId', scheme: ExternalIdScheme, code: string }> }, sharedEssentialSkills: Array<{ __typename?: 'Skill', name: string }> }> };

export type CertificationsForSecurityOversightQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificationsForSecurityOversightQuery = { __typename?: 'Query', responsibility?: { __typename?: 'Responsibility', name: string, roles: { __typename?: 'RoleLinkConnection', nodes: Array<{ __typename?: 'Role', name: string }> }, certifications: { __typename?: 'CertificationLinkConnection', edges: Array<{ __typename?: 'CertificationLinkEdge', node: { __typename?: 'Certification', name: string, acronym?: string | null, issuer?: { __typename?: 'Issuer', name: string } | null }, provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null }, evidence: Array<{ __typename?: 'Relationship', relation: Relation, from:
            | { __typename?: 'Certification', name: string }
            | { __typename?: 'Claim', name: string }
            | { __typename?: 'ComparisonDimension', name: string }
            | { __typename?: 'Competency', name: string }
            | { __typename?: 'IscoGroup', name: string }
            | { __typename?: 'Issuer', name: string }
            | { __typename?: 'ItilFunction', name: string }
            | { __typename?: 'Occupation', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'OutlookStatement', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Publication', name: string }
            | { __typename?: 'Responsibility', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Skill', name: string }
            | { __typename?: 'SkillDomain', name: string }
            | { __typename?: 'SkillGroup', name: string }
            | { __typename?: 'Source', name: string }
            | { __typename?: 'TechnicalArea', name: string }
          , to:
            | { __typename?: 'Certification', name: string }
            | { __typename?: 'Claim', name: string }
            | { __typename?: 'ComparisonDimension', name: string }
            | { __typename?: 'Competency', name: string }
            | { __typename?: 'IscoGroup', name: string }
            | { __typename?: 'Issuer', name: string }
            | { __typename?: 'ItilFunction', name: string }
            | { __typename?: 'Occupation', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'OutlookStatement', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Publication', name: string }
            | { __typename?: 'Responsibility', name: string }
            | { __typename?: 'Role', name: string }
            | { __typename?: 'Skill', name: string }
            | { __typename?: 'SkillDomain', name: string }
            | { __typename?: 'SkillGroup', name: string }
            | { __typename?: 'Source', name: string }
            | { __typename?: 'TechnicalArea', name: string }
          , provenance: { __typename?: 'Provenance', kind: ProvenanceKind, quote?: string | null, section?: string | null, rationale?: string | null } }> }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {
  neighborhood(id: $id, depth: $depth, kinds: $kinds) {
    nodes {
      id
      kind
      slug
      name
    }
    edges {
      from
      to
      relation
      statement
      provenance {
        kind
        quote
        section
        rationale
        record
      }
    }
    truncated
  }
}
    `, {"hash":"sha256:04504b313acff942bf3856e1ff75750b829e6afed23b8ba85e621bf3826845ea"}) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const ExplorerFocusDocument = new TypedDocumentString(`
    query ExplorerFocus($slug: String!) {
  role(slug: $slug) {
    id
    kind
  }
  certification(slug: $slug) {
    id
    kind
  }
  skillDomain(slug: $slug) {
    id
    kind
  }
  responsibility(slug: $slug) {
    id
    kind
  }
  issuer(slug: $slug) {
    id
    kind
  }
  itilFunction(slug: $slug) {
    id
    kind
  }
  technicalArea(slug: $slug) {
    id
    kind
  }
  comparisonDimension(slug: $slug) {
    id
    kind
  }
  outlookStatement(slug: $slug) {
    id
    kind
  }
  claim(slug: $slug) {
    id
    kind
  }
  competency(slug: $slug) {
    id
    kind
  }
  person(slug: $slug) {
    id
    kind
  }
  organization(slug: $slug) {
    id
    kind
  }
  publication(slug: $slug) {
    id
    kind
  }
  occupation(slug: $slug) {
    id
    kind
  }
  skill(slug: $slug) {
    id
    kind
  }
  iscoGroup(slug: $slug) {
    id
    kind
  }
  skillGroup(slug: $slug) {
    id
    kind
  }
}
    `, {"hash":"sha256:486bf263edeae5f02002162220de782be64600a6651d323cbd8caeccd269e30c"}) as unknown as TypedDocumentString<ExplorerFocusQuery, ExplorerFocusQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    edges {
      node {
        id
        kind
        slug
        name
      }
      highlight {
        field
        text
        ranges {
          start
          length
        }
      }
    }
  }
}
    `, {"hash":"sha256:ac35880f2406ed290209aa6e1f62e9717a2dae800b7d2e31a4d21cf0d568d350"}) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntityDocument = new TypedDocumentString(`
    query ExplorerEntity($id: ID!) {
  node(id: $id) {
    id
    ... on Entity {
      kind
      slug
      name
      description
      alternativeLabels
      provenance {
        kind
        quote
        section
        rationale
        record
        source {
          name
        }
      }
    }
    ... on Certification {
      acronym
      issuer {
        id
        name
      }
    }
    ... on Source {
      title
      author
    }
  }
}
    `, {"hash":"sha256:49c33b8c3b6b1452a6bed2c4fc5ba332f1c6703d6f90c144642820d4dc3aaa06"}) as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
    length
    steps {
      from {
        id
        kind
        slug
        name
      }
      relation
      to {
        id
        kind
        slug
        name
      }
      provenance {
        kind
        quote
        section
        rationale
        record
      }
      relationship {
        relation
      }
    }
  }
}
    `, {"hash":"sha256:ff505fd82d303c6245a224a355205ae7d38af49dc135192ef7154faaabfd5168"}) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerChoicesDocument = new TypedDocumentString(`
    query ExplorerChoices {
  roles(first: 100) {
    nodes {
      slug
      name
    }
  }
  certifications(first: 100) {
    nodes {
      slug
      name
      acronym
    }
  }
}
    `, {"hash":"sha256:34a838cb88c953873e2feb72c29f58bcb98946b27ed90d449e3de6a6115ca0c5"}) as unknown as TypedDocumentString<ExplorerChoicesQuery, ExplorerChoicesQueryVariables>;
export const ExplorerCompareRolesDocument = new TypedDocumentString(`
    query ExplorerCompareRoles($first: String!, $second: String!) {
  compareRoles(first: $first, second: $second) {
    first {
      id
      name
    }
    second {
      id
      name
    }
    sharedResponsibilities {
      responsibility {
        id
        name
      }
      first {
        definition
      }
      second {
        definition
      }
    }
    responsibilitiesOnlyFirst {
      responsibility {
        id
        name
      }
      definition
    }
    responsibilitiesOnlySecond {
      responsibility {
        id
        name
      }
      definition
    }
    sharedSkillDomains {
      id
      name
    }
    skillDomainsOnlyFirst {
      id
      name
    }
    skillDomainsOnlySecond {
      id
      name
    }
    sharedCertifications {
      id
      name
    }
    certificationsOnlyFirst {
      id
      name
    }
    certificationsOnlySecond {
      id
      name
    }
    dimensions {
      dimension {
        id
        name
      }
      first {
        statement
        provenance {
          kind
          quote
          section
        }
      }
      second {
        statement
        provenance {
          kind
          quote
          section
        }
      }
    }
  }
}
    `, {"hash":"sha256:145fbff5544d9e7fc7e1f42a275b72a43ab61d1ea25b9b4422d4a358ec684e52"}) as unknown as TypedDocumentString<ExplorerCompareRolesQuery, ExplorerCompareRolesQueryVariables>;
export const ExplorerSkillGapDocument = new TypedDocumentString(`
    query ExplorerSkillGap($role: String!, $held: [String!]!) {
  skillGap(role: $role, heldCertifications: $held) {
    role {
      id
      name
    }
    coveredSkillDomains {
      id
      name
    }
    missingSkillDomains {
      id
      name
    }
    uncoverableSkillDomains {
      id
      name
    }
    coveredResponsibilities {
      responsibility {
        id
        name
      }
      definition
    }
    missingResponsibilities {
      responsibility {
        id
        name
      }
      definition
    }
    recommendedCertifications {
      rank
      inSmallestCover
      certification {
        id
        name
        acronym
      }
      closes {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:7f9cc3e410ee4b46cbe171c53a45fb790bdc44a3cce9db322ef9752b737bb9de"}) as unknown as TypedDocumentString<ExplorerSkillGapQuery, ExplorerSkillGapQueryVariables>;
export const ManagerResponsibilitiesDocument = new TypedDocumentString(`
    query ManagerResponsibilities {
  role(slug: "it-operations-manager") {
    responsibilities {
      totalCount
      edges {
        node {
          name
        }
        provenance {
          quote
          section
        }
      }
    }
  }
}
    `, {"hash":"sha256:4bd452e79eb96044d197a41ad783332844ef60d6efe525da8eb8bf118be6e205"}) as unknown as TypedDocumentString<ManagerResponsibilitiesQuery, ManagerResponsibilitiesQueryVariables>;
export const ComparisonDimensionsDocument = new TypedDocumentString(`
    query ComparisonDimensions {
  comparisonDimensions {
    nodes {
      name
      stances {
        edges {
          node {
            name
          }
          statement
          provenance {
            quote
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:4c40688257f5bab274271bb4843a7148d5b55e4a4902d9217e2584d3dbb4cbfb"}) as unknown as TypedDocumentString<ComparisonDimensionsQuery, ComparisonDimensionsQueryVariables>;
export const CompTiaCertificationsDocument = new TypedDocumentString(`
    query CompTiaCertifications {
  issuer(slug: "comptia") {
    certifications {
      nodes {
        name
        roles {
          nodes {
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:ea975a5b51da0e9df1ebce237dfa94d2cfcc5136856b7d1bfc6aae071364c103"}) as unknown as TypedDocumentString<CompTiaCertificationsQuery, CompTiaCertificationsQueryVariables>;
export const SkillDomainsByRoleDocument = new TypedDocumentString(`
    query SkillDomainsByRole {
  skillDomains {
    nodes {
      name
      roles {
        nodes {
          name
        }
      }
      certifications {
        totalCount
      }
    }
  }
}
    `, {"hash":"sha256:3c8c53ee22b8a1ef48c00fade033d5ae268e418891bd77132fae866e9f319340"}) as unknown as TypedDocumentString<SkillDomainsByRoleQuery, SkillDomainsByRoleQueryVariables>;
export const SearchSecurityPlusDocument = new TypedDocumentString(`
    query SearchSecurityPlus {
  search(query: "Security+", first: 3) {
    edges {
      score
      node {
        kind
        name
      }
      highlight {
        field
        text
        ranges {
          start
          length
        }
      }
    }
  }
}
    `, {"hash":"sha256:0358f4a82b84a9e0baa73a9f14f711168e9cf592679c4cf6cd34c54b55253903"}) as unknown as TypedDocumentString<SearchSecurityPlusQuery, SearchSecurityPlusQueryVariables>;
export const CompareManagerAndSpecialistDocument = new TypedDocumentString(`
    query CompareManagerAndSpecialist {
  compareRoles(first: "it-operations-manager", second: "it-operations-specialist") {
    sharedResponsibilities {
      responsibility {
        name
      }
      first {
        definition
      }
      second {
        definition
      }
    }
    responsibilitiesOnlyFirst {
      responsibility {
        name
      }
    }
    responsibilitiesOnlySecond {
      responsibility {
        name
      }
    }
    skillDomainsOnlyFirst {
      name
    }
    certificationsOnlySecond {
      name
    }
    dimensions {
      dimension {
        name
      }
      first {
        statement
      }
      second {
        statement
        provenance {
          quote
        }
      }
    }
  }
}
    `, {"hash":"sha256:a53f4b1f1b7c929b7084a104019b7fe5750290a3450ab91e03890c1e13fd0d11"}) as unknown as TypedDocumentString<CompareManagerAndSpecialistQuery, CompareManagerAndSpecialistQueryVariables>;
export const SkillGapFromCisspDocument = new TypedDocumentString(`
    query SkillGapFromCissp {
  skillGap(role: "it-operations-manager", heldCertifications: ["cissp"]) {
    coveredSkillDomains {
      name
    }
    missingSkillDomains {
      name
    }
    uncoverableSkillDomains {
      name
    }
    missingResponsibilities {
      responsibility {
        name
      }
      definition
    }
    recommendedCertifications {
      rank
      inSmallestCover
      certification {
        name
      }
      closes {
        name
      }
    }
  }
}
    `, {"hash":"sha256:3672013a4d7dcee0d7b0bc792609ad9b56fe4b1f129bab46c759fc591026555c"}) as unknown as TypedDocumentString<SkillGapFromCisspQuery, SkillGapFromCisspQueryVariables>;
export const PathsFromCcnaToManagerDocument = new TypedDocumentString(`
    query PathsFromCcnaToManager($from: ID!, $to: ID!) {
  paths(from: $from, to: $to) {
    length
    steps {
      from {
        name
      }
      relation
      to {
        name
      }
      provenance {
        kind
        quote
        rationale
      }
    }
  }
}
    `, {"hash":"sha256:6c11c524ec8c84b7965082f123ffc8293a673e6dab011f88332ec164e707c8a3"}) as unknown as TypedDocumentString<PathsFromCcnaToManagerQuery, PathsFromCcnaToManagerQueryVariables>;
export const ManagerNeighborhoodDocument = new TypedDocumentString(`
    query ManagerNeighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, kinds: [ROLE, SKILL_DOMAIN, CERTIFICATION]) {
    nodes {
      id
      kind
      name
    }
    edges {
      from
      to
      relation
      provenance {
        kind
      }
    }
  }
}
    `, {"hash":"sha256:f18ba1da143327dcc3dc717f20d01e0b001dda8cab32df34144adbaba57587da"}) as unknown as TypedDocumentString<ManagerNeighborhoodQuery, ManagerNeighborhoodQueryVariables>;
export const WhatAManagerMustUnderstandDocument = new TypedDocumentString(`
    query WhatAManagerMustUnderstand {
  role(slug: "it-operations-manager") {
    technicalAreas(need: [MUST_UNDERSTAND]) {
      edges {
        need
        node {
          name
        }
        statement
        statementProvenance {
          kind
        }
        provenance {
          quote
        }
      }
    }
  }
}
    `, {"hash":"sha256:55d4c143c9c04e809a62d299eb356681a5b8ac1bffd709086416fd75ba31b615"}) as unknown as TypedDocumentString<WhatAManagerMustUnderstandQuery, WhatAManagerMustUnderstandQueryVariables>;
export const SpecialistOutlookDocument = new TypedDocumentString(`
    query SpecialistOutlook {
  role(slug: "it-operations-specialist") {
    outlook {
      nodes {
        name
        horizon
        topPercent
        expertise {
          nodes {
            name
          }
        }
        reportedBy {
          name
        }
        provenance {
          quote
        }
      }
    }
  }
}
    `, {"hash":"sha256:c549372274ffb3f41f70483791af42a2cff146079f373ff0fee420714b67c917"}) as unknown as TypedDocumentString<SpecialistOutlookQuery, SpecialistOutlookQueryVariables>;
export const IncidentResponseDefinitionsDocument = new TypedDocumentString(`
    query IncidentResponseDefinitions {
  responsibility(slug: "incident-response") {
    roles {
      edges {
        node {
          name
        }
        statement
        statementProvenance {
          kind
        }
      }
    }
  }
  compareRoles(first: "it-operations-manager", second: "it-operations-specialist") {
    sharedResponsibilities {
      responsibility {
        name
        description
        descriptionProvenance {
          kind
        }
      }
      first {
        role {
          name
        }
        definition
      }
      second {
        role {
          name
        }
        definition
      }
    }
  }
}
    `, {"hash":"sha256:89a5625c6ea90b66b9b77016914ade9e10801a8102904f0929fbf4c1051c0d86"}) as unknown as TypedDocumentString<IncidentResponseDefinitionsQuery, IncidentResponseDefinitionsQueryVariables>;
export const ManagerEscoOccupationDocument = new TypedDocumentString(`
    query ManagerEscoOccupation {
  role(slug: "it-operations-manager") {
    occupationMatches {
      matchType
      occupation {
        name
        iscoGroup {
          name
        }
      }
      provenance {
        kind
        record
        rationale
        source {
          name
        }
      }
    }
    externalIds {
      scheme
      code
      confidence
      label
      derivedFrom {
        matchType
      }
    }
  }
  entitiesByExternalId(scheme: ONET_SOC_2010, code: "11-3021.00") {
    kind
    name
  }
}
    `, {"hash":"sha256:573757b14186601f50d825499acbc424498d82ad62318672397f615d56f65860"}) as unknown as TypedDocumentString<ManagerEscoOccupationQuery, ManagerEscoOccupationQueryVariables>;
export const OccupationsNearSystemAdministratorDocument = new TypedDocumentString(`
    query OccupationsNearSystemAdministrator {
  relatedOccupations(
    uri: "http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300"
    first: 5
  ) {
    rank
    sharedCount
    occupation {
      name
      externalIds {
        scheme
        code
      }
    }
    sharedEssentialSkills {
      name
    }
  }
}
    `, {"hash":"sha256:c83cde66cfedb6f29f099aefbf114199f09e8d709e33d353747ae28955c03566"}) as unknown as TypedDocumentString<OccupationsNearSystemAdministratorQuery, OccupationsNearSystemAdministratorQueryVariables>;
export const CertificationsForSecurityOversightDocument = new TypedDocumentString(`
    query CertificationsForSecurityOversight {
  responsibility(slug: "security-oversight") {
    name
    roles {
      nodes {
        name
      }
    }
    certifications {
      edges {
        node {
          name
          acronym
          issuer {
            name
          }
        }
        provenance {
          kind
          quote
          section
        }
        evidence {
          from {
            name
          }
          relation
          to {
            name
          }
          provenance {
            kind
            quote
            section
            rationale
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:d2551b184a6aa7110dd4ce62f9c5e6907e5d872b4f15c7ec9df128ec207d9c59"}) as unknown as TypedDocumentString<CertificationsForSecurityOversightQuery, CertificationsForSecurityOversightQueryVariables>;