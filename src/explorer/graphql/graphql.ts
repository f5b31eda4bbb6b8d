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

/** An API key: never its secret, which only its creator saw once. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The key’s id (the part of the key after `kg_`). */
  id: Scalars['String']['output'];
  /** Who or what the key is for. */
  label: Scalars['String']['output'];
  /** When it was revoked (ISO 8601), or null while it is valid. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** What the key may do. */
  scope: Scope;
};

/** A professional certification, grouped under skill domains as the source recommends it. */
export type Certification = Entity & Node & {
  __typename?: 'Certification';
  /** The acronym the source gives for it (e.g. CISSP); null where the source gives none. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** ESCO skills and knowledge concepts the certification attests (curated, with rationale). */
  escoSkills: SkillLinkConnection;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The organisation that issues it (curated: see `Issuer.certifications` edges for the rationale). */
  issuer?: Maybe<Issuer>;
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Responsibilities it helps carry out, through its skill domains (`evidence` shows each step). */
  responsibilities: ResponsibilityLinkConnection;
  /** Roles it is recommended for, through its skill domains (`evidence` shows each step). */
  roles: RoleLinkConnection;
  /** Skill domains the source lists it under. */
  skillDomains: SkillDomainLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A professional certification, grouped under skill domains as the source recommends it. */
export type CertificationEscoSkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A professional certification, grouped under skill domains as the source recommends it. */
export type CertificationResponsibilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A professional certification, grouped under skill domains as the source recommends it. */
export type CertificationRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A professional certification, grouped under skill domains as the source recommends it. */
export type CertificationSkillDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of certifications. */
export type CertificationConnection = {
  __typename?: 'CertificationConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<CertificationEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Certification>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of certifications. */
export type CertificationEdge = {
  __typename?: 'CertificationEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Certification;
};

/** A page of certifications related to an entity, each edge with the evidence for the relationship. */
export type CertificationLinkConnection = {
  __typename?: 'CertificationLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<CertificationLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Certification>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A certification related to the entity, with the relationship’s provenance. */
export type CertificationLinkEdge = {
  __typename?: 'CertificationLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Certification;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** A certification that would close part of a skill gap. */
export type CertificationRecommendation = {
  __typename?: 'CertificationRecommendation';
  /** The certification. */
  certification: Certification;
  /** The missing skill domains it covers. */
  closes: Array<SkillDomain>;
  /** True for the leading recommendations: together they cover every coverable missing skill domain with a smallest set of certifications (with a near-smallest one when `SkillGap.smallestCoverProven` is false). */
  inSmallestCover: Scalars['Boolean']['output'];
  /** Position in the recommendation (1 is first). */
  rank: Scalars['Int']['output'];
};

/** One curation change, as the audit log recorded it: who, when, what, and the record before and after. */
export type Change = {
  __typename?: 'Change';
  /** What the change did. */
  action: ChangeAction;
  /** Who made it: the id of the API key, or `jwt:` and the subject (`sub`) of the identity provider’s token. */
  actorKeyId: Scalars['String']['output'];
  /** The label of the API key that made it, or the token’s user name and the identity provider’s host. */
  actorLabel: Scalars['String']['output'];
  /** The record after the change, as JSON; null when the change removed it. */
  after?: Maybe<Scalars['String']['output']>;
  /** When it was made (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** The record before the change, as JSON; null when the change created it. */
  before?: Maybe<Scalars['String']['output']>;
  /** The change’s number in the audit log (increasing). */
  id: Scalars['ID']['output'];
  /** The store id of the entity or relationship changed. */
  subjectId: Scalars['String']['output'];
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

/** A page of the audit log, newest first. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<ChangeEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Change>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One change of the audit log. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Change;
};

/** A statement a source makes that no typed relation holds (“IT operations are a cornerstone of every business’s infrastructure”), with the roles and ITIL functions it is about. Its provenance quotes the source. */
export type Claim = Entity & Node & {
  __typename?: 'Claim';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** ITIL functions the claim is about. */
  itilFunctions: ItilFunctionLinkConnection;
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Roles the claim is about. */
  roles: RoleLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A statement a source makes that no typed relation holds (“IT operations are a cornerstone of every business’s infrastructure”), with the roles and ITIL functions it is about. Its provenance quotes the source. */
export type ClaimItilFunctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A statement a source makes that no typed relation holds (“IT operations are a cornerstone of every business’s infrastructure”), with the roles and ITIL functions it is about. Its provenance quotes the source. */
export type ClaimRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<ClaimEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Claim>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of claims. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Claim;
};

/** A page of claims related to an entity, each edge with the evidence for the relationship. */
export type ClaimLinkConnection = {
  __typename?: 'ClaimLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<ClaimLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Claim>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A claim related to the entity, with the relationship’s provenance. */
export type ClaimLinkEdge = {
  __typename?: 'ClaimLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Claim;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** A dimension along which the source says the roles differ (leadership, strategy, …). */
export type ComparisonDimension = Entity & Node & {
  __typename?: 'ComparisonDimension';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Each role’s stance on this dimension: the edge’s `statement` gives it, its provenance quotes the source. */
  stances: RoleLinkConnection;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A dimension along which the source says the roles differ (leadership, strategy, …). */
export type ComparisonDimensionStancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of comparison dimensions. */
export type ComparisonDimensionConnection = {
  __typename?: 'ComparisonDimensionConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<ComparisonDimensionEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<ComparisonDimension>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of comparison dimensions. */
export type ComparisonDimensionEdge = {
  __typename?: 'ComparisonDimensionEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ComparisonDimension;
};

/** A page of comparison dimensions related to an entity, each edge with the evidence for the relationship. */
export type ComparisonDimensionLinkConnection = {
  __typename?: 'ComparisonDimensionLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<ComparisonDimensionLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<ComparisonDimension>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A comparisonDimension related to the entity, with the relationship’s provenance. */
export type ComparisonDimensionLinkEdge = {
  __typename?: 'ComparisonDimensionLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: ComparisonDimension;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** A kind of skill or quality the source says a role should have or emphasise (managerial skills, problem-solving, adaptability). */
export type Competency = Entity & Node & {
  __typename?: 'Competency';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Roles the source says should have or emphasise the competency; each edge’s `statement` says how. */
  roles: RoleLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A kind of skill or quality the source says a role should have or emphasise (managerial skills, problem-solving, adaptability). */
export type CompetencyRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of competencies. */
export type CompetencyConnection = {
  __typename?: 'CompetencyConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<CompetencyEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Competency>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of competencies. */
export type CompetencyEdge = {
  __typename?: 'CompetencyEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Competency;
};

/** A page of competencies related to an entity, each edge with the evidence for the relationship. */
export type CompetencyLinkConnection = {
  __typename?: 'CompetencyLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<CompetencyLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Competency>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A competency related to the entity, with the relationship’s provenance. */
export type CompetencyLinkEdge = {
  __typename?: 'CompetencyLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Competency;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** The change conflicts with the graph as it is now: the record changed since you read it (`expectedVersion` is stale), or another record holds the slug or relationship it would create (perhaps made at the same moment). */
export type ConflictError = MutationError & {
  __typename?: 'ConflictError';
  /** The version now of the record in the way (0 when it no longer exists): reload it, then apply your change again. */
  currentVersion: Scalars['Int']['output'];
  /** What was wrong, and what to change. */
  message: Scalars['String']['output'];
};

/** The new key, or why none was made. */
export type CreateApiKeyResult = ForbiddenError | NewApiKey | ValidationError;

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

/** The created entity, or why nothing was created. */
export type CreateEntityResult = ConflictError | EntityChange | ForbiddenError | NotFoundError | ValidationError;

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

/** The new source, or why nothing was created. */
export type CreateSourceResult = ConflictError | ForbiddenError | NotFoundError | SourceChange | ValidationError;

/** Deprecates an entity: it stays resolvable, is marked, and lists leave it out unless asked. */
export type DeprecateEntityInput = {
  /** The `version` you read; a stale one is a ConflictError and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The entity’s ID. */
  id: Scalars['ID']['input'];
  /** The ID of the entity (of the same kind) that replaces it. */
  replacedBy?: InputMaybe<Scalars['ID']['input']>;
};

/** The deprecated entity, or why nothing changed. */
export type DeprecateEntityResult = ConflictError | EntityChange | ForbiddenError | NotFoundError | ValidationError;

/** Two roles side by side on one dimension along which roles differ. */
export type DimensionComparison = {
  __typename?: 'DimensionComparison';
  /** The dimension. */
  dimension: ComparisonDimension;
  /** The first role’s stance; null where the source gives none. */
  first?: Maybe<RoleStance>;
  /** The second role’s stance; null where the source gives none. */
  second?: Maybe<RoleStance>;
};

/** An entity of the knowledge graph: a role, responsibility, skill domain, certification, issuer, ITIL function, … */
export type Entity = {
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};

/** A curation change to an entity that was made: the entity as it is now, and the audit-log entry. */
export type EntityChange = {
  __typename?: 'EntityChange';
  /** The audit-log entry of the change. */
  change: Change;
  /** The entity after the change. */
  entity: Entity;
};

/** A page of entities of any kind. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<EntityEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Entity>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of entities. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Entity;
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

/** An identifier of an entity in a classification other systems join on (ESCO, ISCO-08, O*NET-SOC 2010). An occupation’s are its own, imported with it; a role’s are derived from the occupations it matches EXACT or CLOSE (`derivedFrom`). */
export type ExternalId = {
  __typename?: 'ExternalId';
  /** The identifier in the classification (an ESCO concept URI, `1330`, `11-3021.00`). */
  code: Scalars['String']['output'];
  /** O*NET-SOC: the confidence Nesta’s crosswalk gives the match of the ESCO occupation to the O*NET occupation (2 highest, then 1, then 0.5). Null for the other schemes. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** For a role: the occupation match the identifier comes through (the role carries the identifiers of the occupations it matches EXACT or CLOSE). Null for an entity’s own identifier. */
  derivedFrom?: Maybe<OccupationMatch>;
  /** The classification’s name for it, where the data gives one (the O*NET occupation’s title). */
  label?: Maybe<Scalars['String']['output']>;
  /** The classification. */
  scheme: ExternalIdScheme;
  /** The identifier’s URI where the classification gives one (ESCO, ISCO-08 as ESCO publishes it), else null. */
  uri?: Maybe<Scalars['String']['output']>;
};

/** A classification other systems identify occupations by. */
export type ExternalIdScheme =
  /** ESCO: the concept URI (`code` and `uri` are both the URI). */
  | 'ESCO'
  /** ISCO-08, the International Standard Classification of Occupations: a unit group code (`1330`). */
  | 'ISCO_08'
  /** O*NET-SOC, 2010 taxonomy (`11-3021.00`), from Nesta’s ESCO–O*NET crosswalk (Nov 2020), with its `confidence`. Codes of the 2019 taxonomy differ for some occupations. */
  | 'ONET_SOC_2010';

/** The request’s API key is missing, wrong, revoked, or lacks the scope the mutation needs. */
export type ForbiddenError = MutationError & {
  __typename?: 'ForbiddenError';
  /** What was wrong, and what to change. */
  message: Scalars['String']['output'];
};

/** A key responsibility as one role holds it, in that role’s words: the same responsibility can mean different work to different roles (incident response is disaster recovery to the manager, troubleshooting to the specialist). */
export type HeldResponsibility = {
  __typename?: 'HeldResponsibility';
  /** What the responsibility means for this role, in the source’s words where `definitionProvenance` is STATED (the relationship’s `statement`); null when the source gives the role no definition of its own. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Whose words `definition` is (the relationship’s `statementProvenance`); null when there is no definition. */
  definitionProvenance?: Maybe<Provenance>;
  /** The role’s HOLDS_RESPONSIBILITY relationship, with the source’s words for it (`provenance`). */
  relationship: Relationship;
  /** The responsibility. */
  responsibility: Responsibility;
  /** The role holding the responsibility. */
  role: Role;
};

/** A group of ISCO-08, the International Standard Classification of Occupations (International Labour Organization), as ESCO publishes it: major, sub-major, minor or unit group. */
export type IscoGroup = Entity & Node & {
  __typename?: 'IscoGroup';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** The broader ISCO-08 group this one belongs to, or null for a major group. */
  broader?: Maybe<IscoGroup>;
  /** The ISCO-08 code: one digit for a major group (`1`), two for a sub-major (`13`), three for a minor (`133`), four for a unit group (`1330`). Null only for a group a curator added without one. */
  code?: Maybe<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** The ISCO-08 groups directly under this one. */
  narrower: IscoGroupLinkConnection;
  /** ESCO occupations in the group. */
  occupations: OccupationLinkConnection;
  /** ESCO’s preferred label (English) for the ISCO-08 group: the same as `name`, under ESCO’s (SKOS) name. */
  preferredLabel: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** The ESCO concept URI of the ISCO-08 group (what other systems join on); null only for one a curator added without one. */
  uri?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A group of ISCO-08, the International Standard Classification of Occupations (International Labour Organization), as ESCO publishes it: major, sub-major, minor or unit group. */
export type IscoGroupNarrowerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A group of ISCO-08, the International Standard Classification of Occupations (International Labour Organization), as ESCO publishes it: major, sub-major, minor or unit group. */
export type IscoGroupOccupationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of ISCO groups. */
export type IscoGroupConnection = {
  __typename?: 'IscoGroupConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<IscoGroupEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<IscoGroup>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of ISCO groups. */
export type IscoGroupEdge = {
  __typename?: 'IscoGroupEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: IscoGroup;
};

/** A page of ISCO groups related to an entity, each edge with the evidence for the relationship. */
export type IscoGroupLinkConnection = {
  __typename?: 'IscoGroupLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<IscoGroupLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<IscoGroup>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A iscoGroup related to the entity, with the relationship’s provenance. */
export type IscoGroupLinkEdge = {
  __typename?: 'IscoGroupLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: IscoGroup;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** An organisation that issues certifications (curated: the source names certifications, not their issuers). */
export type Issuer = Entity & Node & {
  __typename?: 'Issuer';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Certifications it issues; each edge’s provenance gives the maintainers’ rationale. */
  certifications: CertificationLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Study guides for the issuer’s certifications. */
  studyGuides: PublicationLinkConnection;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** An organisation that issues certifications (curated: the source names certifications, not their issuers). */
export type IssuerCertificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation that issues certifications (curated: the source names certifications, not their issuers). */
export type IssuerStudyGuidesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of issuers. */
export type IssuerConnection = {
  __typename?: 'IssuerConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<IssuerEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Issuer>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of issuers. */
export type IssuerEdge = {
  __typename?: 'IssuerEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Issuer;
};

/** A page of issuers related to an entity, each edge with the evidence for the relationship. */
export type IssuerLinkConnection = {
  __typename?: 'IssuerLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<IssuerLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Issuer>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A issuer related to the entity, with the relationship’s provenance. */
export type IssuerLinkEdge = {
  __typename?: 'IssuerLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Issuer;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** A function of the ITIL framework as the source lists it. These are ITIL v3/2011 Service Operation functions; ITIL 4 replaced functions with 34 practices. */
export type ItilFunction = Entity & Node & {
  __typename?: 'ItilFunction';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Claims the source makes about the function. */
  claims: ClaimLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Which ITIL edition and book the function belongs to: "ITIL v3/2011 Service Operation function" (curated label). */
  framework: Scalars['String']['output'];
  /** Where `framework` comes from: CURATED, the maintainers’ label, with why. */
  frameworkProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** The function’s core responsibilities, in the source’s order. */
  responsibilities: ResponsibilityLinkConnection;
  /** Roles that work in the function. */
  roles: RoleLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A function of the ITIL framework as the source lists it. These are ITIL v3/2011 Service Operation functions; ITIL 4 replaced functions with 34 practices. */
export type ItilFunctionClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A function of the ITIL framework as the source lists it. These are ITIL v3/2011 Service Operation functions; ITIL 4 replaced functions with 34 practices. */
export type ItilFunctionResponsibilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A function of the ITIL framework as the source lists it. These are ITIL v3/2011 Service Operation functions; ITIL 4 replaced functions with 34 practices. */
export type ItilFunctionRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of ITIL functions. */
export type ItilFunctionConnection = {
  __typename?: 'ItilFunctionConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<ItilFunctionEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<ItilFunction>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of ITIL functions. */
export type ItilFunctionEdge = {
  __typename?: 'ItilFunctionEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ItilFunction;
};

/** A page of ITIL functions related to an entity, each edge with the evidence for the relationship. */
export type ItilFunctionLinkConnection = {
  __typename?: 'ItilFunctionLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<ItilFunctionLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<ItilFunction>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A itilFunction related to the entity, with the relationship’s provenance. */
export type ItilFunctionLinkEdge = {
  __typename?: 'ItilFunctionLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: ItilFunction;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

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

/** The new relationship, or why nothing was created. */
export type LinkEntitiesResult = ConflictError | ForbiddenError | NotFoundError | RelationshipChange | ValidationError;

/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an API key (needs the `admin` scope). */
  createApiKey: CreateApiKeyResult;
  /** Creates an entity of any kind but Source (a source needs its text: `createSource`). */
  createEntity: CreateEntityResult;
  /** Adds a source: a document with its full text (and, where known, author, URL, publication date and licence), which STATED provenance can then cite. Its own provenance is CURATED, with the curators’ `rationale`. */
  createSource: CreateSourceResult;
  /** Deprecates an entity, optionally naming its replacement. Nothing is ever deleted. */
  deprecateEntity: DeprecateEntityResult;
  /** Creates a relationship; its provenance is required (STATED: quote and source; CURATED: rationale). */
  linkEntities: LinkEntitiesResult;
  /** Undoes an earlier change (needs the `admin` scope), provided its subject has not changed since: restores the fields before an update or deprecation, puts back a removed relationship or entity, removes a created relationship or an entity nothing refers to. The undoing is itself recorded, and is a change like any other: reverting it reapplies what the original change made, under the same checks. */
  revertChange: RevertChangeResult;
  /** Revokes an API key at once (needs the `admin` scope). */
  revokeApiKey: RevokeApiKeyResult;
  /** Removes a relationship. The audit log keeps it, and `revertChange` can restore it. */
  unlinkEntities: UnlinkEntitiesResult;
  /** Changes an entity’s fields, if it is still at `expectedVersion`. */
  updateEntity: UpdateEntityResult;
};


/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type MutationCreateApiKeyArgs = {
  label: Scalars['String']['input'];
  scope: Scope;
};


/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type MutationCreateSourceArgs = {
  input: CreateSourceInput;
};


/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type MutationDeprecateEntityArgs = {
  input: DeprecateEntityInput;
};


/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type MutationLinkEntitiesArgs = {
  input: LinkEntitiesInput;
};


/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type MutationRevertChangeArgs = {
  id: Scalars['ID']['input'];
};


/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['String']['input'];
};


/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type MutationUnlinkEntitiesArgs = {
  input: UnlinkEntitiesInput;
};


/** Curate the knowledge graph. Every mutation needs an API key with the `edit` scope, is one transaction, and is recorded in the audit log. */
export type MutationUpdateEntityArgs = {
  input: UpdateEntityInput;
};

/** Why a curation mutation was refused. Nothing was written. */
export type MutationError = {
  /** What was wrong, and what to change. */
  message: Scalars['String']['output'];
};

/** The part of the graph around one entity: what a picture of the graph is drawn from. */
export type Neighborhood = {
  __typename?: 'Neighborhood';
  /** The relationships between them; both ends of each are among `nodes`. */
  edges: Array<NeighborhoodEdge>;
  /** The entities: the centre first, then by distance from it, then by name. */
  nodes: Array<Entity>;
  /** True when the neighbourhood was cut: at 500 entities, or after reading 5,000 relationships (around entities with very many). */
  truncated: Scalars['Boolean']['output'];
};

/** A relationship of a neighbourhood, its ends given by ID (both are among the neighbourhood’s nodes). */
export type NeighborhoodEdge = {
  __typename?: 'NeighborhoodEdge';
  /** ID of the entity the relationship starts from. */
  from: Scalars['ID']['output'];
  /** Where the relationship comes from. */
  provenance: Provenance;
  /** What kind of relationship this is, read from `from` to `to`. */
  relation: Relation;
  /** The maintainers’ short statement of the relationship, where it has one. */
  statement?: Maybe<Scalars['String']['output']>;
  /** ID of the entity the relationship points to. */
  to: Scalars['ID']['output'];
};

/** A key just created. `key` is shown this once: only its hash is stored. */
export type NewApiKey = {
  __typename?: 'NewApiKey';
  /** The key’s record. */
  apiKey: ApiKey;
  /** The key to send as `Authorization: Bearer <key>`. Keep it: it cannot be shown again. */
  key: Scalars['String']['output'];
};

/** An object with an ID that `node(id:)` fetches again; every knowledge-graph entity is one. */
export type Node = {
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
};

/** An entity or relationship the input names does not exist. */
export type NotFoundError = MutationError & {
  __typename?: 'NotFoundError';
  /** What was wrong, and what to change. */
  message: Scalars['String']['output'];
};

/** An occupation of ESCO (v1.1.1 and later), the European Commission’s multilingual classification of occupations and skills, imported with its labels, ISCO-08 group and skills. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type Occupation = Entity & Node & {
  __typename?: 'Occupation';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Broader occupations in ESCO’s hierarchy. */
  broader: OccupationLinkConnection;
  /** ESCO’s code for the occupation: its ISCO-08 unit group’s code and its place under it (`1330.5`, or `2512.4.1` under a broader occupation); null when ESCO gives none. */
  code?: Maybe<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Skills and knowledge ESCO lists as essential for the occupation. */
  essentialSkills: SkillLinkConnection;
  /** The occupation’s identifiers: its ESCO URI, its ISCO-08 unit group and the O*NET-SOC 2010 occupations Nesta’s crosswalk matches it to (with the crosswalk’s confidence). */
  externalIds: Array<ExternalId>;
  /** Labels ESCO keeps for search only, not for display (old names, misspellings, product names): search finds the entity by them. */
  hiddenLabels: Array<Scalars['String']['output']>;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The ISCO-08 unit group the occupation belongs to. */
  iscoGroup?: Maybe<IscoGroup>;
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Narrower occupations in ESCO’s hierarchy. */
  narrower: OccupationLinkConnection;
  /** Skills and knowledge ESCO lists as optional for the occupation. */
  optionalSkills: SkillLinkConnection;
  /** ESCO’s preferred label (English) for the occupation: the same as `name`, under ESCO’s (SKOS) name. */
  preferredLabel: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** The article’s roles that correspond to the occupation; each edge’s `matchType` says how closely. */
  roles: RoleLinkConnection;
  /** Every skill ESCO lists for the occupation; each edge’s `requirement` says essential or optional. */
  skills: SkillLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** The ESCO concept URI of the occupation (what other systems join on); null only for one a curator added without one. */
  uri?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** An occupation of ESCO (v1.1.1 and later), the European Commission’s multilingual classification of occupations and skills, imported with its labels, ISCO-08 group and skills. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type OccupationBroaderArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An occupation of ESCO (v1.1.1 and later), the European Commission’s multilingual classification of occupations and skills, imported with its labels, ISCO-08 group and skills. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type OccupationEssentialSkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An occupation of ESCO (v1.1.1 and later), the European Commission’s multilingual classification of occupations and skills, imported with its labels, ISCO-08 group and skills. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type OccupationNarrowerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An occupation of ESCO (v1.1.1 and later), the European Commission’s multilingual classification of occupations and skills, imported with its labels, ISCO-08 group and skills. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type OccupationOptionalSkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An occupation of ESCO (v1.1.1 and later), the European Commission’s multilingual classification of occupations and skills, imported with its labels, ISCO-08 group and skills. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type OccupationRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  matchType?: InputMaybe<Array<OccupationMatchType>>;
};


/** An occupation of ESCO (v1.1.1 and later), the European Commission’s multilingual classification of occupations and skills, imported with its labels, ISCO-08 group and skills. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type OccupationSkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  requirement?: InputMaybe<Array<SkillRequirement>>;
};

/** A page of occupations. */
export type OccupationConnection = {
  __typename?: 'OccupationConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<OccupationEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Occupation>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of occupations. */
export type OccupationEdge = {
  __typename?: 'OccupationEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Occupation;
};

/** A page of occupations related to an entity, each edge with the evidence for the relationship. */
export type OccupationLinkConnection = {
  __typename?: 'OccupationLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<OccupationLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Occupation>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A occupation related to the entity, with the relationship’s provenance. */
export type OccupationLinkEdge = {
  __typename?: 'OccupationLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** For a MATCHES_OCCUPATION relationship (Role → Occupation): how closely a role corresponds to an ESCO occupation, as a SKOS mapping relation. Null on relationships of other relations, and where the source does not say (OccupationMatchType). */
  matchType?: Maybe<OccupationMatchType>;
  /** The item. */
  node: Occupation;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** For a REQUIRES_SKILL relationship (Occupation → Skill): whether ESCO lists a skill as essential or optional for an occupation. Null on relationships of other relations, and where the source does not say (SkillRequirement). */
  requirement?: Maybe<SkillRequirement>;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** A role’s correspondence to an ESCO occupation, as a SKOS mapping relation, with its citation: ESCO’s own record where it supports the match (IMPORTED), else the maintainers’ rationale (CURATED). */
export type OccupationMatch = {
  __typename?: 'OccupationMatch';
  /** How closely the role corresponds to the occupation (SKOS). Null only for a relationship stored without one. */
  matchType?: Maybe<OccupationMatchType>;
  /** The ESCO occupation. */
  occupation: Occupation;
  /** Why the role matches the occupation: IMPORTED (the dataset and the occupation’s URI) where ESCO lists the role’s name among the occupation’s labels, else CURATED with the maintainers’ rationale. */
  provenance: Provenance;
  /** The article’s role. */
  role: Role;
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

/** An organisation a source names that issues no certification: the author’s company, the publishers he writes for, the firm a finding is attributed to. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** People who write for the organisation’s publications. */
  contributors: PersonLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Outlook statements the source attributes to the organisation. */
  findings: OutlookStatementLinkConnection;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** People who own the organisation. */
  owners: PersonLinkConnection;
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** An organisation a source names that issues no certification: the author’s company, the publishers he writes for, the firm a finding is attributed to. */
export type OrganizationContributorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation a source names that issues no certification: the author’s company, the publishers he writes for, the firm a finding is attributed to. */
export type OrganizationFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation a source names that issues no certification: the author’s company, the publishers he writes for, the firm a finding is attributed to. */
export type OrganizationOwnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<OrganizationEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Organization>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of organizations. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Organization;
};

/** A page of organizations related to an entity, each edge with the evidence for the relationship. */
export type OrganizationLinkConnection = {
  __typename?: 'OrganizationLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<OrganizationLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Organization>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A organization related to the entity, with the relationship’s provenance. */
export type OrganizationLinkEdge = {
  __typename?: 'OrganizationLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Organization;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** A statement the source makes about the job outlook of IT operations roles. */
export type OutlookStatement = Entity & Node & {
  __typename?: 'OutlookStatement';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Who the source attributes the finding to (e.g. Robert Half); null when the source states it itself. */
  attributedTo?: Maybe<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Technical areas of expertise the statement names. */
  expertise: TechnicalAreaLinkConnection;
  /** The year or period the statement is about, in the source’s words (e.g. "2025"); null when it names none. */
  horizon?: Maybe<Scalars['String']['output']>;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** The organisation the source attributes the statement to, or null when the source states it itself. */
  reportedBy?: Maybe<Organization>;
  /** Roles the statement is about. */
  roles: RoleLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** The top percentage of a ranking the statement reports (15 for “the top 15%”); null when it reports no ranking. */
  topPercent?: Maybe<Scalars['Float']['output']>;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A statement the source makes about the job outlook of IT operations roles. */
export type OutlookStatementExpertiseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A statement the source makes about the job outlook of IT operations roles. */
export type OutlookStatementRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of outlook statements. */
export type OutlookStatementConnection = {
  __typename?: 'OutlookStatementConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<OutlookStatementEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<OutlookStatement>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of outlook statements. */
export type OutlookStatementEdge = {
  __typename?: 'OutlookStatementEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: OutlookStatement;
};

/** A page of outlook statements related to an entity, each edge with the evidence for the relationship. */
export type OutlookStatementLinkConnection = {
  __typename?: 'OutlookStatementLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<OutlookStatementLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<OutlookStatement>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A outlookStatement related to the entity, with the relationship’s provenance. */
export type OutlookStatementLinkEdge = {
  __typename?: 'OutlookStatementLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: OutlookStatement;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** Where a page of a connection stands in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page (paging forwards). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (paging backwards). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

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

/** One step of a path: from an entity, along a relationship (read in the path’s direction), to the next entity. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The entity the step leaves (the previous step’s `to`). */
  from: Entity;
  /** Where the relationship comes from. */
  provenance: Provenance;
  /** How the relationship reads from `from` to `to`. */
  relation: PathRelation;
  /** The relationship walked, as stored (in its own direction). */
  relationship: Relationship;
  /** The entity the step reaches (the next step’s `from`). */
  to: Entity;
};

/** A person a source names, such as its author. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Organisations whose publications the person writes for. */
  contributesTo: OrganizationLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Organisations the person owns. */
  owns: OrganizationLinkConnection;
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** Publications the person wrote. */
  publications: PublicationLinkConnection;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Sources the person wrote. */
  sources: SourceLinkConnection;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A person a source names, such as its author. */
export type PersonContributesToArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person a source names, such as its author. */
export type PersonOwnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person a source names, such as its author. */
export type PersonPublicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person a source names, such as its author. */
export type PersonSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<PersonEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Person>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of people. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Person;
};

/** A page of people related to an entity, each edge with the evidence for the relationship. */
export type PersonLinkConnection = {
  __typename?: 'PersonLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<PersonLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Person>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person related to the entity, with the relationship’s provenance. */
export type PersonLinkEdge = {
  __typename?: 'PersonLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Person;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** Where a fact comes from: the exact words of a source (STATED), the maintainers’ reason (CURATED), or a record of a structured dataset such as ESCO (IMPORTED). */
export type Provenance = {
  __typename?: 'Provenance';
  /** Whether a source states the fact, the maintainers curated it, or a dataset holds it. */
  kind: ProvenanceKind;
  /** STATED: the source’s exact words (whitespace-normalised). Null when curated or imported (a dataset record is never quoted). */
  quote?: Maybe<Scalars['String']['output']>;
  /** CURATED: why the maintainers added the fact. Null when stated or imported. */
  rationale?: Maybe<Scalars['String']['output']>;
  /** IMPORTED: the URI of the dataset’s record the fact comes from (an ESCO concept URI: the occupation, skill or ISCO group, or for a relationship the concept at its start). Null when stated or curated. */
  record?: Maybe<Scalars['String']['output']>;
  /** STATED: the heading of the source section the quote stands in. Null when curated or imported. */
  section?: Maybe<Scalars['String']['output']>;
  /** STATED: the source quoted. IMPORTED: the dataset, with its version (e.g. ESCO v1.1.1). Null when curated. */
  source?: Maybe<Source>;
  /** STATED: whether the quote stands verbatim (whitespace aside) in the source’s text as it is now, in `section`. Every write is checked, so false marks a quote stored before the check existed or a source changed since (the service logs each such quote when it starts). Null when curated or imported: an imported fact has no quote to check (`record` names it in the dataset). */
  verified?: Maybe<Scalars['Boolean']['output']>;
};

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

/** A publication a source names, such as a study guide its author wrote. */
export type Publication = Entity & Node & {
  __typename?: 'Publication';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** People who wrote the publication. */
  authors: PersonLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The issuer of the certifications the publication is a study guide for, or null. */
  issuer?: Maybe<Issuer>;
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A publication a source names, such as a study guide its author wrote. */
export type PublicationAuthorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of publications. */
export type PublicationConnection = {
  __typename?: 'PublicationConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<PublicationEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Publication>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of publications. */
export type PublicationEdge = {
  __typename?: 'PublicationEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Publication;
};

/** A page of publications related to an entity, each edge with the evidence for the relationship. */
export type PublicationLinkConnection = {
  __typename?: 'PublicationLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<PublicationLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Publication>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A publication related to the entity, with the relationship’s provenance. */
export type PublicationLinkEdge = {
  __typename?: 'PublicationLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Publication;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type Query = {
  __typename?: 'Query';
  /** Every API key, oldest first (needs the `admin` scope). */
  apiKeys: Array<ApiKey>;
  /** The certification with this slug (e.g. `cissp`, `comptia-security-plus`), or null. */
  certification?: Maybe<Certification>;
  /** Certifications, ordered by name unless `orderBy` says otherwise; each filter narrows the list (all must hold). An unknown slug is a BAD_USER_INPUT error. */
  certifications: CertificationConnection;
  /** The audit log of curation changes, newest first (needs an API key with the `edit` scope). */
  changes: ChangeConnection;
  /** The claim with this slug, or null. */
  claim?: Maybe<Claim>;
  /** Every claim, ordered by name. */
  claims: ClaimConnection;
  /** Compares two roles. An unknown slug is a BAD_USER_INPUT error naming it. */
  compareRoles: RoleComparison;
  /** The comparison dimension with this slug (e.g. `leadership`), or null. */
  comparisonDimension?: Maybe<ComparisonDimension>;
  /** Every dimension along which the roles differ, ordered by name. */
  comparisonDimensions: ComparisonDimensionConnection;
  /** Every competency, ordered by name. */
  competencies: CompetencyConnection;
  /** The competency with this slug (e.g. `problem-solving`), or null. */
  competency?: Maybe<Competency>;
  /** Entities of every kind, or of the given kinds: filterable, ordered by name unless `orderBy` says otherwise. */
  entities: EntityConnection;
  /** The entities an identifier of another classification names: the ESCO occupations that carry it, then the roles that carry it through an EXACT or CLOSE match, each group by name. `ISCO_08` names a unit group (every occupation in it); `ONET_SOC_2010` may name several ESCO occupations. Empty when none does. */
  entitiesByExternalId: Array<Entity>;
  /** The ISCO-08 group with this code (e.g. `1330`, ICT service managers) or slug, or null. Give exactly one of `code` and `slug`; a malformed code is a BAD_USER_INPUT error. */
  iscoGroup?: Maybe<IscoGroup>;
  /** ISCO-08 groups (those the imported ESCO occupations fall under, with the groups above them), ordered by name unless `orderBy` says otherwise. */
  iscoGroups: IscoGroupConnection;
  /** The issuer with this slug (e.g. `isc2`), or null. */
  issuer?: Maybe<Issuer>;
  /** Every issuer, ordered by name. */
  issuers: IssuerConnection;
  /** The ITIL function with this slug (e.g. `it-operations`), or null. */
  itilFunction?: Maybe<ItilFunction>;
  /** Every ITIL function, ordered by name. */
  itilFunctions: ItilFunctionConnection;
  /** Every entity within `depth` relationships of an entity (walking relationships either way), and the relationships between them. */
  neighborhood: Neighborhood;
  /** Fetches any entity by its `id`. Null when no entity has that ID; a malformed ID is a BAD_USER_INPUT error. */
  node?: Maybe<Node>;
  /** Fetches up to 100 entities by `id`, in the order given; null where no entity has that ID. */
  nodes: Array<Maybe<Node>>;
  /** The ESCO occupation with this concept URI (e.g. `http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc`, ICT operations manager) or slug, or null. Give exactly one of `uri` and `slug`; a malformed URI, or one of another ESCO kind, is a BAD_USER_INPUT error. */
  occupation?: Maybe<Occupation>;
  /** ESCO occupations, ordered by name unless `orderBy` says otherwise. */
  occupations: OccupationConnection;
  /** The organisation with this slug, or null. */
  organization?: Maybe<Organization>;
  /** Every organisation, ordered by name. */
  organizations: OrganizationConnection;
  /** The outlook statement with this slug, or null. */
  outlookStatement?: Maybe<OutlookStatement>;
  /** Every outlook statement, ordered by name. */
  outlookStatements: OutlookStatementConnection;
  /**
   * How two entities are related: the shortest chains of relationships between them (walking relationships either way), shortest first. Empty when none is at most `maxLength` long.
   *
   * The search does a bounded amount of work (5,000 steps, each reading one relationship or trying one extension of a path), and the query cost charges for it: 500 per `paths`, plus `first` times what each path selects. Between well-connected entities of a large graph, finding every path up to a long `maxLength` can take more than that: when the search stops before it has found `first` paths or made sure there are no more, the field answers no partial list but a QUERY_TOO_COSTLY error whose `extensions.searchedLength` is the longest length it did search completely; asked again with that `maxLength` (or a smaller one), the search fits.
   */
  paths: Array<RelationshipPath>;
  /** Every person, ordered by name. */
  people: PersonConnection;
  /** The person with this slug (e.g. `damon-garn`), or null. */
  person?: Maybe<Person>;
  /** The publication with this slug, or null. */
  publication?: Maybe<Publication>;
  /** Every publication, ordered by name. */
  publications: PublicationConnection;
  /**
   * The ESCO occupations closest to an occupation by the essential skills they share with it (O*NET’s “related occupations”): most shared essential skills first, ties by name; occupations sharing none are left out, as are deprecated ones. An unknown or malformed URI is a BAD_USER_INPUT error.
   *
   * The search reads at most 10,000 occupation–skill relations (ESCO v1.1.1’s most connected occupation needs 8,569), and the query cost charges for it: 500 plus `first` times what each occupation selects. Where an occupation’s skills are listed by more occupations than that, the field answers no partial ranking but a QUERY_TOO_COSTLY error.
   */
  relatedOccupations: Array<RelatedOccupation>;
  /** Every relationship of the graph, optionally of one relation, ordered by relation, then source entity and source order. */
  relationships: RelationshipConnection;
  /** Every responsibility, ordered by name. */
  responsibilities: ResponsibilityConnection;
  /** The responsibility with this slug (e.g. `security-oversight`), or null. */
  responsibility?: Maybe<Responsibility>;
  /** The role with this slug (e.g. `it-operations-manager`), or null. */
  role?: Maybe<Role>;
  /** Every role, ordered by name. */
  roles: RoleConnection;
  /** Finds entities by name, acronym, alternative label or description, and by the words of their evidence: their own provenance quote and the statements and quotes of their relationships (at either end). Matching word prefixes ("Sec" finds Security+) and tolerating one or two typing errors per word. A match in a name or label ranks above one in a description, and a match only in the evidence ranks below both; the highlight shows the text that matched. */
  search: SearchResultConnection;
  /** The ESCO skill or knowledge concept with this concept URI (e.g. `http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d`, Python) or slug, or null. Give exactly one of `uri` and `slug`; a malformed URI, or one of another ESCO kind, is a BAD_USER_INPUT error. */
  skill?: Maybe<Skill>;
  /** The skill domain with this slug (e.g. `security-management`), or null. */
  skillDomain?: Maybe<SkillDomain>;
  /** Every skill domain, ordered by name. */
  skillDomains: SkillDomainConnection;
  /** The skill gap between the certifications someone holds and a role. An unknown slug is a BAD_USER_INPUT error naming it. Its query cost, 250 plus what it selects, pays for the bounded search of a smallest cover (see `SkillGap.smallestCoverProven`). */
  skillGap: SkillGap;
  /** The ESCO skill group with this slug (the UUID of its URI, or `isced-f-<code>` for an ISCED-F field, e.g. `isced-f-06`), or null. */
  skillGroup?: Maybe<SkillGroup>;
  /** ESCO skill groups, ordered by name unless `orderBy` says otherwise. */
  skillGroups: SkillGroupConnection;
  /** ESCO skills and knowledge concepts, ordered by name unless `orderBy` says otherwise. */
  skills: SkillConnection;
  /** The source with this slug, or null; without a slug, the article the graph’s content is curated from. */
  source?: Maybe<Source>;
  /** Every source the graph quotes, ordered by title. */
  sources: SourceConnection;
  /** The technical area with this slug (e.g. `cloud-computing`), or null. */
  technicalArea?: Maybe<TechnicalArea>;
  /** Every technical area, ordered by name. */
  technicalAreas: TechnicalAreaConnection;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryCertificationArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryCertificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  role?: InputMaybe<Scalars['String']['input']>;
  skillDomain?: InputMaybe<Scalars['String']['input']>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryClaimArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryCompareRolesArgs = {
  first: Scalars['String']['input'];
  second: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryComparisonDimensionArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryComparisonDimensionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryCompetenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryCompetencyArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryEntitiesByExternalIdArgs = {
  code: Scalars['String']['input'];
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  scheme: ExternalIdScheme;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryIscoGroupArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryIscoGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryIssuerArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryIssuersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryItilFunctionArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryItilFunctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryOccupationArgs = {
  slug?: InputMaybe<Scalars['String']['input']>;
  uri?: InputMaybe<Scalars['String']['input']>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryOccupationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryOrganizationArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryOutlookStatementArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryOutlookStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryPersonArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryPublicationArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryPublicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryRelatedOccupationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  uri: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<Relation>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryResponsibilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryResponsibilityArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryRoleArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySkillArgs = {
  slug?: InputMaybe<Scalars['String']['input']>;
  uri?: InputMaybe<Scalars['String']['input']>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySkillDomainArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySkillDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySkillGapArgs = {
  heldCertifications: Array<Scalars['String']['input']>;
  role: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySkillGroupArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySkillGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySourceArgs = {
  slug?: InputMaybe<Scalars['String']['input']>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryTechnicalAreaArgs = {
  slug: Scalars['String']['input'];
};


/** Read the IT-operations knowledge graph: look entities up by slug or ID, list them, and follow their relationships. */
export type QueryTechnicalAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};

/** An ESCO occupation close to another by the essential skills both list, with those skills as the evidence. */
export type RelatedOccupation = {
  __typename?: 'RelatedOccupation';
  /** The related occupation. */
  occupation: Occupation;
  /** 1 for the closest. */
  rank: Scalars['Int']['output'];
  /** How many of the given occupation’s essential skills this one lists as essential too. */
  sharedCount: Scalars['Int']['output'];
  /** Those skills, by name: each is an essential REQUIRES_SKILL relationship of both occupations in ESCO. */
  sharedEssentialSkills: Array<Skill>;
};

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

/** A typed, directed relationship between two entities, with where it comes from. */
export type Relationship = {
  __typename?: 'Relationship';
  /** The entity the relationship starts from. */
  from: Entity;
  /** Opaque, stable ID of the relationship (to unlink it). */
  id: Scalars['ID']['output'];
  /** Where the relationship comes from. */
  provenance: Provenance;
  /** How the `from` entity relates to the `to` entity, for the relations whose relationships are qualified (NEEDS_TECHNICAL_AREA: one of TechnicalAreaNeed — MUST_UNDERSTAND, HIGH_PROFICIENCY, INVALUABLE, MAY_FOCUS_ON, HANDLES, OFTEN_SPANS; REQUIRES_SKILL: one of SkillRequirement — ESSENTIAL, OPTIONAL; RELATED_SKILL: one of SkillRelationType — ESSENTIAL, OPTIONAL; MATCHES_OCCUPATION: one of OccupationMatchType — EXACT, CLOSE, BROAD, NARROW, RELATED); null for other relations and where the source does not say. The relationship fields give it typed (`need` on the edges of `Role.technicalAreas`). */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** What kind of relationship this is, read from `from` to `to`. */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
  /** The entity the relationship points to. */
  to: Entity;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion`). */
  version: Scalars['Int']['output'];
};

/** A curation change to a relationship that was made. */
export type RelationshipChange = {
  __typename?: 'RelationshipChange';
  /** The audit-log entry of the change. */
  change: Change;
  /** The relationship after the change; null when it was removed. */
  relationship?: Maybe<Relationship>;
};

/** A page of relationships. */
export type RelationshipConnection = {
  __typename?: 'RelationshipConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<RelationshipEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Relationship>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of relationships. */
export type RelationshipEdge = {
  __typename?: 'RelationshipEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Relationship;
};

/** A chain of relationships that connects two entities, each step with its evidence. */
export type RelationshipPath = {
  __typename?: 'RelationshipPath';
  /** How many relationships the path walks. */
  length: Scalars['Int']['output'];
  /** The steps, from the start entity to the end entity. */
  steps: Array<PathStep>;
};

/** Work a role or an ITIL function is responsible for. One concept is one responsibility, however many places name it; each relationship quotes its own sentence. */
export type Responsibility = Entity & Node & {
  __typename?: 'Responsibility';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Certifications covering this responsibility, through its skill domains (`evidence` shows each step). */
  certifications: CertificationLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** ITIL functions that list this among their core responsibilities. */
  itilFunctions: ItilFunctionLinkConnection;
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Roles that mainly revolve around this area. */
  primaryAreaOf: RoleLinkConnection;
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Roles that hold this as a key responsibility; each edge quotes the role’s own wording. */
  roles: RoleLinkConnection;
  /** Skill domains that support carrying out this responsibility (curated, with rationale). */
  skillDomains: SkillDomainLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** Work a role or an ITIL function is responsible for. One concept is one responsibility, however many places name it; each relationship quotes its own sentence. */
export type ResponsibilityCertificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Work a role or an ITIL function is responsible for. One concept is one responsibility, however many places name it; each relationship quotes its own sentence. */
export type ResponsibilityItilFunctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Work a role or an ITIL function is responsible for. One concept is one responsibility, however many places name it; each relationship quotes its own sentence. */
export type ResponsibilityPrimaryAreaOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Work a role or an ITIL function is responsible for. One concept is one responsibility, however many places name it; each relationship quotes its own sentence. */
export type ResponsibilityRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Work a role or an ITIL function is responsible for. One concept is one responsibility, however many places name it; each relationship quotes its own sentence. */
export type ResponsibilitySkillDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of responsibilities. */
export type ResponsibilityConnection = {
  __typename?: 'ResponsibilityConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<ResponsibilityEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Responsibility>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of responsibilities. */
export type ResponsibilityEdge = {
  __typename?: 'ResponsibilityEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Responsibility;
};

/** A page of responsibilities related to an entity, each edge with the evidence for the relationship. */
export type ResponsibilityLinkConnection = {
  __typename?: 'ResponsibilityLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<ResponsibilityLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Responsibility>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A responsibility related to the entity, with the relationship’s provenance. */
export type ResponsibilityLinkEdge = {
  __typename?: 'ResponsibilityLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Responsibility;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

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

/** The change that undid it, or why nothing changed. */
export type RevertChangeResult = Change | ConflictError | ForbiddenError | NotFoundError | ValidationError;

/** The revoked key, or why nothing changed. */
export type RevokeApiKeyResult = ApiKey | ForbiddenError | NotFoundError;

/** A job role in IT operations (manager, specialist, generalist). */
export type Role = Entity & Node & {
  __typename?: 'Role';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Certifications recommended for the role, through its skill domains (`evidence` shows the domain). */
  certifications: CertificationLinkConnection;
  /** Claims the source makes about the role. */
  claims: ClaimLinkConnection;
  /** Competencies the source says the role should have or emphasise; each edge’s `statement` says how. */
  competencies: CompetencyLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** The role’s identifiers in ESCO, ISCO-08 and O*NET-SOC 2010: those of the occupations it matches EXACT or CLOSE, each with the match it is derived from (`derivedFrom`). A BROAD, NARROW or RELATED match gives none. */
  externalIds: Array<ExternalId>;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The ITIL functions the role works in. */
  itilFunctions: ItilFunctionLinkConnection;
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Roles this role leads. */
  leads: RoleLinkConnection;
  /** Roles that lead this role. */
  ledBy: RoleLinkConnection;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** The ESCO occupations the role corresponds to, each with its SKOS match type and citation, in the order curated (the same relationships as `occupations`). */
  occupationMatches: Array<OccupationMatch>;
  /** ESCO occupations the role corresponds to; each edge’s `matchType` says how closely (SKOS). */
  occupations: OccupationLinkConnection;
  /** Outlook statements about the role. */
  outlook: OutlookStatementLinkConnection;
  /** The areas the role mainly revolves around. */
  primaryAreas: ResponsibilityLinkConnection;
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** The role’s key responsibilities, in the source’s order. */
  responsibilities: ResponsibilityLinkConnection;
  /** The skill domains in which certifications are recommended for the role. */
  skillDomains: SkillDomainLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** The role’s stance on each dimension that separates the roles; each edge’s `statement` gives the stance. */
  stances: ComparisonDimensionLinkConnection;
  /** Technical areas the role needs knowledge of; each edge’s `need` says how strongly, in the source’s wording (filter with `need:`), and its `statement` how. */
  technicalAreas: TechnicalAreaLinkConnection;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleCertificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleCompetenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleItilFunctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleLedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleOccupationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  matchType?: InputMaybe<Array<OccupationMatchType>>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleOutlookArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RolePrimaryAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleResponsibilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleSkillDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleStancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A job role in IT operations (manager, specialist, generalist). */
export type RoleTechnicalAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  need?: InputMaybe<Array<TechnicalAreaNeed>>;
};

/** What two roles share and what separates them, from the graph’s cited relationships. */
export type RoleComparison = {
  __typename?: 'RoleComparison';
  /** Certifications recommended only for the first role. */
  certificationsOnlyFirst: Array<Certification>;
  /** Certifications recommended only for the second role. */
  certificationsOnlySecond: Array<Certification>;
  /** Each dimension along which the source says roles differ, with both roles’ stances. */
  dimensions: Array<DimensionComparison>;
  /** The first role compared. */
  first: Role;
  /** Key responsibilities only the first role holds, in its own words. */
  responsibilitiesOnlyFirst: Array<HeldResponsibility>;
  /** Key responsibilities only the second role holds, in its own words. */
  responsibilitiesOnlySecond: Array<HeldResponsibility>;
  /** The second role compared. */
  second: Role;
  /** Certifications recommended for both roles. */
  sharedCertifications: Array<Certification>;
  /** Key responsibilities both roles hold, each with both roles’ own definitions side by side. */
  sharedResponsibilities: Array<SharedResponsibility>;
  /** Skill domains both roles need. */
  sharedSkillDomains: Array<SkillDomain>;
  /** Skill domains only the first role needs. */
  skillDomainsOnlyFirst: Array<SkillDomain>;
  /** Skill domains only the second role needs. */
  skillDomainsOnlySecond: Array<SkillDomain>;
};

/** A page of roles. */
export type RoleConnection = {
  __typename?: 'RoleConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<RoleEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Role>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of roles. */
export type RoleEdge = {
  __typename?: 'RoleEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Role;
};

/** A page of roles related to an entity, each edge with the evidence for the relationship. */
export type RoleLinkConnection = {
  __typename?: 'RoleLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<RoleLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Role>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A role related to the entity, with the relationship’s provenance. */
export type RoleLinkEdge = {
  __typename?: 'RoleLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** For a MATCHES_OCCUPATION relationship (Role → Occupation): how closely a role corresponds to an ESCO occupation, as a SKOS mapping relation. Null on relationships of other relations, and where the source does not say (OccupationMatchType). */
  matchType?: Maybe<OccupationMatchType>;
  /** For a NEEDS_TECHNICAL_AREA relationship (Role → TechnicalArea): how strongly a role needs a technical area, in the wording of the source’s sentence. Null on relationships of other relations, and where the source does not say (TechnicalAreaNeed). */
  need?: Maybe<TechnicalAreaNeed>;
  /** The item. */
  node: Role;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** A role’s stance on a dimension along which roles differ, in the maintainers’ words, with the source’s. */
export type RoleStance = {
  __typename?: 'RoleStance';
  /** The source’s words for the stance. */
  provenance: Provenance;
  /** The role. */
  role: Role;
  /** The stance, in short. */
  statement: Scalars['String']['output'];
};

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

/** The text of an entity a search matched, with the matched words located (mark them up as you like). */
export type SearchHighlight = {
  __typename?: 'SearchHighlight';
  /** Which text matched. */
  field: SearchField;
  /** Where in `text` the query’s words matched, in order. */
  ranges: Array<TextRange>;
  /** The relationship whose statement or quote matched (field `RELATIONSHIP_STATEMENT` or `RELATIONSHIP_QUOTE`): the entity is its `from` or its `to`. Null for the entity’s own texts. */
  relationship?: Maybe<Relationship>;
  /** The matched text, in full: a name, label or description, or a quote or statement the entity is found by. */
  text: Scalars['String']['output'];
};

/** A page of search results, best match first. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<SearchResultEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Entity>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entity that matched the search, with how well and where. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The entity’s text that matched best, with the matched words located. */
  highlight: SearchHighlight;
  /** The item. */
  node: Entity;
  /** Relevance of the words matched (higher is better), comparable within one search between results found by their own texts, or between results found only by their evidence. Results are ordered first by where the best match is (a name or label, then the description, then the evidence), then by this score. */
  score: Scalars['Float']['output'];
};

/** A responsibility two roles both hold, with each role’s own definition side by side. */
export type SharedResponsibility = {
  __typename?: 'SharedResponsibility';
  /** The responsibility as the first role holds it. */
  first: HeldResponsibility;
  /** The responsibility. */
  responsibility: Responsibility;
  /** The responsibility as the second role holds it. */
  second: HeldResponsibility;
};

/** A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type Skill = Entity & Node & {
  __typename?: 'Skill';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Broader skills or knowledge concepts in ESCO’s hierarchy. */
  broader: SkillLinkConnection;
  /** Certifications that attest the skill (curated, with rationale). */
  certifications: CertificationLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** The groups of ESCO’s skills hierarchy the skill belongs to. */
  groups: SkillGroupLinkConnection;
  /** Labels ESCO keeps for search only, not for display (old names, misspellings, product names): search finds the entity by them. */
  hiddenLabels: Array<Scalars['String']['output']>;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Narrower skills or knowledge concepts in ESCO’s hierarchy. */
  narrower: SkillLinkConnection;
  /** Occupations ESCO lists the skill for; each edge’s `requirement` says essential or optional. */
  occupations: OccupationLinkConnection;
  /** ESCO’s preferred label (English) for the skill: the same as `name`, under ESCO’s (SKOS) name. */
  preferredLabel: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** Skills ESCO relates to this one; each edge’s `relationType` says essential or optional. */
  relatedSkills: SkillLinkConnection;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** How widely ESCO says the skill is used (transversal, cross-sector, sector- or occupation-specific); null where ESCO does not say. */
  reuseLevel?: Maybe<ReuseLevel>;
  /** The article’s skill domains that correspond to the skill (curated, with rationale). */
  skillDomains: SkillDomainLinkConnection;
  /** Whether ESCO classes it as a skill/competence or as knowledge; null where ESCO does not say. */
  skillType?: Maybe<SkillType>;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** The ESCO concept URI of the skill (what other systems join on); null only for one a curator added without one. */
  uri?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillBroaderArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillCertificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillNarrowerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillOccupationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  requirement?: InputMaybe<Array<SkillRequirement>>;
};


/** A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillRelatedSkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  relationType?: InputMaybe<Array<SkillRelationType>>;
};


/** A skill, competence or knowledge concept of ESCO, imported with its labels, type and reuse level. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillSkillDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of skills. */
export type SkillConnection = {
  __typename?: 'SkillConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<SkillEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Skill>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A field of skills, as the source groups its recommended certifications (e.g. security management). */
export type SkillDomain = Entity & Node & {
  __typename?: 'SkillDomain';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Certifications the source lists under this domain, in its order. Empty where the source lists none. */
  certifications: CertificationLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** ESCO skills and knowledge concepts the domain corresponds to (curated, with rationale). */
  escoSkills: SkillLinkConnection;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Responsibilities this domain supports (curated, with rationale). */
  responsibilities: ResponsibilityLinkConnection;
  /** Roles for which certifications in this domain are recommended. */
  roles: RoleLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A field of skills, as the source groups its recommended certifications (e.g. security management). */
export type SkillDomainCertificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A field of skills, as the source groups its recommended certifications (e.g. security management). */
export type SkillDomainEscoSkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A field of skills, as the source groups its recommended certifications (e.g. security management). */
export type SkillDomainResponsibilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A field of skills, as the source groups its recommended certifications (e.g. security management). */
export type SkillDomainRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of skill domains. */
export type SkillDomainConnection = {
  __typename?: 'SkillDomainConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<SkillDomainEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<SkillDomain>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of skill domains. */
export type SkillDomainEdge = {
  __typename?: 'SkillDomainEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SkillDomain;
};

/** A page of skill domains related to an entity, each edge with the evidence for the relationship. */
export type SkillDomainLinkConnection = {
  __typename?: 'SkillDomainLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<SkillDomainLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<SkillDomain>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A skillDomain related to the entity, with the relationship’s provenance. */
export type SkillDomainLinkEdge = {
  __typename?: 'SkillDomainLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: SkillDomain;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** One of a page of skills. */
export type SkillEdge = {
  __typename?: 'SkillEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Skill;
};

/** What someone holding some certifications has and lacks for a role, by the skill domains the role needs, and which certifications would close the gap. */
export type SkillGap = {
  __typename?: 'SkillGap';
  /** The role’s key responsibilities supported by at least one covered skill domain, in the role’s own words. */
  coveredResponsibilities: Array<HeldResponsibility>;
  /** Skill domains the role needs that a held certification covers. */
  coveredSkillDomains: Array<SkillDomain>;
  /** The certifications held, as given. */
  heldCertifications: Array<Certification>;
  /** The role’s key responsibilities that no covered skill domain supports, in the role’s own words. */
  missingResponsibilities: Array<HeldResponsibility>;
  /** Skill domains the role needs that no held certification covers (including the uncoverable ones). */
  missingSkillDomains: Array<SkillDomain>;
  /** Certifications that cover a missing skill domain, ranked: first a smallest set covering every coverable missing domain (`inSmallestCover`; see `smallestCoverProven`), then the rest, each group by how many domains it closes, then by slug. */
  recommendedCertifications: Array<CertificationRecommendation>;
  /** The role. */
  role: Role;
  /** True when the leading recommendations (`inSmallestCover`) are proven a smallest set of certifications covering every coverable missing skill domain. False when proving it would take too long (many certifications covering overlapping domains; the exact search stops after 500,000 steps): they are then the greedy cover, which still covers every coverable missing domain, with at most about ln(n)+1 times as many certifications as the smallest (n: the most domains one certification closes). It is on the curated graph. */
  smallestCoverProven: Scalars['Boolean']['output'];
  /** Missing skill domains that no known certification covers (the source lists none for them). */
  uncoverableSkillDomains: Array<SkillDomain>;
};

/** A group of ESCO’s skills hierarchy: a skill group, or for knowledge an ISCED-F field of education. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillGroup = Entity & Node & {
  __typename?: 'SkillGroup';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Broader groups in ESCO’s skills hierarchy. */
  broader: SkillGroupLinkConnection;
  /** ESCO’s code for the group (for an ISCED-F field, its ISCED-F code, e.g. `06`); null where ESCO gives none. */
  code?: Maybe<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Labels ESCO keeps for search only, not for display (old names, misspellings, product names): search finds the entity by them. */
  hiddenLabels: Array<Scalars['String']['output']>;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** The groups directly under this one. */
  narrower: SkillGroupLinkConnection;
  /** ESCO’s preferred label (English) for the skill group: the same as `name`, under ESCO’s (SKOS) name. */
  preferredLabel: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Skills and knowledge concepts directly in the group. */
  skills: SkillLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** The ESCO concept URI of the skill group (what other systems join on); null only for one a curator added without one. */
  uri?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A group of ESCO’s skills hierarchy: a skill group, or for knowledge an ISCED-F field of education. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillGroupBroaderArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A group of ESCO’s skills hierarchy: a skill group, or for knowledge an ISCED-F field of education. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillGroupNarrowerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A group of ESCO’s skills hierarchy: a skill group, or for knowledge an ISCED-F field of education. Its `provenance` is IMPORTED: the dataset and the concept URI. */
export type SkillGroupSkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of skill groups. */
export type SkillGroupConnection = {
  __typename?: 'SkillGroupConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<SkillGroupEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<SkillGroup>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of skill groups. */
export type SkillGroupEdge = {
  __typename?: 'SkillGroupEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SkillGroup;
};

/** A page of skill groups related to an entity, each edge with the evidence for the relationship. */
export type SkillGroupLinkConnection = {
  __typename?: 'SkillGroupLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<SkillGroupLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<SkillGroup>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A skillGroup related to the entity, with the relationship’s provenance. */
export type SkillGroupLinkEdge = {
  __typename?: 'SkillGroupLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: SkillGroup;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** A page of skills related to an entity, each edge with the evidence for the relationship. */
export type SkillLinkConnection = {
  __typename?: 'SkillLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<SkillLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Skill>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A skill related to the entity, with the relationship’s provenance. */
export type SkillLinkEdge = {
  __typename?: 'SkillLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Skill;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** For a RELATED_SKILL relationship (Skill → Skill): whether ESCO relates one skill to another as essential or optional. Null on relationships of other relations, and where the source does not say (SkillRelationType). */
  relationType?: Maybe<SkillRelationType>;
  /** For a REQUIRES_SKILL relationship (Occupation → Skill): whether ESCO lists a skill as essential or optional for an occupation. Null on relationships of other relations, and where the source does not say (SkillRequirement). */
  requirement?: Maybe<SkillRequirement>;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

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

/** A document the graph quotes, with its full text. Every STATED fact cites one, with its exact words, and every such quote is checked to stand in `text`. */
export type Source = Entity & Node & {
  __typename?: 'Source';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** Who wrote the document. */
  author?: Maybe<Scalars['String']['output']>;
  /** Who the author is, as the document says. */
  authorDescription?: Maybe<Scalars['String']['output']>;
  /** The people who wrote the source. */
  authors: PersonLinkConnection;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** The licence or terms the document may be quoted under. Null when not recorded. */
  licence?: Maybe<Scalars['String']['output']>;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** When the document was published (ISO 8601 date, e.g. 2025-01-31). Null when not recorded. */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** The document’s section headings, in order, each a line of `text`; quotes name the one they stand in. */
  sections: Array<Scalars['String']['output']>;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** The document’s full text, as published: STATED quotes citing it are checked against it (whitespace aside). Null only for a source stored without one, which nothing can quote. */
  text?: Maybe<Scalars['String']['output']>;
  /** The document’s title (the same as `name`). */
  title: Scalars['String']['output'];
  /** Where the document is published (http or https). Null when not recorded. */
  url?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A document the graph quotes, with its full text. Every STATED fact cites one, with its exact words, and every such quote is checked to stand in `text`. */
export type SourceAuthorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A source that was added: the source as stored, and the audit-log entry. */
export type SourceChange = {
  __typename?: 'SourceChange';
  /** The audit-log entry of the change. */
  change: Change;
  /** The source after the change. */
  source: Source;
};

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<SourceEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Source>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of sources. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Source;
};

/** A page of sources related to an entity, each edge with the evidence for the relationship. */
export type SourceLinkConnection = {
  __typename?: 'SourceLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<SourceLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<Source>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A source related to the entity, with the relationship’s provenance. */
export type SourceLinkEdge = {
  __typename?: 'SourceLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** The item. */
  node: Source;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

/** Live updates (server-sent events: request with `accept: text/event-stream`). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every curation change, as it is made, so that portals can refresh what they show. */
  graphChanged: Change;
};

/** A technology or technical discipline the source says a role needs knowledge of (cloud computing, troubleshooting, …). */
export type TechnicalArea = Entity & Node & {
  __typename?: 'TechnicalArea';
  /** Other names people use for the entity (abbreviations, common spellings). */
  alternativeLabels: Array<Scalars['String']['output']>;
  /** True when curators deprecated it: it stays resolvable, but lists leave it out unless asked. */
  deprecated: Scalars['Boolean']['output'];
  /** When it was deprecated (ISO 8601), or null. */
  deprecatedAt?: Maybe<Scalars['String']['output']>;
  /** What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is. */
  description: Scalars['String']['output'];
  /** Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording. */
  descriptionProvenance: Provenance;
  /** Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars['ID']['output'];
  /** The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`. */
  jsonLd: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Display name, as the source writes it where it names the entity. */
  name: Scalars['String']['output'];
  /** Outlook statements that name expertise in this area. */
  outlook: OutlookStatementLinkConnection;
  /** Where the entity comes from: the source’s words that introduce it, or why the maintainers added it. */
  provenance: Provenance;
  /** The entity that replaces it, when it is deprecated in favour of another. */
  replacedBy?: Maybe<Entity>;
  /** Roles that need knowledge of this area; each edge’s `need` says how strongly, in the source’s wording (filter with `need:`), and its `statement` how. */
  roles: RoleLinkConnection;
  /** Readable identifier, unique within the kind (kebab-case), used by the lookup fields. */
  slug: Scalars['String']['output'];
  /** Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating). */
  version: Scalars['Int']['output'];
};


/** A technology or technical discipline the source says a role needs knowledge of (cloud computing, troubleshooting, …). */
export type TechnicalAreaOutlookArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A technology or technical discipline the source says a role needs knowledge of (cloud computing, troubleshooting, …). */
export type TechnicalAreaRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  need?: InputMaybe<Array<TechnicalAreaNeed>>;
};

/** A page of technical areas. */
export type TechnicalAreaConnection = {
  __typename?: 'TechnicalAreaConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<TechnicalAreaEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<TechnicalArea>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of technical areas. */
export type TechnicalAreaEdge = {
  __typename?: 'TechnicalAreaEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: TechnicalArea;
};

/** A page of technical areas related to an entity, each edge with the evidence for the relationship. */
export type TechnicalAreaLinkConnection = {
  __typename?: 'TechnicalAreaLinkConnection';
  /** The items of this page, each with its cursor (and, for relationships, its evidence). */
  edges: Array<TechnicalAreaLinkEdge>;
  /** The items of this page, without cursors or relationship details (a shortcut for `edges { node }`). */
  nodes: Array<TechnicalArea>;
  /** How this page relates to the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A technicalArea related to the entity, with the relationship’s provenance. */
export type TechnicalAreaLinkEdge = {
  __typename?: 'TechnicalAreaLinkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains). */
  evidence: Array<Relationship>;
  /** For a NEEDS_TECHNICAL_AREA relationship (Role → TechnicalArea): how strongly a role needs a technical area, in the wording of the source’s sentence. Null on relationships of other relations, and where the source does not say (TechnicalAreaNeed). */
  need?: Maybe<TechnicalAreaNeed>;
  /** The item. */
  node: TechnicalArea;
  /** Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step). */
  provenance: Provenance;
  /** The relation of the relationship (for a relationship through intermediate entities, of its last step). */
  relation: Relation;
  /** A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement. */
  statementProvenance?: Maybe<Provenance>;
};

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

/** A run of characters in a text: where it starts and how long it is. */
export type TextRange = {
  __typename?: 'TextRange';
  /** How many characters (UTF-16 code units). */
  length: Scalars['Int']['output'];
  /** Offset of the first character (0-based, UTF-16 code units, as JavaScript counts). */
  start: Scalars['Int']['output'];
};

/** A relationship to remove (the audit log keeps it, and `revertChange` restores it). */
export type UnlinkEntitiesInput = {
  /** The `version` you read; a stale one is a ConflictError and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The relationship’s ID. */
  id: Scalars['ID']['input'];
};

/** The removal, or why nothing was removed. */
export type UnlinkEntitiesResult = ConflictError | ForbiddenError | NotFoundError | RelationshipChange | ValidationError;

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

/** The changed entity, or why nothing changed. */
export type UpdateEntityResult = ConflictError | EntityChange | ForbiddenError | NotFoundError | ValidationError;

/** The input is invalid (a malformed slug, missing provenance, a relationship the relation does not allow, …). */
export type ValidationError = MutationError & {
  __typename?: 'ValidationError';
  /** The input field at fault, as a dotted path, when one is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What was wrong, and what to change. */
  message: Scalars['String']['output'];
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