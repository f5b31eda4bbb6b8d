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
    "\n  query HeadlineRoundTrips {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n": typeof types.HeadlineRoundTripsDocument,
    "\n  query WideRoundTrips {\n    roles(first: 3) {\n      nodes {\n        name\n        responsibilities(first: 10) {\n          totalCount\n          nodes {\n            name\n            skillDomains(first: 4) {\n              totalCount\n              nodes { name certifications(first: 4) { totalCount nodes { name issuer { name } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WideRoundTripsDocument,
    "\n  query NarrowRoundTrips {\n    role(slug: \"it-operations-specialist\") {\n      name\n      responsibilities(first: 1) {\n        nodes { name skillDomains(first: 1) { nodes { name certifications(first: 1) { nodes { name issuer { name } } } } } }\n      }\n    }\n  }\n": typeof types.NarrowRoundTripsDocument,
    "\n  mutation CreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { id kind slug name version provenance { kind rationale } } change { id action actorLabel before after } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.CreateEntityDocument,
    "\n  mutation UpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { name version } change { action before after } }\n      ... on MutationError { message }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": typeof types.UpdateEntityDocument,
    "\n  mutation DeprecateEntity($input: DeprecateEntityInput!) {\n    deprecateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { deprecated deprecatedAt version replacedBy { slug } } }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.DeprecateEntityDocument,
    "\n  query Changes($entity: ID) {\n    changes(entity: $entity) { totalCount nodes { action actorLabel subjectId } }\n  }\n": typeof types.ChangesDocument,
    "\n  mutation Link($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id version relation from { slug } to { slug } provenance { kind rationale } } change { id } }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.LinkDocument,
    "\n  mutation Unlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id } change { id action } }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.UnlinkDocument,
    "\n  query ChangeIds($entity: ID) { changes(entity: $entity) { nodes { id action } } }\n": typeof types.ChangeIdsDocument,
    "\n  mutation Revert($id: ID!) {\n    revertChange(id: $id) {\n      __typename\n      ... on Change { id action subjectId }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.RevertDocument,
    "\n  query GraphContents {\n    roles { totalCount nodes { slug } }\n    responsibilities(first: 100) { totalCount nodes { slug } }\n    skillDomains { totalCount }\n    certifications(first: 100) { totalCount nodes { slug acronym issuer { slug } } }\n    issuers { totalCount nodes { slug } }\n    itilFunctions { totalCount nodes { slug name framework } }\n    comparisonDimensions {\n      totalCount\n      nodes { slug stances { edges { node { slug } statement provenance { kind quote } } } }\n    }\n    technicalAreas { totalCount }\n    outlookStatements { totalCount nodes { slug attributedTo roles { nodes { slug } } } }\n    source { title author sections }\n    itOperations: itilFunction(slug: \"it-operations\") {\n      responsibilities { totalCount nodes { slug } }\n    }\n    manager: role(slug: \"it-operations-manager\") {\n      responsibilities { totalCount nodes { slug } }\n      skillDomains { nodes { slug certifications { nodes { slug } } } }\n      technicalAreas { edges { node { slug } statement } }\n      leads { nodes { slug } }\n      ledBy { totalCount }\n    }\n    specialist: role(slug: \"it-operations-specialist\") {\n      responsibilities { totalCount nodes { slug } }\n      primaryAreas { nodes { slug } }\n      skillDomains { nodes { slug certifications { totalCount } } }\n      ledBy { nodes { slug } }\n    }\n    generalist: role(slug: \"it-operations-generalist\") { name ledBy { nodes { slug } } }\n  }\n": typeof types.GraphContentsDocument,
    "\n  query SecurityOversightCertifications {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n": typeof types.SecurityOversightCertificationsDocument,
    "\n  query AllRelationships($after: String) {\n    relationships(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        relation\n        from { id kind slug }\n        to { id kind slug }\n        provenance { kind quote section rationale source { slug } }\n      }\n    }\n  }\n": typeof types.AllRelationshipsDocument,
    "\n  fragment Cited on Entity { id kind slug name provenance { kind quote section rationale source { slug } } }\n": typeof types.CitedFragmentDoc,
    "\n  query EntitiesOfEveryKind {\n    roles(first: 100) { nodes { ...Cited } }\n    responsibilities(first: 100) { nodes { ...Cited } }\n    skillDomains(first: 100) { nodes { ...Cited } }\n    certifications(first: 100) { nodes { ...Cited } }\n    issuers(first: 100) { nodes { ...Cited } }\n    itilFunctions(first: 100) { nodes { ...Cited } }\n    comparisonDimensions(first: 100) { nodes { ...Cited } }\n    technicalAreas(first: 100) { nodes { ...Cited } }\n    outlookStatements(first: 100) { nodes { ...Cited } }\n    source { ...Cited sections }\n  }\n": typeof types.EntitiesOfEveryKindDocument,
    "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      totalCount\n      edges { score node { kind slug name } highlight { field text ranges { start length } } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query CompareRoles($first: String!, $second: String!) {\n    compareRoles(first: $first, second: $second) {\n      first { slug }\n      second { slug }\n      sharedResponsibilities { slug }\n      responsibilitiesOnlyFirst { slug }\n      responsibilitiesOnlySecond { slug }\n      sharedSkillDomains { slug }\n      skillDomainsOnlyFirst { slug }\n      skillDomainsOnlySecond { slug }\n      sharedCertifications { slug }\n      certificationsOnlyFirst { slug }\n      certificationsOnlySecond { slug }\n      dimensions {\n        dimension { slug }\n        first { role { slug } statement provenance { kind quote } }\n        second { role { slug } statement provenance { kind quote } }\n      }\n    }\n  }\n": typeof types.CompareRolesDocument,
    "\n  query SkillGap($role: String!, $held: [String!]!) {\n    skillGap(role: $role, heldCertifications: $held) {\n      coveredSkillDomains { slug }\n      missingSkillDomains { slug }\n      uncoverableSkillDomains { slug }\n      coveredResponsibilities { slug }\n      missingResponsibilities { slug }\n      recommendedCertifications { rank inSmallestCover certification { slug } closes { slug } }\n    }\n  }\n": typeof types.SkillGapDocument,
    "\n  query PathEnds { ccna: certification(slug: \"ccna\") { id } manager: role(slug: \"it-operations-manager\") { id } }\n": typeof types.PathEndsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      length\n      steps { from { slug } relation to { slug } provenance { kind quote rationale } relationship { relation from { slug } } }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds) {\n      truncated\n      nodes { id kind slug }\n      edges { from to relation provenance { kind } }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Browse($kinds: [EntityKind!], $filter: EntityFilter, $orderBy: EntityOrder, $first: Int) {\n    entities(kinds: $kinds, filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { kind slug name } }\n  }\n": typeof types.BrowseDocument,
};
const documents: Documents = {
    "\n  query HeadlineRoundTrips {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n": types.HeadlineRoundTripsDocument,
    "\n  query WideRoundTrips {\n    roles(first: 3) {\n      nodes {\n        name\n        responsibilities(first: 10) {\n          totalCount\n          nodes {\n            name\n            skillDomains(first: 4) {\n              totalCount\n              nodes { name certifications(first: 4) { totalCount nodes { name issuer { name } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WideRoundTripsDocument,
    "\n  query NarrowRoundTrips {\n    role(slug: \"it-operations-specialist\") {\n      name\n      responsibilities(first: 1) {\n        nodes { name skillDomains(first: 1) { nodes { name certifications(first: 1) { nodes { name issuer { name } } } } } }\n      }\n    }\n  }\n": types.NarrowRoundTripsDocument,
    "\n  mutation CreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { id kind slug name version provenance { kind rationale } } change { id action actorLabel before after } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.CreateEntityDocument,
    "\n  mutation UpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { name version } change { action before after } }\n      ... on MutationError { message }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": types.UpdateEntityDocument,
    "\n  mutation DeprecateEntity($input: DeprecateEntityInput!) {\n    deprecateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { deprecated deprecatedAt version replacedBy { slug } } }\n      ... on MutationError { message }\n    }\n  }\n": types.DeprecateEntityDocument,
    "\n  query Changes($entity: ID) {\n    changes(entity: $entity) { totalCount nodes { action actorLabel subjectId } }\n  }\n": types.ChangesDocument,
    "\n  mutation Link($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id version relation from { slug } to { slug } provenance { kind rationale } } change { id } }\n      ... on MutationError { message }\n    }\n  }\n": types.LinkDocument,
    "\n  mutation Unlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id } change { id action } }\n      ... on MutationError { message }\n    }\n  }\n": types.UnlinkDocument,
    "\n  query ChangeIds($entity: ID) { changes(entity: $entity) { nodes { id action } } }\n": types.ChangeIdsDocument,
    "\n  mutation Revert($id: ID!) {\n    revertChange(id: $id) {\n      __typename\n      ... on Change { id action subjectId }\n      ... on MutationError { message }\n    }\n  }\n": types.RevertDocument,
    "\n  query GraphContents {\n    roles { totalCount nodes { slug } }\n    responsibilities(first: 100) { totalCount nodes { slug } }\n    skillDomains { totalCount }\n    certifications(first: 100) { totalCount nodes { slug acronym issuer { slug } } }\n    issuers { totalCount nodes { slug } }\n    itilFunctions { totalCount nodes { slug name framework } }\n    comparisonDimensions {\n      totalCount\n      nodes { slug stances { edges { node { slug } statement provenance { kind quote } } } }\n    }\n    technicalAreas { totalCount }\n    outlookStatements { totalCount nodes { slug attributedTo roles { nodes { slug } } } }\n    source { title author sections }\n    itOperations: itilFunction(slug: \"it-operations\") {\n      responsibilities { totalCount nodes { slug } }\n    }\n    manager: role(slug: \"it-operations-manager\") {\n      responsibilities { totalCount nodes { slug } }\n      skillDomains { nodes { slug certifications { nodes { slug } } } }\n      technicalAreas { edges { node { slug } statement } }\n      leads { nodes { slug } }\n      ledBy { totalCount }\n    }\n    specialist: role(slug: \"it-operations-specialist\") {\n      responsibilities { totalCount nodes { slug } }\n      primaryAreas { nodes { slug } }\n      skillDomains { nodes { slug certifications { totalCount } } }\n      ledBy { nodes { slug } }\n    }\n    generalist: role(slug: \"it-operations-generalist\") { name ledBy { nodes { slug } } }\n  }\n": types.GraphContentsDocument,
    "\n  query SecurityOversightCertifications {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n": types.SecurityOversightCertificationsDocument,
    "\n  query AllRelationships($after: String) {\n    relationships(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        relation\n        from { id kind slug }\n        to { id kind slug }\n        provenance { kind quote section rationale source { slug } }\n      }\n    }\n  }\n": types.AllRelationshipsDocument,
    "\n  fragment Cited on Entity { id kind slug name provenance { kind quote section rationale source { slug } } }\n": types.CitedFragmentDoc,
    "\n  query EntitiesOfEveryKind {\n    roles(first: 100) { nodes { ...Cited } }\n    responsibilities(first: 100) { nodes { ...Cited } }\n    skillDomains(first: 100) { nodes { ...Cited } }\n    certifications(first: 100) { nodes { ...Cited } }\n    issuers(first: 100) { nodes { ...Cited } }\n    itilFunctions(first: 100) { nodes { ...Cited } }\n    comparisonDimensions(first: 100) { nodes { ...Cited } }\n    technicalAreas(first: 100) { nodes { ...Cited } }\n    outlookStatements(first: 100) { nodes { ...Cited } }\n    source { ...Cited sections }\n  }\n": types.EntitiesOfEveryKindDocument,
    "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      totalCount\n      edges { score node { kind slug name } highlight { field text ranges { start length } } }\n    }\n  }\n": types.SearchDocument,
    "\n  query CompareRoles($first: String!, $second: String!) {\n    compareRoles(first: $first, second: $second) {\n      first { slug }\n      second { slug }\n      sharedResponsibilities { slug }\n      responsibilitiesOnlyFirst { slug }\n      responsibilitiesOnlySecond { slug }\n      sharedSkillDomains { slug }\n      skillDomainsOnlyFirst { slug }\n      skillDomainsOnlySecond { slug }\n      sharedCertifications { slug }\n      certificationsOnlyFirst { slug }\n      certificationsOnlySecond { slug }\n      dimensions {\n        dimension { slug }\n        first { role { slug } statement provenance { kind quote } }\n        second { role { slug } statement provenance { kind quote } }\n      }\n    }\n  }\n": types.CompareRolesDocument,
    "\n  query SkillGap($role: String!, $held: [String!]!) {\n    skillGap(role: $role, heldCertifications: $held) {\n      coveredSkillDomains { slug }\n      missingSkillDomains { slug }\n      uncoverableSkillDomains { slug }\n      coveredResponsibilities { slug }\n      missingResponsibilities { slug }\n      recommendedCertifications { rank inSmallestCover certification { slug } closes { slug } }\n    }\n  }\n": types.SkillGapDocument,
    "\n  query PathEnds { ccna: certification(slug: \"ccna\") { id } manager: role(slug: \"it-operations-manager\") { id } }\n": types.PathEndsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      length\n      steps { from { slug } relation to { slug } provenance { kind quote rationale } relationship { relation from { slug } } }\n    }\n  }\n": types.PathsDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds) {\n      truncated\n      nodes { id kind slug }\n      edges { from to relation provenance { kind } }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Browse($kinds: [EntityKind!], $filter: EntityFilter, $orderBy: EntityOrder, $first: Int) {\n    entities(kinds: $kinds, filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { kind slug name } }\n  }\n": types.BrowseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadlineRoundTrips {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n"): typeof import('./graphql.js').HeadlineRoundTripsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WideRoundTrips {\n    roles(first: 3) {\n      nodes {\n        name\n        responsibilities(first: 10) {\n          totalCount\n          nodes {\n            name\n            skillDomains(first: 4) {\n              totalCount\n              nodes { name certifications(first: 4) { totalCount nodes { name issuer { name } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WideRoundTripsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NarrowRoundTrips {\n    role(slug: \"it-operations-specialist\") {\n      name\n      responsibilities(first: 1) {\n        nodes { name skillDomains(first: 1) { nodes { name certifications(first: 1) { nodes { name issuer { name } } } } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').NarrowRoundTripsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { id kind slug name version provenance { kind rationale } } change { id action actorLabel before after } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n"): typeof import('./graphql.js').CreateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { name version } change { action before after } }\n      ... on MutationError { message }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"): typeof import('./graphql.js').UpdateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeprecateEntity($input: DeprecateEntityInput!) {\n    deprecateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { deprecated deprecatedAt version replacedBy { slug } } }\n      ... on MutationError { message }\n    }\n  }\n"): typeof import('./graphql.js').DeprecateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($entity: ID) {\n    changes(entity: $entity) { totalCount nodes { action actorLabel subjectId } }\n  }\n"): typeof import('./graphql.js').ChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Link($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id version relation from { slug } to { slug } provenance { kind rationale } } change { id } }\n      ... on MutationError { message }\n    }\n  }\n"): typeof import('./graphql.js').LinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id } change { id action } }\n      ... on MutationError { message }\n    }\n  }\n"): typeof import('./graphql.js').UnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeIds($entity: ID) { changes(entity: $entity) { nodes { id action } } }\n"): typeof import('./graphql.js').ChangeIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Revert($id: ID!) {\n    revertChange(id: $id) {\n      __typename\n      ... on Change { id action subjectId }\n      ... on MutationError { message }\n    }\n  }\n"): typeof import('./graphql.js').RevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphContents {\n    roles { totalCount nodes { slug } }\n    responsibilities(first: 100) { totalCount nodes { slug } }\n    skillDomains { totalCount }\n    certifications(first: 100) { totalCount nodes { slug acronym issuer { slug } } }\n    issuers { totalCount nodes { slug } }\n    itilFunctions { totalCount nodes { slug name framework } }\n    comparisonDimensions {\n      totalCount\n      nodes { slug stances { edges { node { slug } statement provenance { kind quote } } } }\n    }\n    technicalAreas { totalCount }\n    outlookStatements { totalCount nodes { slug attributedTo roles { nodes { slug } } } }\n    source { title author sections }\n    itOperations: itilFunction(slug: \"it-operations\") {\n      responsibilities { totalCount nodes { slug } }\n    }\n    manager: role(slug: \"it-operations-manager\") {\n      responsibilities { totalCount nodes { slug } }\n      skillDomains { nodes { slug certifications { nodes { slug } } } }\n      technicalAreas { edges { node { slug } statement } }\n      leads { nodes { slug } }\n      ledBy { totalCount }\n    }\n    specialist: role(slug: \"it-operations-specialist\") {\n      responsibilities { totalCount nodes { slug } }\n      primaryAreas { nodes { slug } }\n      skillDomains { nodes { slug certifications { totalCount } } }\n      ledBy { nodes { slug } }\n    }\n    generalist: role(slug: \"it-operations-generalist\") { name ledBy { nodes { slug } } }\n  }\n"): typeof import('./graphql.js').GraphContentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityOversightCertifications {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n"): typeof import('./graphql.js').SecurityOversightCertificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllRelationships($after: String) {\n    relationships(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        relation\n        from { id kind slug }\n        to { id kind slug }\n        provenance { kind quote section rationale source { slug } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AllRelationshipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Cited on Entity { id kind slug name provenance { kind quote section rationale source { slug } } }\n"): typeof import('./graphql.js').CitedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesOfEveryKind {\n    roles(first: 100) { nodes { ...Cited } }\n    responsibilities(first: 100) { nodes { ...Cited } }\n    skillDomains(first: 100) { nodes { ...Cited } }\n    certifications(first: 100) { nodes { ...Cited } }\n    issuers(first: 100) { nodes { ...Cited } }\n    itilFunctions(first: 100) { nodes { ...Cited } }\n    comparisonDimensions(first: 100) { nodes { ...Cited } }\n    technicalAreas(first: 100) { nodes { ...Cited } }\n    outlookStatements(first: 100) { nodes { ...Cited } }\n    source { ...Cited sections }\n  }\n"): typeof import('./graphql.js').EntitiesOfEveryKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      totalCount\n      edges { score node { kind slug name } highlight { field text ranges { start length } } }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareRoles($first: String!, $second: String!) {\n    compareRoles(first: $first, second: $second) {\n      first { slug }\n      second { slug }\n      sharedResponsibilities { slug }\n      responsibilitiesOnlyFirst { slug }\n      responsibilitiesOnlySecond { slug }\n      sharedSkillDomains { slug }\n      skillDomainsOnlyFirst { slug }\n      skillDomainsOnlySecond { slug }\n      sharedCertifications { slug }\n      certificationsOnlyFirst { slug }\n      certificationsOnlySecond { slug }\n      dimensions {\n        dimension { slug }\n        first { role { slug } statement provenance { kind quote } }\n        second { role { slug } statement provenance { kind quote } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CompareRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillGap($role: String!, $held: [String!]!) {\n    skillGap(role: $role, heldCertifications: $held) {\n      coveredSkillDomains { slug }\n      missingSkillDomains { slug }\n      uncoverableSkillDomains { slug }\n      coveredResponsibilities { slug }\n      missingResponsibilities { slug }\n      recommendedCertifications { rank inSmallestCover certification { slug } closes { slug } }\n    }\n  }\n"): typeof import('./graphql.js').SkillGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathEnds { ccna: certification(slug: \"ccna\") { id } manager: role(slug: \"it-operations-manager\") { id } }\n"): typeof import('./graphql.js').PathEndsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      length\n      steps { from { slug } relation to { slug } provenance { kind quote rationale } relationship { relation from { slug } } }\n    }\n  }\n"): typeof import('./graphql.js').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds) {\n      truncated\n      nodes { id kind slug }\n      edges { from to relation provenance { kind } }\n    }\n  }\n"): typeof import('./graphql.js').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Browse($kinds: [EntityKind!], $filter: EntityFilter, $orderBy: EntityOrder, $first: Int) {\n    entities(kinds: $kinds, filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { kind slug name } }\n  }\n"): typeof import('./graphql.js').BrowseDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
