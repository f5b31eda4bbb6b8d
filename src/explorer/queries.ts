/**
 * The GraphQL documents the explorer sends: the same public API (and the same limits) as every
 * other client. Each stays small: well under the server's token, depth and cost limits.
 *
 * Each is a typed document (`npm run codegen` generates src/explorer/graphql/ from schema.graphql
 * and these), so what the explorer reads is checked against the schema by `tsc -p src/explorer`.
 */
import type { EntityKind, ExplorerFocusQuery } from './graphql/graphql.js';
import { graphql } from './graphql/index.js';

export const NEIGHBORHOOD_QUERY = graphql(`
  query ExplorerNeighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {
    neighborhood(id: $id, depth: $depth, kinds: $kinds) {
      nodes { id kind slug name }
      edges { from to relation statement provenance { kind quote section rationale record } }
      truncated
    }
  }
`);

/**
 * The focus of a drawing (`?focus=` on /explore, `focus` on the widget), by slug: one lookup field
 * per kind, each answering null unless the slug is of its kind. Sources have no slug lookup. ESCO
 * occupations and skills are looked up by `slug:` (the UUID of their concept URI) beside `uri:`, ISCO
 * groups by `slug:` (their code) beside `code:`. Each answers the kind too, so the drawing can choose
 * the kinds to show around the focus (the ESCO kinds around an occupation).
 */
export const FOCUS_QUERY = graphql(`
  query ExplorerFocus($slug: String!) {
    role(slug: $slug) { id kind }
    certification(slug: $slug) { id kind }
    skillDomain(slug: $slug) { id kind }
    responsibility(slug: $slug) { id kind }
    issuer(slug: $slug) { id kind }
    itilFunction(slug: $slug) { id kind }
    technicalArea(slug: $slug) { id kind }
    comparisonDimension(slug: $slug) { id kind }
    outlookStatement(slug: $slug) { id kind }
    claim(slug: $slug) { id kind }
    competency(slug: $slug) { id kind }
    person(slug: $slug) { id kind }
    organization(slug: $slug) { id kind }
    publication(slug: $slug) { id kind }
    occupation(slug: $slug) { id kind }
    skill(slug: $slug) { id kind }
    iscoGroup(slug: $slug) { id kind }
    skillGroup(slug: $slug) { id kind }
  }
`);

/** The kinds a `focus` slug can name: every kind but SOURCE (the one source is not looked up by slug). */
export type FocusableKind = Exclude<EntityKind, 'SOURCE'>;

/** A kind's lookup field: `SKILL_DOMAIN` → `skillDomain`. */
type LookupField<Kind extends string> = Kind extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}${Capitalize<LookupField<Tail>>}`
  : Lowercase<Kind>;

/**
 * Compile-time check that FOCUS_QUERY looks up every focusable kind. When the schema gains a kind
 * (and `npm run codegen` adds it to EntityKind), `tsc -p src/explorer` fails here, naming the
 * lookup field missing from ExplorerFocus, until it is added there.
 */
type MissingFocusLookups = Exclude<LookupField<FocusableKind>, keyof ExplorerFocusQuery>;
export const FOCUS_LOOKS_UP_EVERY_KIND: [MissingFocusLookups] extends [never] ? true : MissingFocusLookups = true;

export const SEARCH_QUERY = graphql(`
  query ExplorerSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      edges { node { id kind slug name } highlight { field text ranges { start length } } }
    }
  }
`);

export const ENTITY_DETAILS_QUERY = graphql(`
  query ExplorerEntity($id: ID!) {
    node(id: $id) {
      id
      ... on Entity { kind slug name description alternativeLabels provenance { kind quote section rationale record source { name } } }
      ... on Certification { acronym issuer { id name } }
      ... on Source { title author }
    }
  }
`);

export const PATHS_QUERY = graphql(`
  query ExplorerPaths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
      length
      steps {
        from { id kind slug name }
        relation
        to { id kind slug name }
        provenance { kind quote section rationale record }
        relationship { relation }
      }
    }
  }
`);

export const ROLES_AND_CERTIFICATIONS_QUERY = graphql(`
  query ExplorerChoices {
    roles(first: 100) { nodes { slug name } }
    certifications(first: 100) { nodes { slug name acronym } }
  }
`);

export const COMPARE_ROLES_QUERY = graphql(`
  query ExplorerCompareRoles($first: String!, $second: String!) {
    compareRoles(first: $first, second: $second) {
      first { id name }
      second { id name }
      sharedResponsibilities {
        responsibility { id name }
        first { definition }
        second { definition }
      }
      responsibilitiesOnlyFirst { responsibility { id name } definition }
      responsibilitiesOnlySecond { responsibility { id name } definition }
      sharedSkillDomains { id name }
      skillDomainsOnlyFirst { id name }
      skillDomainsOnlySecond { id name }
      sharedCertifications { id name }
      certificationsOnlyFirst { id name }
      certificationsOnlySecond { id name }
      dimensions {
        dimension { id name }
        first { statement provenance { kind quote section } }
        second { statement provenance { kind quote section } }
      }
    }
  }
`);

export const SKILL_GAP_QUERY = graphql(`
  query ExplorerSkillGap($role: String!, $held: [String!]!) {
    skillGap(role: $role, heldCertifications: $held) {
      role { id name }
      coveredSkillDomains { id name }
      missingSkillDomains { id name }
      uncoverableSkillDomains { id name }
      coveredResponsibilities { responsibility { id name } definition }
      missingResponsibilities { responsibility { id name } definition }
      recommendedCertifications { rank inSmallestCover certification { id name acronym } closes { id name } }
    }
  }
`);
