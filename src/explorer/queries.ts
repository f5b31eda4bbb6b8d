/**
 * The GraphQL documents the explorer sends: the same public API (and the same limits) as every
 * other client. Each stays small: well under the server's token, depth and cost limits.
 */
const PROVENANCE = 'provenance { kind quote section rationale }';

export const NEIGHBORHOOD_QUERY = `query ExplorerNeighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {
  neighborhood(id: $id, depth: $depth, kinds: $kinds) {
    nodes { id kind slug name }
    edges { from to relation statement ${PROVENANCE} }
    truncated
  }
}`;

/** The focus of a drawing, by slug: each lookup field answers null unless the slug is of its kind. */
export const FOCUS_QUERY = `query ExplorerFocus($slug: String!) {
  role(slug: $slug) { id }
  certification(slug: $slug) { id }
  skillDomain(slug: $slug) { id }
  responsibility(slug: $slug) { id }
  issuer(slug: $slug) { id }
  itilFunction(slug: $slug) { id }
  technicalArea(slug: $slug) { id }
  comparisonDimension(slug: $slug) { id }
  outlookStatement(slug: $slug) { id }
}`;

export const SEARCH_QUERY = `query ExplorerSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    edges { node { id kind slug name } highlight { field text ranges { start length } } }
  }
}`;

export const ENTITY_DETAILS_QUERY = `query ExplorerEntity($id: ID!) {
  node(id: $id) {
    id
    ... on Entity { kind slug name description alternativeLabels ${PROVENANCE} }
    ... on Certification { acronym issuer { id name } }
    ... on Source { title author }
  }
}`;

export const PATHS_QUERY = `query ExplorerPaths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
    length
    steps { from { id kind slug name } relation to { id kind slug name } ${PROVENANCE} relationship { relation } }
  }
}`;

export const ROLES_AND_CERTIFICATIONS_QUERY = `query ExplorerChoices {
  roles(first: 100) { nodes { slug name } }
  certifications(first: 100) { nodes { slug name acronym } }
}`;

const NAMED = '{ id name }';

export const COMPARE_ROLES_QUERY = `query ExplorerCompareRoles($first: String!, $second: String!) {
  compareRoles(first: $first, second: $second) {
    first ${NAMED}
    second ${NAMED}
    sharedResponsibilities ${NAMED}
    responsibilitiesOnlyFirst ${NAMED}
    responsibilitiesOnlySecond ${NAMED}
    sharedSkillDomains ${NAMED}
    skillDomainsOnlyFirst ${NAMED}
    skillDomainsOnlySecond ${NAMED}
    sharedCertifications ${NAMED}
    certificationsOnlyFirst ${NAMED}
    certificationsOnlySecond ${NAMED}
    dimensions {
      dimension ${NAMED}
      first { statement provenance { kind quote section } }
      second { statement provenance { kind quote section } }
    }
  }
}`;

export const SKILL_GAP_QUERY = `query ExplorerSkillGap($role: String!, $held: [String!]!) {
  skillGap(role: $role, heldCertifications: $held) {
    role ${NAMED}
    coveredSkillDomains ${NAMED}
    missingSkillDomains ${NAMED}
    uncoverableSkillDomains ${NAMED}
    coveredResponsibilities ${NAMED}
    missingResponsibilities ${NAMED}
    recommendedCertifications { rank inSmallestCover certification { id name acronym } closes ${NAMED} }
  }
}`;
