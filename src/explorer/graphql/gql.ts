/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerNeighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds) {\n      nodes { id kind slug name }\n      edges { from to relation statement provenance { kind quote section rationale record } }\n      truncated\n    }\n  }\n": typeof types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerFocus($slug: String!) {\n    role(slug: $slug) { id kind }\n    certification(slug: $slug) { id kind }\n    skillDomain(slug: $slug) { id kind }\n    responsibility(slug: $slug) { id kind }\n    issuer(slug: $slug) { id kind }\n    itilFunction(slug: $slug) { id kind }\n    technicalArea(slug: $slug) { id kind }\n    comparisonDimension(slug: $slug) { id kind }\n    outlookStatement(slug: $slug) { id kind }\n    claim(slug: $slug) { id kind }\n    competency(slug: $slug) { id kind }\n    person(slug: $slug) { id kind }\n    organization(slug: $slug) { id kind }\n    publication(slug: $slug) { id kind }\n    occupation(slug: $slug) { id kind }\n    skill(slug: $slug) { id kind }\n    iscoGroup(slug: $slug) { id kind }\n    skillGroup(slug: $slug) { id kind }\n  }\n": typeof types.ExplorerFocusDocument,
    "\n  query ExplorerSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges { node { id kind slug name } highlight { field text ranges { start length } } }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Entity { kind slug name description alternativeLabels provenance { kind quote section rationale record source { name } } }\n      ... on Certification { acronym issuer { id name } }\n      ... on Source { title author }\n    }\n  }\n": typeof types.ExplorerEntityDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      length\n      steps {\n        from { id kind slug name }\n        relation\n        to { id kind slug name }\n        provenance { kind quote section rationale record }\n        relationship { relation }\n      }\n    }\n  }\n": typeof types.ExplorerPathsDocument,
    "\n  query ExplorerChoices {\n    roles(first: 100) { nodes { slug name } }\n    certifications(first: 100) { nodes { slug name acronym } }\n  }\n": typeof types.ExplorerChoicesDocument,
    "\n  query ExplorerCompareRoles($first: String!, $second: String!) {\n    compareRoles(first: $first, second: $second) {\n      first { id name }\n      second { id name }\n      sharedResponsibilities {\n        responsibility { id name }\n        first { definition }\n        second { definition }\n      }\n      responsibilitiesOnlyFirst { responsibility { id name } definition }\n      responsibilitiesOnlySecond { responsibility { id name } definition }\n      sharedSkillDomains { id name }\n      skillDomainsOnlyFirst { id name }\n      skillDomainsOnlySecond { id name }\n      sharedCertifications { id name }\n      certificationsOnlyFirst { id name }\n      certificationsOnlySecond { id name }\n      dimensions {\n        dimension { id name }\n        first { statement provenance { kind quote section } }\n        second { statement provenance { kind quote section } }\n      }\n    }\n  }\n": typeof types.ExplorerCompareRolesDocument,
    "\n  query ExplorerSkillGap($role: String!, $held: [String!]!) {\n    skillGap(role: $role, heldCertifications: $held) {\n      role { id name }\n      coveredSkillDomains { id name }\n      missingSkillDomains { id name }\n      uncoverableSkillDomains { id name }\n      coveredResponsibilities { responsibility { id name } definition }\n      missingResponsibilities { responsibility { id name } definition }\n      recommendedCertifications { rank inSmallestCover certification { id name acronym } closes { id name } }\n    }\n  }\n": typeof types.ExplorerSkillGapDocument,
};
const documents: Documents = {
    "\n  query ExplorerNeighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds) {\n      nodes { id kind slug name }\n      edges { from to relation statement provenance { kind quote section rationale record } }\n      truncated\n    }\n  }\n": types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerFocus($slug: String!) {\n    role(slug: $slug) { id kind }\n    certification(slug: $slug) { id kind }\n    skillDomain(slug: $slug) { id kind }\n    responsibility(slug: $slug) { id kind }\n    issuer(slug: $slug) { id kind }\n    itilFunction(slug: $slug) { id kind }\n    technicalArea(slug: $slug) { id kind }\n    comparisonDimension(slug: $slug) { id kind }\n    outlookStatement(slug: $slug) { id kind }\n    claim(slug: $slug) { id kind }\n    competency(slug: $slug) { id kind }\n    person(slug: $slug) { id kind }\n    organization(slug: $slug) { id kind }\n    publication(slug: $slug) { id kind }\n    occupation(slug: $slug) { id kind }\n    skill(slug: $slug) { id kind }\n    iscoGroup(slug: $slug) { id kind }\n    skillGroup(slug: $slug) { id kind }\n  }\n": types.ExplorerFocusDocument,
    "\n  query ExplorerSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges { node { id kind slug name } highlight { field text ranges { start length } } }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Entity { kind slug name description alternativeLabels provenance { kind quote section rationale record source { name } } }\n      ... on Certification { acronym issuer { id name } }\n      ... on Source { title author }\n    }\n  }\n": types.ExplorerEntityDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      length\n      steps {\n        from { id kind slug name }\n        relation\n        to { id kind slug name }\n        provenance { kind quote section rationale record }\n        relationship { relation }\n      }\n    }\n  }\n": types.ExplorerPathsDocument,
    "\n  query ExplorerChoices {\n    roles(first: 100) { nodes { slug name } }\n    certifications(first: 100) { nodes { slug name acronym } }\n  }\n": types.ExplorerChoicesDocument,
    "\n  query ExplorerCompareRoles($first: String!, $second: String!) {\n    compareRoles(first: $first, second: $second) {\n      first { id name }\n      second { id name }\n      sharedResponsibilities {\n        responsibility { id name }\n        first { definition }\n        second { definition }\n      }\n      responsibilitiesOnlyFirst { responsibility { id name } definition }\n      responsibilitiesOnlySecond { responsibility { id name } definition }\n      sharedSkillDomains { id name }\n      skillDomainsOnlyFirst { id name }\n      skillDomainsOnlySecond { id name }\n      sharedCertifications { id name }\n      certificationsOnlyFirst { id name }\n      certificationsOnlySecond { id name }\n      dimensions {\n        dimension { id name }\n        first { statement provenance { kind quote section } }\n        second { statement provenance { kind quote section } }\n      }\n    }\n  }\n": types.ExplorerCompareRolesDocument,
    "\n  query ExplorerSkillGap($role: String!, $held: [String!]!) {\n    skillGap(role: $role, heldCertifications: $held) {\n      role { id name }\n      coveredSkillDomains { id name }\n      missingSkillDomains { id name }\n      uncoverableSkillDomains { id name }\n      coveredResponsibilities { responsibility { id name } definition }\n      missingResponsibilities { responsibility { id name } definition }\n      recommendedCertifications { rank inSmallestCover certification { id name acronym } closes { id name } }\n    }\n  }\n": types.ExplorerSkillGapDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds) {\n      nodes { id kind slug name }\n      edges { from to relation statement provenance { kind quote section rationale record } }\n      truncated\n    }\n  }\n"): typeof import('./graphql.js').ExplorerNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerFocus($slug: String!) {\n    role(slug: $slug) { id kind }\n    certification(slug: $slug) { id kind }\n    skillDomain(slug: $slug) { id kind }\n    responsibility(slug: $slug) { id kind }\n    issuer(slug: $slug) { id kind }\n    itilFunction(slug: $slug) { id kind }\n    technicalArea(slug: $slug) { id kind }\n    comparisonDimension(slug: $slug) { id kind }\n    outlookStatement(slug: $slug) { id kind }\n    claim(slug: $slug) { id kind }\n    competency(slug: $slug) { id kind }\n    person(slug: $slug) { id kind }\n    organization(slug: $slug) { id kind }\n    publication(slug: $slug) { id kind }\n    occupation(slug: $slug) { id kind }\n    skill(slug: $slug) { id kind }\n    iscoGroup(slug: $slug) { id kind }\n    skillGroup(slug: $slug) { id kind }\n  }\n"): typeof import('./graphql.js').ExplorerFocusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges { node { id kind slug name } highlight { field text ranges { start length } } }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntity($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Entity { kind slug name description alternativeLabels provenance { kind quote section rationale record source { name } } }\n      ... on Certification { acronym issuer { id name } }\n      ... on Source { title author }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPaths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      length\n      steps {\n        from { id kind slug name }\n        relation\n        to { id kind slug name }\n        provenance { kind quote section rationale record }\n        relationship { relation }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerChoices {\n    roles(first: 100) { nodes { slug name } }\n    certifications(first: 100) { nodes { slug name acronym } }\n  }\n"): typeof import('./graphql.js').ExplorerChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCompareRoles($first: String!, $second: String!) {\n    compareRoles(first: $first, second: $second) {\n      first { id name }\n      second { id name }\n      sharedResponsibilities {\n        responsibility { id name }\n        first { definition }\n        second { definition }\n      }\n      responsibilitiesOnlyFirst { responsibility { id name } definition }\n      responsibilitiesOnlySecond { responsibility { id name } definition }\n      sharedSkillDomains { id name }\n      skillDomainsOnlyFirst { id name }\n      skillDomainsOnlySecond { id name }\n      sharedCertifications { id name }\n      certificationsOnlyFirst { id name }\n      certificationsOnlySecond { id name }\n      dimensions {\n        dimension { id name }\n        first { statement provenance { kind quote section } }\n        second { statement provenance { kind quote section } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerCompareRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSkillGap($role: String!, $held: [String!]!) {\n    skillGap(role: $role, heldCertifications: $held) {\n      role { id name }\n      coveredSkillDomains { id name }\n      missingSkillDomains { id name }\n      uncoverableSkillDomains { id name }\n      coveredResponsibilities { responsibility { id name } definition }\n      missingResponsibilities { responsibility { id name } definition }\n      recommendedCertifications { rank inSmallestCover certification { id name acronym } closes { id name } }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSkillGapDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
