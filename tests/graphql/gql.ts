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
    "\n  query CacheHeadline { responsibility(slug: \"security-oversight\") { name certifications { nodes { name issuer { name } } } } }\n": typeof types.CacheHeadlineDocument,
    "query CacheSpecialist { role(slug: \"it-operations-specialist\") { id name version } }": typeof types.CacheSpecialistDocument,
    "query CacheChanges { changes(first: 5) { totalCount } }": typeof types.CacheChangesDocument,
    "query CacheRoleVersion($slug: String!) { role(slug: $slug) { id version } }": typeof types.CacheRoleVersionDocument,
    "mutation CacheRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }": typeof types.CacheRenameDocument,
    "query CacheOversizedPage { roles(first: 1000) { totalCount } }": typeof types.CacheOversizedPageDocument,
    "\n  query HeadlineRoundTrips {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n": typeof types.HeadlineRoundTripsDocument,
    "\n  query WideRoundTrips {\n    roles(first: 3) {\n      nodes {\n        name\n        responsibilities(first: 10) {\n          totalCount\n          nodes {\n            name\n            skillDomains(first: 4) {\n              totalCount\n              nodes { name certifications(first: 4) { totalCount nodes { name issuer { name } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WideRoundTripsDocument,
    "\n  query NarrowRoundTrips {\n    role(slug: \"it-operations-specialist\") {\n      name\n      responsibilities(first: 1) {\n        nodes { name skillDomains(first: 1) { nodes { name certifications(first: 1) { nodes { name issuer { name } } } } } }\n      }\n    }\n  }\n": typeof types.NarrowRoundTripsDocument,
    "query CertificationIds { certifications(first: 100) { nodes { id } } }": typeof types.CertificationIdsDocument,
    "query CertificationsByIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Certification { name } } }": typeof types.CertificationsByIdsDocument,
    "query Replacements { certifications(first: 100, includeDeprecated: true) { nodes { replacedBy { name } } } }": typeof types.ReplacementsDocument,
    "\n        mutation PlantEntity($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { id } } } }\n      ": typeof types.PlantEntityDocument,
    "mutation PlantLink($input: LinkEntitiesInput!) { linkEntities(input: $input) { __typename } }": typeof types.PlantLinkDocument,
    "\n      query PlantedGap($proven: Boolean!) {\n        skillGap(role: \"planted-role\", heldCertifications: []) {\n          missingSkillDomains { slug }\n          recommendedCertifications { rank inSmallestCover closes { slug } }\n          smallestCoverProven @include(if: $proven)\n        }\n      }\n    ": typeof types.PlantedGapDocument,
    "\n        query OverlappingGap {\n          skillGap(role: \"overlapping-role\", heldCertifications: []) {\n            missingSkillDomains { slug } uncoverableSkillDomains { slug } smallestCoverProven\n            recommendedCertifications { inSmallestCover closes { slug } }\n          }\n        }\n      ": typeof types.OverlappingGapDocument,
    "query LargeNeighborhood($id: ID!) { neighborhood(id: $id, depth: 3) { truncated nodes { id } } }": typeof types.LargeNeighborhoodDocument,
    "query LargePaths($from: ID!, $to: ID!, $maxLength: Int) { paths(from: $from, to: $to, maxLength: $maxLength, first: 20) { length } }": typeof types.LargePathsDocument,
    "\n  mutation CachedCreateKey($label: String!) {\n    createApiKey(label: $label, scope: EDIT) { __typename ... on NewApiKey { key apiKey { id } } }\n  }\n": typeof types.CachedCreateKeyDocument,
    "query CachedApiKeys { apiKeys { id label revokedAt } }": typeof types.CachedApiKeysDocument,
    "\n  mutation CachedDeprecate($input: DeprecateEntityInput!) {\n    deprecateEntity(input: $input) { __typename ... on EntityChange { change { id } } ... on ConflictError { currentVersion } }\n  }\n": typeof types.CachedDeprecateDocument,
    "query CachedRole { role(slug: \"it-operations-manager\") { id version } }": typeof types.CachedRoleDocument,
    "query CachedChangeLog { changes(first: 50) { nodes { action subjectId } } }": typeof types.CachedChangeLogDocument,
    "mutation CachedRevokeKey($id: String!) { revokeApiKey(id: $id) { __typename } }": typeof types.CachedRevokeKeyDocument,
    "\n  query ConcurrentManager { role(slug: \"it-operations-manager\") { id name version leads { edges { evidence { id version } } } } }\n": typeof types.ConcurrentManagerDocument,
    "\n  query ConcurrentChangeCount($entity: ID) { changes(entity: $entity) { totalCount } }\n": typeof types.ConcurrentChangeCountDocument,
    "\n  mutation ConcurrentUpdate($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { name version } }\n      ... on MutationError { message }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": typeof types.ConcurrentUpdateDocument,
    "\n  mutation ConcurrentCreate($input: CreateEntityInput!) {\n    createEntity(input: $input) { __typename ... on MutationError { message } ... on ConflictError { currentVersion } }\n  }\n": typeof types.ConcurrentCreateDocument,
    "\n  mutation ConcurrentLink($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) { __typename ... on MutationError { message } ... on ConflictError { currentVersion } }\n  }\n": typeof types.ConcurrentLinkDocument,
    "\n  mutation ConcurrentDeprecate($input: DeprecateEntityInput!) { deprecateEntity(input: $input) { __typename ... on MutationError { message } } }\n": typeof types.ConcurrentDeprecateDocument,
    "\n  mutation ConcurrentUnlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }\n  }\n": typeof types.ConcurrentUnlinkDocument,
    "\n  query ConcurrentLinkEnds {\n    skillDomain(slug: \"service-management\") { id certifications { totalCount } }\n    certification(slug: \"pmp\") { id }\n  }\n": typeof types.ConcurrentLinkEndsDocument,
    "\n  mutation ConcurrentRevert($id: ID!) { revertChange(id: $id) { __typename ... on MutationError { message } } }\n": typeof types.ConcurrentRevertDocument,
    "query ConcurrentChangeLog { changes { nodes { action } } }": typeof types.ConcurrentChangeLogDocument,
    "\n  query SpecRoleCrosswalk($slug: String!) {\n    role(slug: $slug) {\n      name\n      occupationMatches {\n        matchType\n        role { slug }\n        occupation { name alternativeLabels externalIds { scheme code } }\n        provenance { kind record rationale source { slug } }\n      }\n      externalIds {\n        scheme\n        code\n        uri\n        confidence\n        label\n        derivedFrom { matchType occupation { name } }\n      }\n      occupations { edges { matchType node { name } } }\n    }\n  }\n": typeof types.SpecRoleCrosswalkDocument,
    "\n  query SpecEntitiesByExternalId($scheme: ExternalIdScheme!, $code: String!) {\n    entitiesByExternalId(scheme: $scheme, code: $code) { kind slug name }\n  }\n": typeof types.SpecEntitiesByExternalIdDocument,
    "\n  mutation SpecLinkOccupationMatch($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on MutationError { message }\n    }\n  }\n": typeof types.SpecLinkOccupationMatchDocument,
    "\n  query SpecEscoSkillsOfCertification($slug: String!) {\n    certification(slug: $slug) {\n      escoSkills { edges { node { name } provenance { kind rationale } } }\n    }\n    skillDomains { nodes { slug escoSkills { totalCount } } }\n  }\n": typeof types.SpecEscoSkillsOfCertificationDocument,
    "\n  query SpecCrossingPaths($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 3, first: 5) {\n      length\n      steps { relation to { kind name } provenance { kind } }\n    }\n  }\n": typeof types.SpecCrossingPathsDocument,
    "\n  query SeededManager {\n    role(slug: \"it-operations-manager\") {\n      id name description version deprecated\n      leads { edges { node { slug } evidence { id version } } }\n    }\n    certification(slug: \"pmp\") { id version deprecated }\n  }\n": typeof types.SeededManagerDocument,
    "\n  mutation SeededUpdate($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename ... on MutationError { message } } }\n": typeof types.SeededUpdateDocument,
    "\n  mutation SeededDeprecate($input: DeprecateEntityInput!) { deprecateEntity(input: $input) { __typename ... on MutationError { message } } }\n": typeof types.SeededDeprecateDocument,
    "\n  mutation SeededUnlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }\n  }\n": typeof types.SeededUnlinkDocument,
    "\n  mutation SeededRevert($id: ID!) { revertChange(id: $id) { __typename ... on MutationError { message } } }\n": typeof types.SeededRevertDocument,
    "query SeededManagerDeprecated { role(slug: \"it-operations-manager\") { deprecated version } }": typeof types.SeededManagerDeprecatedDocument,
    "\n  query RulesRole($slug: String!) { role(slug: $slug) { id name version deprecated replacedBy { slug } } }\n": typeof types.RulesRoleDocument,
    "\n      mutation RulesCreate($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on MutationError { message } } }\n    ": typeof types.RulesCreateDocument,
    "query RulesVersion($id: ID!) { node(id: $id) { ... on Entity { version } } }": typeof types.RulesVersionDocument,
    "\n        mutation RulesDeprecate($input: DeprecateEntityInput!) {\n          deprecateEntity(input: $input) { __typename ... on EntityChange { change { id } } ... on MutationError { message } }\n        }\n      ": typeof types.RulesDeprecateDocument,
    "mutation RulesRevert($id: ID!) { revertChange(id: $id) { __typename ... on Change { id } ... on MutationError { message } } }": typeof types.RulesRevertDocument,
    "mutation RulesLink($input: LinkEntitiesInput!) { linkEntities(input: $input) { __typename ... on MutationError { message } } }": typeof types.RulesLinkDocument,
    "mutation RulesUpdate($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename ... on EntityChange { change { id } } } }": typeof types.RulesUpdateDocument,
    "query RulesManagerLeads { role(slug: \"it-operations-manager\") { leads { edges { evidence { id version } } } } }": typeof types.RulesManagerLeadsDocument,
    "\n          mutation RulesUnlink($input: UnlinkEntitiesInput!) {\n            unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } }\n          }\n        ": typeof types.RulesUnlinkDocument,
    "query RulesLedCount($id: ID!) { node(id: $id) { ... on Role { leads { totalCount } } } }": typeof types.RulesLedCountDocument,
    "query RulesChangeLog { changes { nodes { id action } } }": typeof types.RulesChangeLogDocument,
    "\n  mutation CreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { id kind slug name version provenance { kind rationale } } change { id action actorLabel before after } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.CreateEntityDocument,
    "\n  mutation UpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { name version } change { action before after } }\n      ... on MutationError { message }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": typeof types.UpdateEntityDocument,
    "\n  mutation DeprecateEntity($input: DeprecateEntityInput!) {\n    deprecateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { deprecated deprecatedAt version replacedBy { slug } } }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.DeprecateEntityDocument,
    "\n  query Changes($entity: ID) {\n    changes(entity: $entity) { totalCount nodes { action actorLabel subjectId } }\n  }\n": typeof types.ChangesDocument,
    "query CurationRoleCount { roles(includeDeprecated: true) { totalCount } }": typeof types.CurationRoleCountDocument,
    "\n  query CurationRole($slug: String!) { role(slug: $slug) { id name version deprecated } }\n": typeof types.CurationRoleDocument,
    "\n  query CurationRoleSlugs($includeDeprecated: Boolean) { roles(includeDeprecated: $includeDeprecated) { totalCount nodes { slug } } }\n": typeof types.CurationRoleSlugsDocument,
    "query CurationRoles { roles { totalCount } }": typeof types.CurationRolesDocument,
    "\n      mutation CurationCreateKey($label: String!) {\n        createApiKey(label: $label, scope: EDIT) { __typename ... on NewApiKey { key apiKey { id scope } } }\n      }\n    ": typeof types.CurationCreateKeyDocument,
    "mutation CurationRevokeKey($id: String!) { revokeApiKey(id: $id) { __typename ... on ApiKey { revokedAt } } }": typeof types.CurationRevokeKeyDocument,
    "query CurationApiKeys { apiKeys { id label scope revokedAt } }": typeof types.CurationApiKeysDocument,
    "\n        query CurationSpecialistLeaders {\n          role(slug: \"it-operations-specialist\") { ledBy { nodes { slug } } all: ledBy(includeDeprecated: true) { nodes { slug } } }\n        }\n      ": typeof types.CurationSpecialistLeadersDocument,
    "query CurationSearchRoles($query: String!) { search(query: $query, kinds: [ROLE]) { nodes { slug } } }": typeof types.CurationSearchRolesDocument,
    "\n  mutation Link($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id version relation from { slug } to { slug } provenance { kind rationale } } change { id } }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.LinkDocument,
    "\n  mutation Unlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id } change { id action } }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.UnlinkDocument,
    "\n  query ChangeIds($entity: ID) { changes(entity: $entity) { nodes { id action } } }\n": typeof types.ChangeIdsDocument,
    "\n  mutation Revert($id: ID!) {\n    revertChange(id: $id) {\n      __typename\n      ... on Change { id action subjectId }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.RevertDocument,
    "\n  query CurationLinkEnds {\n    skillDomain(slug: \"service-management\") { id certifications { totalCount } }\n    certification(slug: \"pmp\") { id }\n  }\n": typeof types.CurationLinkEndsDocument,
    "\n    query CurationWatched {\n      roles(includeDeprecated: true) { totalCount nodes { name version deprecated } }\n      skillDomain(slug: \"service-management\") { certifications { totalCount } }\n    }\n  ": typeof types.CurationWatchedDocument,
    "\n  mutation DurableCreate($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { slug } } } }\n": typeof types.DurableCreateDocument,
    "query ErrorsManagerId { role(slug: \"it-operations-manager\") { id } }": typeof types.ErrorsManagerIdDocument,
    "query ErrorsRoleById($id: ID!) { node(id: $id) { ... on Role { name slug } } }": typeof types.ErrorsRoleByIdDocument,
    "\n      query ErrorsCertificationPage($after: String) {\n        certifications(first: 4, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } }\n      }\n    ": typeof types.ErrorsCertificationPageDocument,
    "query ErrorsCertificationCursors { certifications(first: 100) { edges { cursor } } }": typeof types.ErrorsCertificationCursorsDocument,
    "\n        query ErrorsPastTheEnd($after: String) { certifications(after: $after) { totalCount nodes { name } pageInfo { hasNextPage } } }\n      ": typeof types.ErrorsPastTheEndDocument,
    "\n      query ErrorsFilteredCertifications($issuer: String, $skillDomain: String, $role: String) {\n        certifications(issuer: $issuer, skillDomain: $skillDomain, role: $role) { nodes { slug } }\n      }\n    ": typeof types.ErrorsFilteredCertificationsDocument,
    "query ErrorsManagerResponsibilities { role(slug: \"it-operations-manager\") { name responsibilities { totalCount } } }": typeof types.ErrorsManagerResponsibilitiesDocument,
    "\n  query EscoImportFindOccupation($query: String!) {\n    search(query: $query, kinds: [OCCUPATION], first: 5) { edges { node { id kind slug name } } }\n  }\n": typeof types.EscoImportFindOccupationDocument,
    "\n  query EscoImportOccupation($id: ID!) {\n    node(id: $id) {\n      ... on Occupation { name alternativeLabels deprecated provenance { kind quote source { slug } } }\n    }\n  }\n": typeof types.EscoImportOccupationDocument,
    "\n  query EscoOccupationByUri($uri: String!) {\n    occupation(uri: $uri) {\n      uri\n      preferredLabel\n      name\n      code\n      alternativeLabels\n      hiddenLabels\n      description\n      iscoGroup { code name uri }\n      essentialSkills(first: 100) { totalCount edges { requirement node { name } provenance { kind record } } }\n      optionalSkills(first: 100) { totalCount edges { requirement node { name } } }\n      skills { totalCount }\n      provenance { kind quote rationale record verified source { slug name } }\n    }\n  }\n": typeof types.EscoOccupationByUriDocument,
    "query EscoOccupationBySlug($slug: String!) { occupation(slug: $slug) { uri } }": typeof types.EscoOccupationBySlugDocument,
    "\n      query EscoManyOccupations {\n        occupations(first: 20) { nodes { essentialSkills { totalCount } optionalSkills { totalCount } } }\n      }\n    ": typeof types.EscoManyOccupationsDocument,
    "\n  query EscoBadLookup($uri: String, $slug: String) {\n    occupation(uri: $uri, slug: $slug) { name }\n  }\n": typeof types.EscoBadLookupDocument,
    "query EscoIscoByCode($code: String!) { iscoGroup(code: $code) { name } }": typeof types.EscoIscoByCodeDocument,
    "query EscoSkillBadUri($uri: String!) { skill(uri: $uri) { name } }": typeof types.EscoSkillBadUriDocument,
    "\n    query EscoSkillByUri($uri: String!, $requirement: [SkillRequirement!]) {\n      skill(uri: $uri) {\n        uri\n        preferredLabel\n        skillType\n        reuseLevel\n        alternativeLabels\n        hiddenLabels\n        occupations(first: 100, requirement: $requirement) { totalCount edges { requirement node { uri name } } }\n        provenance { kind record }\n      }\n    }\n  ": typeof types.EscoSkillByUriDocument,
    "\n      query EscoOccupationHierarchy($uri: String!) {\n        occupation(uri: $uri) { name broader { nodes { name uri narrower(first: 100) { nodes { name } } } } }\n      }\n    ": typeof types.EscoOccupationHierarchyDocument,
    "\n      query EscoSkillHierarchy($uri: String!) {\n        skill(uri: $uri) { name broader { nodes { name } } narrower(first: 100) { totalCount nodes { name } } }\n      }\n    ": typeof types.EscoSkillHierarchyDocument,
    "\n      query EscoIscoHierarchy {\n        iscoGroup(code: \"1330\") {\n          code\n          broader { code broader { code broader { code broader { code } } } }\n          occupations(first: 100) { nodes { uri } }\n        }\n        major: iscoGroup(code: \"1\") { narrower { nodes { code } } }\n      }\n    ": typeof types.EscoIscoHierarchyDocument,
    "\n    query EscoOccupationsPage($first: Int, $after: String, $filter: EntityFilter) {\n      occupations(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { name uri }\n      }\n    }\n  ": typeof types.EscoOccupationsPageDocument,
    "\n      query EscoSkillAndGroupLists {\n        skills(first: 5, filter: { provenanceKind: IMPORTED }) { totalCount nodes { skillType } }\n        iscoGroups(first: 100, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { code name } }\n      }\n    ": typeof types.EscoSkillAndGroupListsDocument,
    "\n    query EscoSearch($query: String!, $kinds: [EntityKind!]) {\n      search(query: $query, kinds: $kinds, first: 10) {\n        edges { node { kind name ... on Occupation { uri } ... on Skill { uri } } highlight { field text } }\n      }\n    }\n  ": typeof types.EscoSearchDocument,
    "\n  query EscoSkillGroups($uri: String!, $group: String!) {\n    skill(uri: $uri) { groups { nodes { slug uri name } } }\n    skillGroup(slug: $group) { uri code name broader { nodes { slug } } narrower { totalCount } skills { totalCount } provenance { kind record } }\n  }\n": typeof types.EscoSkillGroupsDocument,
    "\n  query StructureRoleNeeds($slug: String!, $need: [TechnicalAreaNeed!]) {\n    role(slug: $slug) {\n      technicalAreas(need: $need) {\n        totalCount\n        edges {\n          need\n          relation\n          statement\n          statementProvenance { kind quote rationale }\n          provenance { kind quote }\n          node { slug name }\n        }\n      }\n    }\n  }\n": typeof types.StructureRoleNeedsDocument,
    "\n  query StructureAreaRoles($slug: String!, $need: [TechnicalAreaNeed!]) {\n    technicalArea(slug: $slug) {\n      roles(need: $need) { edges { need node { slug } } }\n    }\n  }\n": typeof types.StructureAreaRolesDocument,
    "\n      query StructureHolders { responsibility(slug: \"incident-response\") { roles { edges { relation need } } } }\n    ": typeof types.StructureHoldersDocument,
    "\n      query StructureQualifiers($relation: Relation!) {\n        relationships(relation: $relation, first: 100) { totalCount nodes { qualifier } }\n      }\n    ": typeof types.StructureQualifiersDocument,
    "\n      query StructureNeedLevels {\n        role(slug: \"it-operations-manager\") {\n          technicalAreas(need: [MUST_UNDERSTAND]) {\n            edges { need node { roles(need: [MUST_UNDERSTAND, INVALUABLE]) { edges { need node { slug } } } } }\n          }\n        }\n      }\n    ": typeof types.StructureNeedLevelsDocument,
    "\n  mutation StructureLinkQualified($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { relation qualifier from { slug } to { slug } } }\n      ... on ValidationError { field }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.StructureLinkQualifiedDocument,
    "\n  query StructureLinkEnds {\n    manager: role(slug: \"it-operations-manager\") { id technicalAreas { totalCount } }\n    specialist: role(slug: \"it-operations-specialist\") { id }\n    generalist: role(slug: \"it-operations-generalist\") { id ledBy { totalCount } }\n    database: technicalArea(slug: \"database-management\") { id }\n  }\n": typeof types.StructureLinkEndsDocument,
    "\n  query StructureRoleResponsibilities($slug: String!) {\n    role(slug: $slug) {\n      responsibilities(first: 100) {\n        edges { statement statementProvenance { kind quote } provenance { kind quote } node { slug } }\n      }\n    }\n  }\n": typeof types.StructureRoleResponsibilitiesDocument,
    "\n      query StructureCompare($first: String!, $second: String!) {\n        compareRoles(first: $first, second: $second) {\n          sharedResponsibilities {\n            responsibility { slug }\n            first { role { slug } definition definitionProvenance { kind quote } relationship { relation provenance { quote } } }\n            second { role { slug } definition definitionProvenance { kind quote } relationship { relation provenance { quote } } }\n          }\n          responsibilitiesOnlyFirst { role { slug } responsibility { slug } definition }\n          responsibilitiesOnlySecond { role { slug } responsibility { slug } definition }\n        }\n      }\n    ": typeof types.StructureCompareDocument,
    "\n      query StructureGap($role: String!, $held: [String!]!) {\n        skillGap(role: $role, heldCertifications: $held) {\n          coveredResponsibilities { role { slug } responsibility { slug } definition definitionProvenance { kind } }\n          missingResponsibilities { role { slug } responsibility { slug } definition }\n        }\n      }\n    ": typeof types.StructureGapDocument,
    "\n  query StructureEntityWords($after: String) {\n    entities(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        kind\n        slug\n        description\n        provenance { kind quote section source { slug } }\n        descriptionProvenance { kind quote section rationale source { slug } }\n      }\n    }\n  }\n": typeof types.StructureEntityWordsDocument,
    "query StructureQuoted { role(slug: \"it-operations-manager\") { provenance { quote source { id } } } }": typeof types.StructureQuotedDocument,
    "\n      mutation StructureCreate($input: CreateEntityInput!) {\n        createEntity(input: $input) {\n          __typename\n          ... on EntityChange { entity { id version descriptionProvenance { kind quote } } }\n          ... on MutationError { message }\n        }\n      }\n    ": typeof types.StructureCreateDocument,
    "\n      mutation StructureUpdate($input: UpdateEntityInput!) {\n        updateEntity(input: $input) {\n          __typename\n          ... on EntityChange { entity { descriptionProvenance { kind quote rationale } } }\n          ... on MutationError { message }\n        }\n      }\n    ": typeof types.StructureUpdateDocument,
    "\n      query StructureStatements($after: String) {\n        relationships(first: 100, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { statement provenance { kind quote section } statementProvenance { kind quote section rationale } }\n        }\n      }\n    ": typeof types.StructureStatementsDocument,
    "\n      query StructureFramework { itilFunctions { nodes { framework frameworkProvenance { kind quote rationale } } } }\n    ": typeof types.StructureFrameworkDocument,
    "\n      query StructureOutlook($a: String!, $b: String!) {\n        a: outlookStatement(slug: $a) { horizon topPercent }\n        b: outlookStatement(slug: $b) { horizon topPercent }\n      }\n    ": typeof types.StructureOutlookDocument,
    "\n  query GraphContents {\n    roles { totalCount nodes { slug } }\n    responsibilities(first: 100) { totalCount nodes { slug } }\n    skillDomains { totalCount }\n    certifications(first: 100) { totalCount nodes { slug acronym issuer { slug } } }\n    issuers { totalCount nodes { slug } }\n    itilFunctions { totalCount nodes { slug name framework } }\n    comparisonDimensions {\n      totalCount\n      nodes { slug stances { edges { node { slug } statement provenance { kind quote } } } }\n    }\n    technicalAreas { totalCount }\n    outlookStatements { totalCount nodes { slug attributedTo roles { nodes { slug } } } }\n    source { title author sections }\n    itOperations: itilFunction(slug: \"it-operations\") {\n      responsibilities { totalCount nodes { slug } }\n    }\n    manager: role(slug: \"it-operations-manager\") {\n      responsibilities { totalCount nodes { slug } }\n      skillDomains { nodes { slug certifications { nodes { slug } } } }\n      technicalAreas { edges { node { slug } statement } }\n      leads { nodes { slug } }\n      ledBy { totalCount }\n    }\n    specialist: role(slug: \"it-operations-specialist\") {\n      responsibilities { totalCount nodes { slug } }\n      primaryAreas { nodes { slug } }\n      skillDomains { nodes { slug certifications { totalCount } } }\n      ledBy { nodes { slug } }\n    }\n    generalist: role(slug: \"it-operations-generalist\") { name ledBy { nodes { slug } } }\n  }\n": typeof types.GraphContentsDocument,
    "\n  query ArticleStructure {\n    topFinding: outlookStatement(slug: \"robert-half-top-15-percent\") {\n      expertise { nodes { slug } }\n      reportedBy { slug name }\n      roles { nodes { slug } }\n    }\n    contractors: outlookStatement(slug: \"reliance-on-contract-employees\") {\n      expertise { nodes { slug } }\n      roles { nodes { slug } }\n    }\n    demand: outlookStatement(slug: \"strong-demand-in-2025\") { roles { nodes { slug } } }\n    highDemand: outlookStatement(slug: \"both-roles-in-high-demand\") { roles { nodes { slug } } }\n    networking: technicalArea(slug: \"networking\") { outlook { nodes { slug } } }\n    manager: role(slug: \"it-operations-manager\") {\n      competencies { edges { node { slug } statement provenance { kind quote } } }\n      claims { nodes { slug } }\n      itilFunctions { edges { node { slug } provenance { kind rationale } } }\n    }\n    specialist: role(slug: \"it-operations-specialist\") {\n      competencies { edges { node { slug alternativeLabels } statement provenance { kind quote } } }\n    }\n    author: person(slug: \"damon-garn\") {\n      description\n      owns { nodes { slug name } }\n      contributesTo { nodes { name } }\n      publications { edges { node { name issuer { slug } } provenance { kind quote } } }\n      sources { nodes { slug } }\n    }\n    itOperations: itilFunction(slug: \"it-operations\") { claims { nodes { slug } } }\n  }\n": typeof types.ArticleStructureDocument,
    "\n  query FindWord($query: String!, $kinds: [EntityKind!]) { search(query: $query, kinds: $kinds, first: 5) { edges { node { kind slug } } } }\n": typeof types.FindWordDocument,
    "\n  query ResponsibilityDefinitions {\n    shared: responsibilities(first: 30) {\n      nodes {\n        slug description provenance { quote }\n        roles { edges { node { slug } statement } }\n        itilFunctions { edges { node { slug } statement } }\n      }\n    }\n  }\n": typeof types.ResponsibilityDefinitionsDocument,
    "\n  query SecurityOversightCertifications {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n": typeof types.SecurityOversightCertificationsDocument,
    "\n  query SpecEntityJsonLd($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Entity { name description alternativeLabels jsonLd provenance { kind quote } }\n    }\n  }\n": typeof types.SpecEntityJsonLdDocument,
    "\n  query SpecCertificationIssuerJsonLd($slug: String!) {\n    certification(slug: $slug) { id name jsonLd issuer { name alternativeLabels } }\n  }\n": typeof types.SpecCertificationIssuerJsonLdDocument,
    "\n  mutation SpecLinkedDataNewRole($input: CreateEntityInput!) {\n    createEntity(input: $input) { __typename ... on EntityChange { entity { id jsonLd } } }\n  }\n": typeof types.SpecLinkedDataNewRoleDocument,
    "\n      query LinkedDataCertifications { certifications(first: 15) { nodes { id jsonLd } } }\n    ": typeof types.LinkedDataCertificationsDocument,
    "query QueryTypeName { __schema { queryType { name } } }": typeof types.QueryTypeNameDocument,
    "\n  query AllRelationships($after: String) {\n    relationships(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        relation\n        from { id kind slug }\n        to { id kind slug }\n        provenance { kind quote section rationale source { slug } }\n      }\n    }\n  }\n": typeof types.AllRelationshipsDocument,
    "\n  fragment Cited on Entity { id kind slug name provenance { kind quote section rationale source { slug } } }\n": typeof types.CitedFragmentDoc,
    "\n  query EntitiesOfEveryKind {\n    roles(first: 100) { nodes { ...Cited } }\n    responsibilities(first: 100) { nodes { ...Cited } }\n    skillDomains(first: 100) { nodes { ...Cited } }\n    certifications(first: 100) { nodes { ...Cited } }\n    issuers(first: 100) { nodes { ...Cited } }\n    itilFunctions(first: 100) { nodes { ...Cited } }\n    comparisonDimensions(first: 100) { nodes { ...Cited } }\n    technicalAreas(first: 100) { nodes { ...Cited } }\n    outlookStatements(first: 100) { nodes { ...Cited } }\n    claims(first: 100) { nodes { ...Cited } }\n    competencies(first: 100) { nodes { ...Cited } }\n    people(first: 100) { nodes { ...Cited } }\n    organizations(first: 100) { nodes { ...Cited } }\n    publications(first: 100) { nodes { ...Cited } }\n    source { ...Cited sections }\n  }\n": typeof types.EntitiesOfEveryKindDocument,
    "query OutageManager { role(slug: \"it-operations-manager\") { id name version } }": typeof types.OutageManagerDocument,
    "mutation OutageRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }": typeof types.OutageRenameDocument,
    "\n  query SpecRelatedOccupations($uri: String!, $first: Int) {\n    relatedOccupations(uri: $uri, first: $first) {\n      rank\n      sharedCount\n      occupation { name }\n      sharedEssentialSkills { name slug }\n    }\n  }\n": typeof types.SpecRelatedOccupationsDocument,
    "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      totalCount\n      edges { score node { kind slug name } highlight { field text ranges { start length } } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query CompareRoles($first: String!, $second: String!) {\n    compareRoles(first: $first, second: $second) {\n      first { slug }\n      second { slug }\n      sharedResponsibilities { responsibility { slug } }\n      responsibilitiesOnlyFirst { responsibility { slug } }\n      responsibilitiesOnlySecond { responsibility { slug } }\n      sharedSkillDomains { slug }\n      skillDomainsOnlyFirst { slug }\n      skillDomainsOnlySecond { slug }\n      sharedCertifications { slug }\n      certificationsOnlyFirst { slug }\n      certificationsOnlySecond { slug }\n      dimensions {\n        dimension { slug }\n        first { role { slug } statement provenance { kind quote } }\n        second { role { slug } statement provenance { kind quote } }\n      }\n    }\n  }\n": typeof types.CompareRolesDocument,
    "\n  query SkillGap($role: String!, $held: [String!]!) {\n    skillGap(role: $role, heldCertifications: $held) {\n      coveredSkillDomains { slug }\n      missingSkillDomains { slug }\n      uncoverableSkillDomains { slug }\n      coveredResponsibilities { responsibility { slug } }\n      missingResponsibilities { responsibility { slug } }\n      recommendedCertifications { rank inSmallestCover certification { slug } closes { slug } }\n    }\n  }\n": typeof types.SkillGapDocument,
    "\n  query PathEnds { ccna: certification(slug: \"ccna\") { id } manager: role(slug: \"it-operations-manager\") { id } }\n": typeof types.PathEndsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      length\n      steps { from { slug } relation to { slug } provenance { kind quote rationale } relationship { relation from { slug } } }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds) {\n      truncated\n      nodes { id kind slug }\n      edges { from to relation provenance { kind } }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Browse($kinds: [EntityKind!], $filter: EntityFilter, $orderBy: EntityOrder, $first: Int) {\n    entities(kinds: $kinds, filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { kind slug name } }\n  }\n": typeof types.BrowseDocument,
    "query RedHatByNameDescending { certifications(issuer: \"red-hat\", orderBy: { field: NAME, direction: DESC }) { nodes { slug } } }": typeof types.RedHatByNameDescendingDocument,
    "query ReplicaManager { role(slug: \"it-operations-manager\") { id name version } }": typeof types.ReplicaManagerDocument,
    "mutation ReplicaRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }": typeof types.ReplicaRenameDocument,
    "\n  query EvidenceSearch($query: String!, $first: Int, $kinds: [EntityKind!]) {\n    search(query: $query, first: $first, kinds: $kinds) {\n      totalCount\n      edges {\n        score\n        node { kind slug name }\n        highlight {\n          field\n          text\n          ranges { start length }\n          relationship { id relation from { slug } to { slug } statement provenance { quote } }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceSearchDocument,
    "query EvidenceSourceIds { source { id } }": typeof types.EvidenceSourceIdsDocument,
    "query EvidenceManagerId { role(slug: \"it-operations-manager\") { id } }": typeof types.EvidenceManagerIdDocument,
    "query EvidenceItilFunctionId { itilFunction(slug: \"it-operations\") { id } }": typeof types.EvidenceItilFunctionIdDocument,
    "\n  mutation EvidenceCreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) { __typename ... on EntityChange { entity { id slug } } ... on MutationError { message } }\n  }\n": typeof types.EvidenceCreateEntityDocument,
    "\n  mutation EvidenceLink($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) { __typename ... on RelationshipChange { relationship { id } } ... on MutationError { message } }\n  }\n": typeof types.EvidenceLinkDocument,
    "\n  query ServerHeadline { responsibility(slug: \"security-oversight\") { certifications { nodes { acronym issuer { name } } } } }\n": typeof types.ServerHeadlineDocument,
    "query SlowManagerName { role(slug: \"it-operations-manager\") { name } }": typeof types.SlowManagerNameDocument,
    "query SlowManager { role(slug: \"it-operations-manager\") { id version } }": typeof types.SlowManagerDocument,
    "mutation SlowRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }": typeof types.SlowRenameDocument,
    "\n  query CoverageEntities($after: String) {\n    entities(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id provenance { kind quote section } }\n    }\n  }\n": typeof types.CoverageEntitiesDocument,
    "\n  query CoverageRelationships($after: String) {\n    relationships(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id provenance { kind quote section } }\n    }\n  }\n": typeof types.CoverageRelationshipsDocument,
    "\n  query CoverageManagerStances {\n    role(slug: \"it-operations-manager\") { stances { edges { node { slug } evidence { id version } } } }\n  }\n": typeof types.CoverageManagerStancesDocument,
    "\n  mutation CoverageUnlink($input: UnlinkEntitiesInput!) { unlinkEntities(input: $input) { __typename } }\n": typeof types.CoverageUnlinkDocument,
    "\n  mutation SourcesCreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { id slug version provenance { kind quote section verified source { slug } } } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.SourcesCreateEntityDocument,
    "\n  mutation SourcesUpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { version provenance { kind quote section verified } } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.SourcesUpdateEntityDocument,
    "\n  mutation SourcesLink($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id provenance { kind quote section verified source { slug } } } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.SourcesLinkDocument,
    "\n  mutation SourcesCreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) {\n      __typename\n      ... on SourceChange {\n        source { id slug title text url publishedOn licence sections author provenance { kind rationale verified } }\n        change { action actorLabel }\n      }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.SourcesCreateSourceDocument,
    "\n  query SourcesSource($slug: String) {\n    source(slug: $slug) { id slug title text url publishedOn licence sections }\n  }\n": typeof types.SourcesSourceDocument,
    "\n  query SourcesRoleState($slug: String!) {\n    role(slug: $slug) {\n      id\n      version\n      provenance { kind quote verified }\n      skillDomains { nodes { slug } }\n    }\n  }\n": typeof types.SourcesRoleStateDocument,
    "query SourcesSkillDomain($slug: String!) { skillDomain(slug: $slug) { id } }": typeof types.SourcesSkillDomainDocument,
    "query SourcesChangeCount { changes { totalCount } }": typeof types.SourcesChangeCountDocument,
    "query SourcesRoleCount { roles(includeDeprecated: true) { totalCount } }": typeof types.SourcesRoleCountDocument,
    "\n    mutation SourcesUnlink($input: UnlinkEntitiesInput!) {\n      unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }\n    }\n  ": typeof types.SourcesUnlinkDocument,
    "\n    mutation SourcesRevert($id: ID!) {\n      revertChange(id: $id) { __typename ... on Change { action } ... on MutationError { message } ... on ValidationError { field } }\n    }\n  ": typeof types.SourcesRevertDocument,
    "\n        query SourcesVerified {\n          bad: role(slug: \"quoted-badly\") { provenance { verified } leads { edges { provenance { verified } } } }\n          good: role(slug: \"quoted-well\") { provenance { verified } }\n          manager: role(slug: \"it-operations-manager\") { provenance { verified } }\n        }\n      ": typeof types.SourcesVerifiedDocument,
};
const documents: Documents = {
    "\n  query CacheHeadline { responsibility(slug: \"security-oversight\") { name certifications { nodes { name issuer { name } } } } }\n": types.CacheHeadlineDocument,
    "query CacheSpecialist { role(slug: \"it-operations-specialist\") { id name version } }": types.CacheSpecialistDocument,
    "query CacheChanges { changes(first: 5) { totalCount } }": types.CacheChangesDocument,
    "query CacheRoleVersion($slug: String!) { role(slug: $slug) { id version } }": types.CacheRoleVersionDocument,
    "mutation CacheRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }": types.CacheRenameDocument,
    "query CacheOversizedPage { roles(first: 1000) { totalCount } }": types.CacheOversizedPageDocument,
    "\n  query HeadlineRoundTrips {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n": types.HeadlineRoundTripsDocument,
    "\n  query WideRoundTrips {\n    roles(first: 3) {\n      nodes {\n        name\n        responsibilities(first: 10) {\n          totalCount\n          nodes {\n            name\n            skillDomains(first: 4) {\n              totalCount\n              nodes { name certifications(first: 4) { totalCount nodes { name issuer { name } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WideRoundTripsDocument,
    "\n  query NarrowRoundTrips {\n    role(slug: \"it-operations-specialist\") {\n      name\n      responsibilities(first: 1) {\n        nodes { name skillDomains(first: 1) { nodes { name certifications(first: 1) { nodes { name issuer { name } } } } } }\n      }\n    }\n  }\n": types.NarrowRoundTripsDocument,
    "query CertificationIds { certifications(first: 100) { nodes { id } } }": types.CertificationIdsDocument,
    "query CertificationsByIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Certification { name } } }": types.CertificationsByIdsDocument,
    "query Replacements { certifications(first: 100, includeDeprecated: true) { nodes { replacedBy { name } } } }": types.ReplacementsDocument,
    "\n        mutation PlantEntity($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { id } } } }\n      ": types.PlantEntityDocument,
    "mutation PlantLink($input: LinkEntitiesInput!) { linkEntities(input: $input) { __typename } }": types.PlantLinkDocument,
    "\n      query PlantedGap($proven: Boolean!) {\n        skillGap(role: \"planted-role\", heldCertifications: []) {\n          missingSkillDomains { slug }\n          recommendedCertifications { rank inSmallestCover closes { slug } }\n          smallestCoverProven @include(if: $proven)\n        }\n      }\n    ": types.PlantedGapDocument,
    "\n        query OverlappingGap {\n          skillGap(role: \"overlapping-role\", heldCertifications: []) {\n            missingSkillDomains { slug } uncoverableSkillDomains { slug } smallestCoverProven\n            recommendedCertifications { inSmallestCover closes { slug } }\n          }\n        }\n      ": types.OverlappingGapDocument,
    "query LargeNeighborhood($id: ID!) { neighborhood(id: $id, depth: 3) { truncated nodes { id } } }": types.LargeNeighborhoodDocument,
    "query LargePaths($from: ID!, $to: ID!, $maxLength: Int) { paths(from: $from, to: $to, maxLength: $maxLength, first: 20) { length } }": types.LargePathsDocument,
    "\n  mutation CachedCreateKey($label: String!) {\n    createApiKey(label: $label, scope: EDIT) { __typename ... on NewApiKey { key apiKey { id } } }\n  }\n": types.CachedCreateKeyDocument,
    "query CachedApiKeys { apiKeys { id label revokedAt } }": types.CachedApiKeysDocument,
    "\n  mutation CachedDeprecate($input: DeprecateEntityInput!) {\n    deprecateEntity(input: $input) { __typename ... on EntityChange { change { id } } ... on ConflictError { currentVersion } }\n  }\n": types.CachedDeprecateDocument,
    "query CachedRole { role(slug: \"it-operations-manager\") { id version } }": types.CachedRoleDocument,
    "query CachedChangeLog { changes(first: 50) { nodes { action subjectId } } }": types.CachedChangeLogDocument,
    "mutation CachedRevokeKey($id: String!) { revokeApiKey(id: $id) { __typename } }": types.CachedRevokeKeyDocument,
    "\n  query ConcurrentManager { role(slug: \"it-operations-manager\") { id name version leads { edges { evidence { id version } } } } }\n": types.ConcurrentManagerDocument,
    "\n  query ConcurrentChangeCount($entity: ID) { changes(entity: $entity) { totalCount } }\n": types.ConcurrentChangeCountDocument,
    "\n  mutation ConcurrentUpdate($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { name version } }\n      ... on MutationError { message }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": types.ConcurrentUpdateDocument,
    "\n  mutation ConcurrentCreate($input: CreateEntityInput!) {\n    createEntity(input: $input) { __typename ... on MutationError { message } ... on ConflictError { currentVersion } }\n  }\n": types.ConcurrentCreateDocument,
    "\n  mutation ConcurrentLink($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) { __typename ... on MutationError { message } ... on ConflictError { currentVersion } }\n  }\n": types.ConcurrentLinkDocument,
    "\n  mutation ConcurrentDeprecate($input: DeprecateEntityInput!) { deprecateEntity(input: $input) { __typename ... on MutationError { message } } }\n": types.ConcurrentDeprecateDocument,
    "\n  mutation ConcurrentUnlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }\n  }\n": types.ConcurrentUnlinkDocument,
    "\n  query ConcurrentLinkEnds {\n    skillDomain(slug: \"service-management\") { id certifications { totalCount } }\n    certification(slug: \"pmp\") { id }\n  }\n": types.ConcurrentLinkEndsDocument,
    "\n  mutation ConcurrentRevert($id: ID!) { revertChange(id: $id) { __typename ... on MutationError { message } } }\n": types.ConcurrentRevertDocument,
    "query ConcurrentChangeLog { changes { nodes { action } } }": types.ConcurrentChangeLogDocument,
    "\n  query SpecRoleCrosswalk($slug: String!) {\n    role(slug: $slug) {\n      name\n      occupationMatches {\n        matchType\n        role { slug }\n        occupation { name alternativeLabels externalIds { scheme code } }\n        provenance { kind record rationale source { slug } }\n      }\n      externalIds {\n        scheme\n        code\n        uri\n        confidence\n        label\n        derivedFrom { matchType occupation { name } }\n      }\n      occupations { edges { matchType node { name } } }\n    }\n  }\n": types.SpecRoleCrosswalkDocument,
    "\n  query SpecEntitiesByExternalId($scheme: ExternalIdScheme!, $code: String!) {\n    entitiesByExternalId(scheme: $scheme, code: $code) { kind slug name }\n  }\n": types.SpecEntitiesByExternalIdDocument,
    "\n  mutation SpecLinkOccupationMatch($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on MutationError { message }\n    }\n  }\n": types.SpecLinkOccupationMatchDocument,
    "\n  query SpecEscoSkillsOfCertification($slug: String!) {\n    certification(slug: $slug) {\n      escoSkills { edges { node { name } provenance { kind rationale } } }\n    }\n    skillDomains { nodes { slug escoSkills { totalCount } } }\n  }\n": types.SpecEscoSkillsOfCertificationDocument,
    "\n  query SpecCrossingPaths($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 3, first: 5) {\n      length\n      steps { relation to { kind name } provenance { kind } }\n    }\n  }\n": types.SpecCrossingPathsDocument,
    "\n  query SeededManager {\n    role(slug: \"it-operations-manager\") {\n      id name description version deprecated\n      leads { edges { node { slug } evidence { id version } } }\n    }\n    certification(slug: \"pmp\") { id version deprecated }\n  }\n": types.SeededManagerDocument,
    "\n  mutation SeededUpdate($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename ... on MutationError { message } } }\n": types.SeededUpdateDocument,
    "\n  mutation SeededDeprecate($input: DeprecateEntityInput!) { deprecateEntity(input: $input) { __typename ... on MutationError { message } } }\n": types.SeededDeprecateDocument,
    "\n  mutation SeededUnlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }\n  }\n": types.SeededUnlinkDocument,
    "\n  mutation SeededRevert($id: ID!) { revertChange(id: $id) { __typename ... on MutationError { message } } }\n": types.SeededRevertDocument,
    "query SeededManagerDeprecated { role(slug: \"it-operations-manager\") { deprecated version } }": types.SeededManagerDeprecatedDocument,
    "\n  query RulesRole($slug: String!) { role(slug: $slug) { id name version deprecated replacedBy { slug } } }\n": types.RulesRoleDocument,
    "\n      mutation RulesCreate($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on MutationError { message } } }\n    ": types.RulesCreateDocument,
    "query RulesVersion($id: ID!) { node(id: $id) { ... on Entity { version } } }": types.RulesVersionDocument,
    "\n        mutation RulesDeprecate($input: DeprecateEntityInput!) {\n          deprecateEntity(input: $input) { __typename ... on EntityChange { change { id } } ... on MutationError { message } }\n        }\n      ": types.RulesDeprecateDocument,
    "mutation RulesRevert($id: ID!) { revertChange(id: $id) { __typename ... on Change { id } ... on MutationError { message } } }": types.RulesRevertDocument,
    "mutation RulesLink($input: LinkEntitiesInput!) { linkEntities(input: $input) { __typename ... on MutationError { message } } }": types.RulesLinkDocument,
    "mutation RulesUpdate($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename ... on EntityChange { change { id } } } }": types.RulesUpdateDocument,
    "query RulesManagerLeads { role(slug: \"it-operations-manager\") { leads { edges { evidence { id version } } } } }": types.RulesManagerLeadsDocument,
    "\n          mutation RulesUnlink($input: UnlinkEntitiesInput!) {\n            unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } }\n          }\n        ": types.RulesUnlinkDocument,
    "query RulesLedCount($id: ID!) { node(id: $id) { ... on Role { leads { totalCount } } } }": types.RulesLedCountDocument,
    "query RulesChangeLog { changes { nodes { id action } } }": types.RulesChangeLogDocument,
    "\n  mutation CreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { id kind slug name version provenance { kind rationale } } change { id action actorLabel before after } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.CreateEntityDocument,
    "\n  mutation UpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { name version } change { action before after } }\n      ... on MutationError { message }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": types.UpdateEntityDocument,
    "\n  mutation DeprecateEntity($input: DeprecateEntityInput!) {\n    deprecateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { deprecated deprecatedAt version replacedBy { slug } } }\n      ... on MutationError { message }\n    }\n  }\n": types.DeprecateEntityDocument,
    "\n  query Changes($entity: ID) {\n    changes(entity: $entity) { totalCount nodes { action actorLabel subjectId } }\n  }\n": types.ChangesDocument,
    "query CurationRoleCount { roles(includeDeprecated: true) { totalCount } }": types.CurationRoleCountDocument,
    "\n  query CurationRole($slug: String!) { role(slug: $slug) { id name version deprecated } }\n": types.CurationRoleDocument,
    "\n  query CurationRoleSlugs($includeDeprecated: Boolean) { roles(includeDeprecated: $includeDeprecated) { totalCount nodes { slug } } }\n": types.CurationRoleSlugsDocument,
    "query CurationRoles { roles { totalCount } }": types.CurationRolesDocument,
    "\n      mutation CurationCreateKey($label: String!) {\n        createApiKey(label: $label, scope: EDIT) { __typename ... on NewApiKey { key apiKey { id scope } } }\n      }\n    ": types.CurationCreateKeyDocument,
    "mutation CurationRevokeKey($id: String!) { revokeApiKey(id: $id) { __typename ... on ApiKey { revokedAt } } }": types.CurationRevokeKeyDocument,
    "query CurationApiKeys { apiKeys { id label scope revokedAt } }": types.CurationApiKeysDocument,
    "\n        query CurationSpecialistLeaders {\n          role(slug: \"it-operations-specialist\") { ledBy { nodes { slug } } all: ledBy(includeDeprecated: true) { nodes { slug } } }\n        }\n      ": types.CurationSpecialistLeadersDocument,
    "query CurationSearchRoles($query: String!) { search(query: $query, kinds: [ROLE]) { nodes { slug } } }": types.CurationSearchRolesDocument,
    "\n  mutation Link($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id version relation from { slug } to { slug } provenance { kind rationale } } change { id } }\n      ... on MutationError { message }\n    }\n  }\n": types.LinkDocument,
    "\n  mutation Unlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id } change { id action } }\n      ... on MutationError { message }\n    }\n  }\n": types.UnlinkDocument,
    "\n  query ChangeIds($entity: ID) { changes(entity: $entity) { nodes { id action } } }\n": types.ChangeIdsDocument,
    "\n  mutation Revert($id: ID!) {\n    revertChange(id: $id) {\n      __typename\n      ... on Change { id action subjectId }\n      ... on MutationError { message }\n    }\n  }\n": types.RevertDocument,
    "\n  query CurationLinkEnds {\n    skillDomain(slug: \"service-management\") { id certifications { totalCount } }\n    certification(slug: \"pmp\") { id }\n  }\n": types.CurationLinkEndsDocument,
    "\n    query CurationWatched {\n      roles(includeDeprecated: true) { totalCount nodes { name version deprecated } }\n      skillDomain(slug: \"service-management\") { certifications { totalCount } }\n    }\n  ": types.CurationWatchedDocument,
    "\n  mutation DurableCreate($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { slug } } } }\n": types.DurableCreateDocument,
    "query ErrorsManagerId { role(slug: \"it-operations-manager\") { id } }": types.ErrorsManagerIdDocument,
    "query ErrorsRoleById($id: ID!) { node(id: $id) { ... on Role { name slug } } }": types.ErrorsRoleByIdDocument,
    "\n      query ErrorsCertificationPage($after: String) {\n        certifications(first: 4, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } }\n      }\n    ": types.ErrorsCertificationPageDocument,
    "query ErrorsCertificationCursors { certifications(first: 100) { edges { cursor } } }": types.ErrorsCertificationCursorsDocument,
    "\n        query ErrorsPastTheEnd($after: String) { certifications(after: $after) { totalCount nodes { name } pageInfo { hasNextPage } } }\n      ": types.ErrorsPastTheEndDocument,
    "\n      query ErrorsFilteredCertifications($issuer: String, $skillDomain: String, $role: String) {\n        certifications(issuer: $issuer, skillDomain: $skillDomain, role: $role) { nodes { slug } }\n      }\n    ": types.ErrorsFilteredCertificationsDocument,
    "query ErrorsManagerResponsibilities { role(slug: \"it-operations-manager\") { name responsibilities { totalCount } } }": types.ErrorsManagerResponsibilitiesDocument,
    "\n  query EscoImportFindOccupation($query: String!) {\n    search(query: $query, kinds: [OCCUPATION], first: 5) { edges { node { id kind slug name } } }\n  }\n": types.EscoImportFindOccupationDocument,
    "\n  query EscoImportOccupation($id: ID!) {\n    node(id: $id) {\n      ... on Occupation { name alternativeLabels deprecated provenance { kind quote source { slug } } }\n    }\n  }\n": types.EscoImportOccupationDocument,
    "\n  query EscoOccupationByUri($uri: String!) {\n    occupation(uri: $uri) {\n      uri\n      preferredLabel\n      name\n      code\n      alternativeLabels\n      hiddenLabels\n      description\n      iscoGroup { code name uri }\n      essentialSkills(first: 100) { totalCount edges { requirement node { name } provenance { kind record } } }\n      optionalSkills(first: 100) { totalCount edges { requirement node { name } } }\n      skills { totalCount }\n      provenance { kind quote rationale record verified source { slug name } }\n    }\n  }\n": types.EscoOccupationByUriDocument,
    "query EscoOccupationBySlug($slug: String!) { occupation(slug: $slug) { uri } }": types.EscoOccupationBySlugDocument,
    "\n      query EscoManyOccupations {\n        occupations(first: 20) { nodes { essentialSkills { totalCount } optionalSkills { totalCount } } }\n      }\n    ": types.EscoManyOccupationsDocument,
    "\n  query EscoBadLookup($uri: String, $slug: String) {\n    occupation(uri: $uri, slug: $slug) { name }\n  }\n": types.EscoBadLookupDocument,
    "query EscoIscoByCode($code: String!) { iscoGroup(code: $code) { name } }": types.EscoIscoByCodeDocument,
    "query EscoSkillBadUri($uri: String!) { skill(uri: $uri) { name } }": types.EscoSkillBadUriDocument,
    "\n    query EscoSkillByUri($uri: String!, $requirement: [SkillRequirement!]) {\n      skill(uri: $uri) {\n        uri\n        preferredLabel\n        skillType\n        reuseLevel\n        alternativeLabels\n        hiddenLabels\n        occupations(first: 100, requirement: $requirement) { totalCount edges { requirement node { uri name } } }\n        provenance { kind record }\n      }\n    }\n  ": types.EscoSkillByUriDocument,
    "\n      query EscoOccupationHierarchy($uri: String!) {\n        occupation(uri: $uri) { name broader { nodes { name uri narrower(first: 100) { nodes { name } } } } }\n      }\n    ": types.EscoOccupationHierarchyDocument,
    "\n      query EscoSkillHierarchy($uri: String!) {\n        skill(uri: $uri) { name broader { nodes { name } } narrower(first: 100) { totalCount nodes { name } } }\n      }\n    ": types.EscoSkillHierarchyDocument,
    "\n      query EscoIscoHierarchy {\n        iscoGroup(code: \"1330\") {\n          code\n          broader { code broader { code broader { code broader { code } } } }\n          occupations(first: 100) { nodes { uri } }\n        }\n        major: iscoGroup(code: \"1\") { narrower { nodes { code } } }\n      }\n    ": types.EscoIscoHierarchyDocument,
    "\n    query EscoOccupationsPage($first: Int, $after: String, $filter: EntityFilter) {\n      occupations(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { name uri }\n      }\n    }\n  ": types.EscoOccupationsPageDocument,
    "\n      query EscoSkillAndGroupLists {\n        skills(first: 5, filter: { provenanceKind: IMPORTED }) { totalCount nodes { skillType } }\n        iscoGroups(first: 100, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { code name } }\n      }\n    ": types.EscoSkillAndGroupListsDocument,
    "\n    query EscoSearch($query: String!, $kinds: [EntityKind!]) {\n      search(query: $query, kinds: $kinds, first: 10) {\n        edges { node { kind name ... on Occupation { uri } ... on Skill { uri } } highlight { field text } }\n      }\n    }\n  ": types.EscoSearchDocument,
    "\n  query EscoSkillGroups($uri: String!, $group: String!) {\n    skill(uri: $uri) { groups { nodes { slug uri name } } }\n    skillGroup(slug: $group) { uri code name broader { nodes { slug } } narrower { totalCount } skills { totalCount } provenance { kind record } }\n  }\n": types.EscoSkillGroupsDocument,
    "\n  query StructureRoleNeeds($slug: String!, $need: [TechnicalAreaNeed!]) {\n    role(slug: $slug) {\n      technicalAreas(need: $need) {\n        totalCount\n        edges {\n          need\n          relation\n          statement\n          statementProvenance { kind quote rationale }\n          provenance { kind quote }\n          node { slug name }\n        }\n      }\n    }\n  }\n": types.StructureRoleNeedsDocument,
    "\n  query StructureAreaRoles($slug: String!, $need: [TechnicalAreaNeed!]) {\n    technicalArea(slug: $slug) {\n      roles(need: $need) { edges { need node { slug } } }\n    }\n  }\n": types.StructureAreaRolesDocument,
    "\n      query StructureHolders { responsibility(slug: \"incident-response\") { roles { edges { relation need } } } }\n    ": types.StructureHoldersDocument,
    "\n      query StructureQualifiers($relation: Relation!) {\n        relationships(relation: $relation, first: 100) { totalCount nodes { qualifier } }\n      }\n    ": types.StructureQualifiersDocument,
    "\n      query StructureNeedLevels {\n        role(slug: \"it-operations-manager\") {\n          technicalAreas(need: [MUST_UNDERSTAND]) {\n            edges { need node { roles(need: [MUST_UNDERSTAND, INVALUABLE]) { edges { need node { slug } } } } }\n          }\n        }\n      }\n    ": types.StructureNeedLevelsDocument,
    "\n  mutation StructureLinkQualified($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { relation qualifier from { slug } to { slug } } }\n      ... on ValidationError { field }\n      ... on MutationError { message }\n    }\n  }\n": types.StructureLinkQualifiedDocument,
    "\n  query StructureLinkEnds {\n    manager: role(slug: \"it-operations-manager\") { id technicalAreas { totalCount } }\n    specialist: role(slug: \"it-operations-specialist\") { id }\n    generalist: role(slug: \"it-operations-generalist\") { id ledBy { totalCount } }\n    database: technicalArea(slug: \"database-management\") { id }\n  }\n": types.StructureLinkEndsDocument,
    "\n  query StructureRoleResponsibilities($slug: String!) {\n    role(slug: $slug) {\n      responsibilities(first: 100) {\n        edges { statement statementProvenance { kind quote } provenance { kind quote } node { slug } }\n      }\n    }\n  }\n": types.StructureRoleResponsibilitiesDocument,
    "\n      query StructureCompare($first: String!, $second: String!) {\n        compareRoles(first: $first, second: $second) {\n          sharedResponsibilities {\n            responsibility { slug }\n            first { role { slug } definition definitionProvenance { kind quote } relationship { relation provenance { quote } } }\n            second { role { slug } definition definitionProvenance { kind quote } relationship { relation provenance { quote } } }\n          }\n          responsibilitiesOnlyFirst { role { slug } responsibility { slug } definition }\n          responsibilitiesOnlySecond { role { slug } responsibility { slug } definition }\n        }\n      }\n    ": types.StructureCompareDocument,
    "\n      query StructureGap($role: String!, $held: [String!]!) {\n        skillGap(role: $role, heldCertifications: $held) {\n          coveredResponsibilities { role { slug } responsibility { slug } definition definitionProvenance { kind } }\n          missingResponsibilities { role { slug } responsibility { slug } definition }\n        }\n      }\n    ": types.StructureGapDocument,
    "\n  query StructureEntityWords($after: String) {\n    entities(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        kind\n        slug\n        description\n        provenance { kind quote section source { slug } }\n        descriptionProvenance { kind quote section rationale source { slug } }\n      }\n    }\n  }\n": types.StructureEntityWordsDocument,
    "query StructureQuoted { role(slug: \"it-operations-manager\") { provenance { quote source { id } } } }": types.StructureQuotedDocument,
    "\n      mutation StructureCreate($input: CreateEntityInput!) {\n        createEntity(input: $input) {\n          __typename\n          ... on EntityChange { entity { id version descriptionProvenance { kind quote } } }\n          ... on MutationError { message }\n        }\n      }\n    ": types.StructureCreateDocument,
    "\n      mutation StructureUpdate($input: UpdateEntityInput!) {\n        updateEntity(input: $input) {\n          __typename\n          ... on EntityChange { entity { descriptionProvenance { kind quote rationale } } }\n          ... on MutationError { message }\n        }\n      }\n    ": types.StructureUpdateDocument,
    "\n      query StructureStatements($after: String) {\n        relationships(first: 100, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { statement provenance { kind quote section } statementProvenance { kind quote section rationale } }\n        }\n      }\n    ": types.StructureStatementsDocument,
    "\n      query StructureFramework { itilFunctions { nodes { framework frameworkProvenance { kind quote rationale } } } }\n    ": types.StructureFrameworkDocument,
    "\n      query StructureOutlook($a: String!, $b: String!) {\n        a: outlookStatement(slug: $a) { horizon topPercent }\n        b: outlookStatement(slug: $b) { horizon topPercent }\n      }\n    ": types.StructureOutlookDocument,
    "\n  query GraphContents {\n    roles { totalCount nodes { slug } }\n    responsibilities(first: 100) { totalCount nodes { slug } }\n    skillDomains { totalCount }\n    certifications(first: 100) { totalCount nodes { slug acronym issuer { slug } } }\n    issuers { totalCount nodes { slug } }\n    itilFunctions { totalCount nodes { slug name framework } }\n    comparisonDimensions {\n      totalCount\n      nodes { slug stances { edges { node { slug } statement provenance { kind quote } } } }\n    }\n    technicalAreas { totalCount }\n    outlookStatements { totalCount nodes { slug attributedTo roles { nodes { slug } } } }\n    source { title author sections }\n    itOperations: itilFunction(slug: \"it-operations\") {\n      responsibilities { totalCount nodes { slug } }\n    }\n    manager: role(slug: \"it-operations-manager\") {\n      responsibilities { totalCount nodes { slug } }\n      skillDomains { nodes { slug certifications { nodes { slug } } } }\n      technicalAreas { edges { node { slug } statement } }\n      leads { nodes { slug } }\n      ledBy { totalCount }\n    }\n    specialist: role(slug: \"it-operations-specialist\") {\n      responsibilities { totalCount nodes { slug } }\n      primaryAreas { nodes { slug } }\n      skillDomains { nodes { slug certifications { totalCount } } }\n      ledBy { nodes { slug } }\n    }\n    generalist: role(slug: \"it-operations-generalist\") { name ledBy { nodes { slug } } }\n  }\n": types.GraphContentsDocument,
    "\n  query ArticleStructure {\n    topFinding: outlookStatement(slug: \"robert-half-top-15-percent\") {\n      expertise { nodes { slug } }\n      reportedBy { slug name }\n      roles { nodes { slug } }\n    }\n    contractors: outlookStatement(slug: \"reliance-on-contract-employees\") {\n      expertise { nodes { slug } }\n      roles { nodes { slug } }\n    }\n    demand: outlookStatement(slug: \"strong-demand-in-2025\") { roles { nodes { slug } } }\n    highDemand: outlookStatement(slug: \"both-roles-in-high-demand\") { roles { nodes { slug } } }\n    networking: technicalArea(slug: \"networking\") { outlook { nodes { slug } } }\n    manager: role(slug: \"it-operations-manager\") {\n      competencies { edges { node { slug } statement provenance { kind quote } } }\n      claims { nodes { slug } }\n      itilFunctions { edges { node { slug } provenance { kind rationale } } }\n    }\n    specialist: role(slug: \"it-operations-specialist\") {\n      competencies { edges { node { slug alternativeLabels } statement provenance { kind quote } } }\n    }\n    author: person(slug: \"damon-garn\") {\n      description\n      owns { nodes { slug name } }\n      contributesTo { nodes { name } }\n      publications { edges { node { name issuer { slug } } provenance { kind quote } } }\n      sources { nodes { slug } }\n    }\n    itOperations: itilFunction(slug: \"it-operations\") { claims { nodes { slug } } }\n  }\n": types.ArticleStructureDocument,
    "\n  query FindWord($query: String!, $kinds: [EntityKind!]) { search(query: $query, kinds: $kinds, first: 5) { edges { node { kind slug } } } }\n": types.FindWordDocument,
    "\n  query ResponsibilityDefinitions {\n    shared: responsibilities(first: 30) {\n      nodes {\n        slug description provenance { quote }\n        roles { edges { node { slug } statement } }\n        itilFunctions { edges { node { slug } statement } }\n      }\n    }\n  }\n": types.ResponsibilityDefinitionsDocument,
    "\n  query SecurityOversightCertifications {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n": types.SecurityOversightCertificationsDocument,
    "\n  query SpecEntityJsonLd($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Entity { name description alternativeLabels jsonLd provenance { kind quote } }\n    }\n  }\n": types.SpecEntityJsonLdDocument,
    "\n  query SpecCertificationIssuerJsonLd($slug: String!) {\n    certification(slug: $slug) { id name jsonLd issuer { name alternativeLabels } }\n  }\n": types.SpecCertificationIssuerJsonLdDocument,
    "\n  mutation SpecLinkedDataNewRole($input: CreateEntityInput!) {\n    createEntity(input: $input) { __typename ... on EntityChange { entity { id jsonLd } } }\n  }\n": types.SpecLinkedDataNewRoleDocument,
    "\n      query LinkedDataCertifications { certifications(first: 15) { nodes { id jsonLd } } }\n    ": types.LinkedDataCertificationsDocument,
    "query QueryTypeName { __schema { queryType { name } } }": types.QueryTypeNameDocument,
    "\n  query AllRelationships($after: String) {\n    relationships(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        relation\n        from { id kind slug }\n        to { id kind slug }\n        provenance { kind quote section rationale source { slug } }\n      }\n    }\n  }\n": types.AllRelationshipsDocument,
    "\n  fragment Cited on Entity { id kind slug name provenance { kind quote section rationale source { slug } } }\n": types.CitedFragmentDoc,
    "\n  query EntitiesOfEveryKind {\n    roles(first: 100) { nodes { ...Cited } }\n    responsibilities(first: 100) { nodes { ...Cited } }\n    skillDomains(first: 100) { nodes { ...Cited } }\n    certifications(first: 100) { nodes { ...Cited } }\n    issuers(first: 100) { nodes { ...Cited } }\n    itilFunctions(first: 100) { nodes { ...Cited } }\n    comparisonDimensions(first: 100) { nodes { ...Cited } }\n    technicalAreas(first: 100) { nodes { ...Cited } }\n    outlookStatements(first: 100) { nodes { ...Cited } }\n    claims(first: 100) { nodes { ...Cited } }\n    competencies(first: 100) { nodes { ...Cited } }\n    people(first: 100) { nodes { ...Cited } }\n    organizations(first: 100) { nodes { ...Cited } }\n    publications(first: 100) { nodes { ...Cited } }\n    source { ...Cited sections }\n  }\n": types.EntitiesOfEveryKindDocument,
    "query OutageManager { role(slug: \"it-operations-manager\") { id name version } }": types.OutageManagerDocument,
    "mutation OutageRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }": types.OutageRenameDocument,
    "\n  query SpecRelatedOccupations($uri: String!, $first: Int) {\n    relatedOccupations(uri: $uri, first: $first) {\n      rank\n      sharedCount\n      occupation { name }\n      sharedEssentialSkills { name slug }\n    }\n  }\n": types.SpecRelatedOccupationsDocument,
    "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      totalCount\n      edges { score node { kind slug name } highlight { field text ranges { start length } } }\n    }\n  }\n": types.SearchDocument,
    "\n  query CompareRoles($first: String!, $second: String!) {\n    compareRoles(first: $first, second: $second) {\n      first { slug }\n      second { slug }\n      sharedResponsibilities { responsibility { slug } }\n      responsibilitiesOnlyFirst { responsibility { slug } }\n      responsibilitiesOnlySecond { responsibility { slug } }\n      sharedSkillDomains { slug }\n      skillDomainsOnlyFirst { slug }\n      skillDomainsOnlySecond { slug }\n      sharedCertifications { slug }\n      certificationsOnlyFirst { slug }\n      certificationsOnlySecond { slug }\n      dimensions {\n        dimension { slug }\n        first { role { slug } statement provenance { kind quote } }\n        second { role { slug } statement provenance { kind quote } }\n      }\n    }\n  }\n": types.CompareRolesDocument,
    "\n  query SkillGap($role: String!, $held: [String!]!) {\n    skillGap(role: $role, heldCertifications: $held) {\n      coveredSkillDomains { slug }\n      missingSkillDomains { slug }\n      uncoverableSkillDomains { slug }\n      coveredResponsibilities { responsibility { slug } }\n      missingResponsibilities { responsibility { slug } }\n      recommendedCertifications { rank inSmallestCover certification { slug } closes { slug } }\n    }\n  }\n": types.SkillGapDocument,
    "\n  query PathEnds { ccna: certification(slug: \"ccna\") { id } manager: role(slug: \"it-operations-manager\") { id } }\n": types.PathEndsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      length\n      steps { from { slug } relation to { slug } provenance { kind quote rationale } relationship { relation from { slug } } }\n    }\n  }\n": types.PathsDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!]) {\n    neighborhood(id: $id, depth: $depth, kinds: $kinds) {\n      truncated\n      nodes { id kind slug }\n      edges { from to relation provenance { kind } }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Browse($kinds: [EntityKind!], $filter: EntityFilter, $orderBy: EntityOrder, $first: Int) {\n    entities(kinds: $kinds, filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { kind slug name } }\n  }\n": types.BrowseDocument,
    "query RedHatByNameDescending { certifications(issuer: \"red-hat\", orderBy: { field: NAME, direction: DESC }) { nodes { slug } } }": types.RedHatByNameDescendingDocument,
    "query ReplicaManager { role(slug: \"it-operations-manager\") { id name version } }": types.ReplicaManagerDocument,
    "mutation ReplicaRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }": types.ReplicaRenameDocument,
    "\n  query EvidenceSearch($query: String!, $first: Int, $kinds: [EntityKind!]) {\n    search(query: $query, first: $first, kinds: $kinds) {\n      totalCount\n      edges {\n        score\n        node { kind slug name }\n        highlight {\n          field\n          text\n          ranges { start length }\n          relationship { id relation from { slug } to { slug } statement provenance { quote } }\n        }\n      }\n    }\n  }\n": types.EvidenceSearchDocument,
    "query EvidenceSourceIds { source { id } }": types.EvidenceSourceIdsDocument,
    "query EvidenceManagerId { role(slug: \"it-operations-manager\") { id } }": types.EvidenceManagerIdDocument,
    "query EvidenceItilFunctionId { itilFunction(slug: \"it-operations\") { id } }": types.EvidenceItilFunctionIdDocument,
    "\n  mutation EvidenceCreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) { __typename ... on EntityChange { entity { id slug } } ... on MutationError { message } }\n  }\n": types.EvidenceCreateEntityDocument,
    "\n  mutation EvidenceLink($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) { __typename ... on RelationshipChange { relationship { id } } ... on MutationError { message } }\n  }\n": types.EvidenceLinkDocument,
    "\n  query ServerHeadline { responsibility(slug: \"security-oversight\") { certifications { nodes { acronym issuer { name } } } } }\n": types.ServerHeadlineDocument,
    "query SlowManagerName { role(slug: \"it-operations-manager\") { name } }": types.SlowManagerNameDocument,
    "query SlowManager { role(slug: \"it-operations-manager\") { id version } }": types.SlowManagerDocument,
    "mutation SlowRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }": types.SlowRenameDocument,
    "\n  query CoverageEntities($after: String) {\n    entities(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id provenance { kind quote section } }\n    }\n  }\n": types.CoverageEntitiesDocument,
    "\n  query CoverageRelationships($after: String) {\n    relationships(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id provenance { kind quote section } }\n    }\n  }\n": types.CoverageRelationshipsDocument,
    "\n  query CoverageManagerStances {\n    role(slug: \"it-operations-manager\") { stances { edges { node { slug } evidence { id version } } } }\n  }\n": types.CoverageManagerStancesDocument,
    "\n  mutation CoverageUnlink($input: UnlinkEntitiesInput!) { unlinkEntities(input: $input) { __typename } }\n": types.CoverageUnlinkDocument,
    "\n  mutation SourcesCreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { id slug version provenance { kind quote section verified source { slug } } } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.SourcesCreateEntityDocument,
    "\n  mutation SourcesUpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { version provenance { kind quote section verified } } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.SourcesUpdateEntityDocument,
    "\n  mutation SourcesLink($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id provenance { kind quote section verified source { slug } } } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.SourcesLinkDocument,
    "\n  mutation SourcesCreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) {\n      __typename\n      ... on SourceChange {\n        source { id slug title text url publishedOn licence sections author provenance { kind rationale verified } }\n        change { action actorLabel }\n      }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.SourcesCreateSourceDocument,
    "\n  query SourcesSource($slug: String) {\n    source(slug: $slug) { id slug title text url publishedOn licence sections }\n  }\n": types.SourcesSourceDocument,
    "\n  query SourcesRoleState($slug: String!) {\n    role(slug: $slug) {\n      id\n      version\n      provenance { kind quote verified }\n      skillDomains { nodes { slug } }\n    }\n  }\n": types.SourcesRoleStateDocument,
    "query SourcesSkillDomain($slug: String!) { skillDomain(slug: $slug) { id } }": types.SourcesSkillDomainDocument,
    "query SourcesChangeCount { changes { totalCount } }": types.SourcesChangeCountDocument,
    "query SourcesRoleCount { roles(includeDeprecated: true) { totalCount } }": types.SourcesRoleCountDocument,
    "\n    mutation SourcesUnlink($input: UnlinkEntitiesInput!) {\n      unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }\n    }\n  ": types.SourcesUnlinkDocument,
    "\n    mutation SourcesRevert($id: ID!) {\n      revertChange(id: $id) { __typename ... on Change { action } ... on MutationError { message } ... on ValidationError { field } }\n    }\n  ": types.SourcesRevertDocument,
    "\n        query SourcesVerified {\n          bad: role(slug: \"quoted-badly\") { provenance { verified } leads { edges { provenance { verified } } } }\n          good: role(slug: \"quoted-well\") { provenance { verified } }\n          manager: role(slug: \"it-operations-manager\") { provenance { verified } }\n        }\n      ": types.SourcesVerifiedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheHeadline { responsibility(slug: \"security-oversight\") { name certifications { nodes { name issuer { name } } } } }\n"): typeof import('./graphql.js').CacheHeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheSpecialist { role(slug: \"it-operations-specialist\") { id name version } }"): typeof import('./graphql.js').CacheSpecialistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheChanges { changes(first: 5) { totalCount } }"): typeof import('./graphql.js').CacheChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheRoleVersion($slug: String!) { role(slug: $slug) { id version } }"): typeof import('./graphql.js').CacheRoleVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CacheRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }"): typeof import('./graphql.js').CacheRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheOversizedPage { roles(first: 1000) { totalCount } }"): typeof import('./graphql.js').CacheOversizedPageDocument;
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
export function graphql(source: "query CertificationIds { certifications(first: 100) { nodes { id } } }"): typeof import('./graphql.js').CertificationIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CertificationsByIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Certification { name } } }"): typeof import('./graphql.js').CertificationsByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Replacements { certifications(first: 100, includeDeprecated: true) { nodes { replacedBy { name } } } }"): typeof import('./graphql.js').ReplacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PlantEntity($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { id } } } }\n      "): typeof import('./graphql.js').PlantEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlantLink($input: LinkEntitiesInput!) { linkEntities(input: $input) { __typename } }"): typeof import('./graphql.js').PlantLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PlantedGap($proven: Boolean!) {\n        skillGap(role: \"planted-role\", heldCertifications: []) {\n          missingSkillDomains { slug }\n          recommendedCertifications { rank inSmallestCover closes { slug } }\n          smallestCoverProven @include(if: $proven)\n        }\n      }\n    "): typeof import('./graphql.js').PlantedGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OverlappingGap {\n          skillGap(role: \"overlapping-role\", heldCertifications: []) {\n            missingSkillDomains { slug } uncoverableSkillDomains { slug } smallestCoverProven\n            recommendedCertifications { inSmallestCover closes { slug } }\n          }\n        }\n      "): typeof import('./graphql.js').OverlappingGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LargeNeighborhood($id: ID!) { neighborhood(id: $id, depth: 3) { truncated nodes { id } } }"): typeof import('./graphql.js').LargeNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LargePaths($from: ID!, $to: ID!, $maxLength: Int) { paths(from: $from, to: $to, maxLength: $maxLength, first: 20) { length } }"): typeof import('./graphql.js').LargePathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachedCreateKey($label: String!) {\n    createApiKey(label: $label, scope: EDIT) { __typename ... on NewApiKey { key apiKey { id } } }\n  }\n"): typeof import('./graphql.js').CachedCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedApiKeys { apiKeys { id label revokedAt } }"): typeof import('./graphql.js').CachedApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachedDeprecate($input: DeprecateEntityInput!) {\n    deprecateEntity(input: $input) { __typename ... on EntityChange { change { id } } ... on ConflictError { currentVersion } }\n  }\n"): typeof import('./graphql.js').CachedDeprecateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedRole { role(slug: \"it-operations-manager\") { id version } }"): typeof import('./graphql.js').CachedRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedChangeLog { changes(first: 50) { nodes { action subjectId } } }"): typeof import('./graphql.js').CachedChangeLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CachedRevokeKey($id: String!) { revokeApiKey(id: $id) { __typename } }"): typeof import('./graphql.js').CachedRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentManager { role(slug: \"it-operations-manager\") { id name version leads { edges { evidence { id version } } } } }\n"): typeof import('./graphql.js').ConcurrentManagerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentChangeCount($entity: ID) { changes(entity: $entity) { totalCount } }\n"): typeof import('./graphql.js').ConcurrentChangeCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentUpdate($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { name version } }\n      ... on MutationError { message }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"): typeof import('./graphql.js').ConcurrentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentCreate($input: CreateEntityInput!) {\n    createEntity(input: $input) { __typename ... on MutationError { message } ... on ConflictError { currentVersion } }\n  }\n"): typeof import('./graphql.js').ConcurrentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentLink($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) { __typename ... on MutationError { message } ... on ConflictError { currentVersion } }\n  }\n"): typeof import('./graphql.js').ConcurrentLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentDeprecate($input: DeprecateEntityInput!) { deprecateEntity(input: $input) { __typename ... on MutationError { message } } }\n"): typeof import('./graphql.js').ConcurrentDeprecateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentUnlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }\n  }\n"): typeof import('./graphql.js').ConcurrentUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentLinkEnds {\n    skillDomain(slug: \"service-management\") { id certifications { totalCount } }\n    certification(slug: \"pmp\") { id }\n  }\n"): typeof import('./graphql.js').ConcurrentLinkEndsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentRevert($id: ID!) { revertChange(id: $id) { __typename ... on MutationError { message } } }\n"): typeof import('./graphql.js').ConcurrentRevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrentChangeLog { changes { nodes { action } } }"): typeof import('./graphql.js').ConcurrentChangeLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecRoleCrosswalk($slug: String!) {\n    role(slug: $slug) {\n      name\n      occupationMatches {\n        matchType\n        role { slug }\n        occupation { name alternativeLabels externalIds { scheme code } }\n        provenance { kind record rationale source { slug } }\n      }\n      externalIds {\n        scheme\n        code\n        uri\n        confidence\n        label\n        derivedFrom { matchType occupation { name } }\n      }\n      occupations { edges { matchType node { name } } }\n    }\n  }\n"): typeof import('./graphql.js').SpecRoleCrosswalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecEntitiesByExternalId($scheme: ExternalIdScheme!, $code: String!) {\n    entitiesByExternalId(scheme: $scheme, code: $code) { kind slug name }\n  }\n"): typeof import('./graphql.js').SpecEntitiesByExternalIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpecLinkOccupationMatch($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on MutationError { message }\n    }\n  }\n"): typeof import('./graphql.js').SpecLinkOccupationMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecEscoSkillsOfCertification($slug: String!) {\n    certification(slug: $slug) {\n      escoSkills { edges { node { name } provenance { kind rationale } } }\n    }\n    skillDomains { nodes { slug escoSkills { totalCount } } }\n  }\n"): typeof import('./graphql.js').SpecEscoSkillsOfCertificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecCrossingPaths($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 3, first: 5) {\n      length\n      steps { relation to { kind name } provenance { kind } }\n    }\n  }\n"): typeof import('./graphql.js').SpecCrossingPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededManager {\n    role(slug: \"it-operations-manager\") {\n      id name description version deprecated\n      leads { edges { node { slug } evidence { id version } } }\n    }\n    certification(slug: \"pmp\") { id version deprecated }\n  }\n"): typeof import('./graphql.js').SeededManagerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeededUpdate($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename ... on MutationError { message } } }\n"): typeof import('./graphql.js').SeededUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeededDeprecate($input: DeprecateEntityInput!) { deprecateEntity(input: $input) { __typename ... on MutationError { message } } }\n"): typeof import('./graphql.js').SeededDeprecateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeededUnlink($input: UnlinkEntitiesInput!) {\n    unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }\n  }\n"): typeof import('./graphql.js').SeededUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeededRevert($id: ID!) { revertChange(id: $id) { __typename ... on MutationError { message } } }\n"): typeof import('./graphql.js').SeededRevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeededManagerDeprecated { role(slug: \"it-operations-manager\") { deprecated version } }"): typeof import('./graphql.js').SeededManagerDeprecatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesRole($slug: String!) { role(slug: $slug) { id name version deprecated replacedBy { slug } } }\n"): typeof import('./graphql.js').RulesRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RulesCreate($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on MutationError { message } } }\n    "): typeof import('./graphql.js').RulesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesVersion($id: ID!) { node(id: $id) { ... on Entity { version } } }"): typeof import('./graphql.js').RulesVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesDeprecate($input: DeprecateEntityInput!) {\n          deprecateEntity(input: $input) { __typename ... on EntityChange { change { id } } ... on MutationError { message } }\n        }\n      "): typeof import('./graphql.js').RulesDeprecateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesRevert($id: ID!) { revertChange(id: $id) { __typename ... on Change { id } ... on MutationError { message } } }"): typeof import('./graphql.js').RulesRevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesLink($input: LinkEntitiesInput!) { linkEntities(input: $input) { __typename ... on MutationError { message } } }"): typeof import('./graphql.js').RulesLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesUpdate($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename ... on EntityChange { change { id } } } }"): typeof import('./graphql.js').RulesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesManagerLeads { role(slug: \"it-operations-manager\") { leads { edges { evidence { id version } } } } }"): typeof import('./graphql.js').RulesManagerLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RulesUnlink($input: UnlinkEntitiesInput!) {\n            unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } }\n          }\n        "): typeof import('./graphql.js').RulesUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesLedCount($id: ID!) { node(id: $id) { ... on Role { leads { totalCount } } } }"): typeof import('./graphql.js').RulesLedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesChangeLog { changes { nodes { id action } } }"): typeof import('./graphql.js').RulesChangeLogDocument;
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
export function graphql(source: "query CurationRoleCount { roles(includeDeprecated: true) { totalCount } }"): typeof import('./graphql.js').CurationRoleCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationRole($slug: String!) { role(slug: $slug) { id name version deprecated } }\n"): typeof import('./graphql.js').CurationRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationRoleSlugs($includeDeprecated: Boolean) { roles(includeDeprecated: $includeDeprecated) { totalCount nodes { slug } } }\n"): typeof import('./graphql.js').CurationRoleSlugsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationRoles { roles { totalCount } }"): typeof import('./graphql.js').CurationRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CurationCreateKey($label: String!) {\n        createApiKey(label: $label, scope: EDIT) { __typename ... on NewApiKey { key apiKey { id scope } } }\n      }\n    "): typeof import('./graphql.js').CurationCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationRevokeKey($id: String!) { revokeApiKey(id: $id) { __typename ... on ApiKey { revokedAt } } }"): typeof import('./graphql.js').CurationRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationApiKeys { apiKeys { id label scope revokedAt } }"): typeof import('./graphql.js').CurationApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CurationSpecialistLeaders {\n          role(slug: \"it-operations-specialist\") { ledBy { nodes { slug } } all: ledBy(includeDeprecated: true) { nodes { slug } } }\n        }\n      "): typeof import('./graphql.js').CurationSpecialistLeadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationSearchRoles($query: String!) { search(query: $query, kinds: [ROLE]) { nodes { slug } } }"): typeof import('./graphql.js').CurationSearchRolesDocument;
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
export function graphql(source: "\n  query CurationLinkEnds {\n    skillDomain(slug: \"service-management\") { id certifications { totalCount } }\n    certification(slug: \"pmp\") { id }\n  }\n"): typeof import('./graphql.js').CurationLinkEndsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CurationWatched {\n      roles(includeDeprecated: true) { totalCount nodes { name version deprecated } }\n      skillDomain(slug: \"service-management\") { certifications { totalCount } }\n    }\n  "): typeof import('./graphql.js').CurationWatchedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DurableCreate($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { slug } } } }\n"): typeof import('./graphql.js').DurableCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsManagerId { role(slug: \"it-operations-manager\") { id } }"): typeof import('./graphql.js').ErrorsManagerIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsRoleById($id: ID!) { node(id: $id) { ... on Role { name slug } } }"): typeof import('./graphql.js').ErrorsRoleByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ErrorsCertificationPage($after: String) {\n        certifications(first: 4, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } }\n      }\n    "): typeof import('./graphql.js').ErrorsCertificationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsCertificationCursors { certifications(first: 100) { edges { cursor } } }"): typeof import('./graphql.js').ErrorsCertificationCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ErrorsPastTheEnd($after: String) { certifications(after: $after) { totalCount nodes { name } pageInfo { hasNextPage } } }\n      "): typeof import('./graphql.js').ErrorsPastTheEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ErrorsFilteredCertifications($issuer: String, $skillDomain: String, $role: String) {\n        certifications(issuer: $issuer, skillDomain: $skillDomain, role: $role) { nodes { slug } }\n      }\n    "): typeof import('./graphql.js').ErrorsFilteredCertificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsManagerResponsibilities { role(slug: \"it-operations-manager\") { name responsibilities { totalCount } } }"): typeof import('./graphql.js').ErrorsManagerResponsibilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscoImportFindOccupation($query: String!) {\n    search(query: $query, kinds: [OCCUPATION], first: 5) { edges { node { id kind slug name } } }\n  }\n"): typeof import('./graphql.js').EscoImportFindOccupationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscoImportOccupation($id: ID!) {\n    node(id: $id) {\n      ... on Occupation { name alternativeLabels deprecated provenance { kind quote source { slug } } }\n    }\n  }\n"): typeof import('./graphql.js').EscoImportOccupationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscoOccupationByUri($uri: String!) {\n    occupation(uri: $uri) {\n      uri\n      preferredLabel\n      name\n      code\n      alternativeLabels\n      hiddenLabels\n      description\n      iscoGroup { code name uri }\n      essentialSkills(first: 100) { totalCount edges { requirement node { name } provenance { kind record } } }\n      optionalSkills(first: 100) { totalCount edges { requirement node { name } } }\n      skills { totalCount }\n      provenance { kind quote rationale record verified source { slug name } }\n    }\n  }\n"): typeof import('./graphql.js').EscoOccupationByUriDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EscoOccupationBySlug($slug: String!) { occupation(slug: $slug) { uri } }"): typeof import('./graphql.js').EscoOccupationBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EscoManyOccupations {\n        occupations(first: 20) { nodes { essentialSkills { totalCount } optionalSkills { totalCount } } }\n      }\n    "): typeof import('./graphql.js').EscoManyOccupationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscoBadLookup($uri: String, $slug: String) {\n    occupation(uri: $uri, slug: $slug) { name }\n  }\n"): typeof import('./graphql.js').EscoBadLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EscoIscoByCode($code: String!) { iscoGroup(code: $code) { name } }"): typeof import('./graphql.js').EscoIscoByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EscoSkillBadUri($uri: String!) { skill(uri: $uri) { name } }"): typeof import('./graphql.js').EscoSkillBadUriDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EscoSkillByUri($uri: String!, $requirement: [SkillRequirement!]) {\n      skill(uri: $uri) {\n        uri\n        preferredLabel\n        skillType\n        reuseLevel\n        alternativeLabels\n        hiddenLabels\n        occupations(first: 100, requirement: $requirement) { totalCount edges { requirement node { uri name } } }\n        provenance { kind record }\n      }\n    }\n  "): typeof import('./graphql.js').EscoSkillByUriDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EscoOccupationHierarchy($uri: String!) {\n        occupation(uri: $uri) { name broader { nodes { name uri narrower(first: 100) { nodes { name } } } } }\n      }\n    "): typeof import('./graphql.js').EscoOccupationHierarchyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EscoSkillHierarchy($uri: String!) {\n        skill(uri: $uri) { name broader { nodes { name } } narrower(first: 100) { totalCount nodes { name } } }\n      }\n    "): typeof import('./graphql.js').EscoSkillHierarchyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EscoIscoHierarchy {\n        iscoGroup(code: \"1330\") {\n          code\n          broader { code broader { code broader { code broader { code } } } }\n          occupations(first: 100) { nodes { uri } }\n        }\n        major: iscoGroup(code: \"1\") { narrower { nodes { code } } }\n      }\n    "): typeof import('./graphql.js').EscoIscoHierarchyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EscoOccupationsPage($first: Int, $after: String, $filter: EntityFilter) {\n      occupations(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { name uri }\n      }\n    }\n  "): typeof import('./graphql.js').EscoOccupationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EscoSkillAndGroupLists {\n        skills(first: 5, filter: { provenanceKind: IMPORTED }) { totalCount nodes { skillType } }\n        iscoGroups(first: 100, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { code name } }\n      }\n    "): typeof import('./graphql.js').EscoSkillAndGroupListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EscoSearch($query: String!, $kinds: [EntityKind!]) {\n      search(query: $query, kinds: $kinds, first: 10) {\n        edges { node { kind name ... on Occupation { uri } ... on Skill { uri } } highlight { field text } }\n      }\n    }\n  "): typeof import('./graphql.js').EscoSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscoSkillGroups($uri: String!, $group: String!) {\n    skill(uri: $uri) { groups { nodes { slug uri name } } }\n    skillGroup(slug: $group) { uri code name broader { nodes { slug } } narrower { totalCount } skills { totalCount } provenance { kind record } }\n  }\n"): typeof import('./graphql.js').EscoSkillGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureRoleNeeds($slug: String!, $need: [TechnicalAreaNeed!]) {\n    role(slug: $slug) {\n      technicalAreas(need: $need) {\n        totalCount\n        edges {\n          need\n          relation\n          statement\n          statementProvenance { kind quote rationale }\n          provenance { kind quote }\n          node { slug name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StructureRoleNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureAreaRoles($slug: String!, $need: [TechnicalAreaNeed!]) {\n    technicalArea(slug: $slug) {\n      roles(need: $need) { edges { need node { slug } } }\n    }\n  }\n"): typeof import('./graphql.js').StructureAreaRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StructureHolders { responsibility(slug: \"incident-response\") { roles { edges { relation need } } } }\n    "): typeof import('./graphql.js').StructureHoldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StructureQualifiers($relation: Relation!) {\n        relationships(relation: $relation, first: 100) { totalCount nodes { qualifier } }\n      }\n    "): typeof import('./graphql.js').StructureQualifiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StructureNeedLevels {\n        role(slug: \"it-operations-manager\") {\n          technicalAreas(need: [MUST_UNDERSTAND]) {\n            edges { need node { roles(need: [MUST_UNDERSTAND, INVALUABLE]) { edges { need node { slug } } } } }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').StructureNeedLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructureLinkQualified($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { relation qualifier from { slug } to { slug } } }\n      ... on ValidationError { field }\n      ... on MutationError { message }\n    }\n  }\n"): typeof import('./graphql.js').StructureLinkQualifiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureLinkEnds {\n    manager: role(slug: \"it-operations-manager\") { id technicalAreas { totalCount } }\n    specialist: role(slug: \"it-operations-specialist\") { id }\n    generalist: role(slug: \"it-operations-generalist\") { id ledBy { totalCount } }\n    database: technicalArea(slug: \"database-management\") { id }\n  }\n"): typeof import('./graphql.js').StructureLinkEndsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureRoleResponsibilities($slug: String!) {\n    role(slug: $slug) {\n      responsibilities(first: 100) {\n        edges { statement statementProvenance { kind quote } provenance { kind quote } node { slug } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StructureRoleResponsibilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StructureCompare($first: String!, $second: String!) {\n        compareRoles(first: $first, second: $second) {\n          sharedResponsibilities {\n            responsibility { slug }\n            first { role { slug } definition definitionProvenance { kind quote } relationship { relation provenance { quote } } }\n            second { role { slug } definition definitionProvenance { kind quote } relationship { relation provenance { quote } } }\n          }\n          responsibilitiesOnlyFirst { role { slug } responsibility { slug } definition }\n          responsibilitiesOnlySecond { role { slug } responsibility { slug } definition }\n        }\n      }\n    "): typeof import('./graphql.js').StructureCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StructureGap($role: String!, $held: [String!]!) {\n        skillGap(role: $role, heldCertifications: $held) {\n          coveredResponsibilities { role { slug } responsibility { slug } definition definitionProvenance { kind } }\n          missingResponsibilities { role { slug } responsibility { slug } definition }\n        }\n      }\n    "): typeof import('./graphql.js').StructureGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureEntityWords($after: String) {\n    entities(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        kind\n        slug\n        description\n        provenance { kind quote section source { slug } }\n        descriptionProvenance { kind quote section rationale source { slug } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StructureEntityWordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructureQuoted { role(slug: \"it-operations-manager\") { provenance { quote source { id } } } }"): typeof import('./graphql.js').StructureQuotedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation StructureCreate($input: CreateEntityInput!) {\n        createEntity(input: $input) {\n          __typename\n          ... on EntityChange { entity { id version descriptionProvenance { kind quote } } }\n          ... on MutationError { message }\n        }\n      }\n    "): typeof import('./graphql.js').StructureCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation StructureUpdate($input: UpdateEntityInput!) {\n        updateEntity(input: $input) {\n          __typename\n          ... on EntityChange { entity { descriptionProvenance { kind quote rationale } } }\n          ... on MutationError { message }\n        }\n      }\n    "): typeof import('./graphql.js').StructureUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StructureStatements($after: String) {\n        relationships(first: 100, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { statement provenance { kind quote section } statementProvenance { kind quote section rationale } }\n        }\n      }\n    "): typeof import('./graphql.js').StructureStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StructureFramework { itilFunctions { nodes { framework frameworkProvenance { kind quote rationale } } } }\n    "): typeof import('./graphql.js').StructureFrameworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StructureOutlook($a: String!, $b: String!) {\n        a: outlookStatement(slug: $a) { horizon topPercent }\n        b: outlookStatement(slug: $b) { horizon topPercent }\n      }\n    "): typeof import('./graphql.js').StructureOutlookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphContents {\n    roles { totalCount nodes { slug } }\n    responsibilities(first: 100) { totalCount nodes { slug } }\n    skillDomains { totalCount }\n    certifications(first: 100) { totalCount nodes { slug acronym issuer { slug } } }\n    issuers { totalCount nodes { slug } }\n    itilFunctions { totalCount nodes { slug name framework } }\n    comparisonDimensions {\n      totalCount\n      nodes { slug stances { edges { node { slug } statement provenance { kind quote } } } }\n    }\n    technicalAreas { totalCount }\n    outlookStatements { totalCount nodes { slug attributedTo roles { nodes { slug } } } }\n    source { title author sections }\n    itOperations: itilFunction(slug: \"it-operations\") {\n      responsibilities { totalCount nodes { slug } }\n    }\n    manager: role(slug: \"it-operations-manager\") {\n      responsibilities { totalCount nodes { slug } }\n      skillDomains { nodes { slug certifications { nodes { slug } } } }\n      technicalAreas { edges { node { slug } statement } }\n      leads { nodes { slug } }\n      ledBy { totalCount }\n    }\n    specialist: role(slug: \"it-operations-specialist\") {\n      responsibilities { totalCount nodes { slug } }\n      primaryAreas { nodes { slug } }\n      skillDomains { nodes { slug certifications { totalCount } } }\n      ledBy { nodes { slug } }\n    }\n    generalist: role(slug: \"it-operations-generalist\") { name ledBy { nodes { slug } } }\n  }\n"): typeof import('./graphql.js').GraphContentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleStructure {\n    topFinding: outlookStatement(slug: \"robert-half-top-15-percent\") {\n      expertise { nodes { slug } }\n      reportedBy { slug name }\n      roles { nodes { slug } }\n    }\n    contractors: outlookStatement(slug: \"reliance-on-contract-employees\") {\n      expertise { nodes { slug } }\n      roles { nodes { slug } }\n    }\n    demand: outlookStatement(slug: \"strong-demand-in-2025\") { roles { nodes { slug } } }\n    highDemand: outlookStatement(slug: \"both-roles-in-high-demand\") { roles { nodes { slug } } }\n    networking: technicalArea(slug: \"networking\") { outlook { nodes { slug } } }\n    manager: role(slug: \"it-operations-manager\") {\n      competencies { edges { node { slug } statement provenance { kind quote } } }\n      claims { nodes { slug } }\n      itilFunctions { edges { node { slug } provenance { kind rationale } } }\n    }\n    specialist: role(slug: \"it-operations-specialist\") {\n      competencies { edges { node { slug alternativeLabels } statement provenance { kind quote } } }\n    }\n    author: person(slug: \"damon-garn\") {\n      description\n      owns { nodes { slug name } }\n      contributesTo { nodes { name } }\n      publications { edges { node { name issuer { slug } } provenance { kind quote } } }\n      sources { nodes { slug } }\n    }\n    itOperations: itilFunction(slug: \"it-operations\") { claims { nodes { slug } } }\n  }\n"): typeof import('./graphql.js').ArticleStructureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindWord($query: String!, $kinds: [EntityKind!]) { search(query: $query, kinds: $kinds, first: 5) { edges { node { kind slug } } } }\n"): typeof import('./graphql.js').FindWordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsibilityDefinitions {\n    shared: responsibilities(first: 30) {\n      nodes {\n        slug description provenance { quote }\n        roles { edges { node { slug } statement } }\n        itilFunctions { edges { node { slug } statement } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResponsibilityDefinitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityOversightCertifications {\n    responsibility(slug: \"security-oversight\") {\n      name\n      roles { nodes { name } }\n      certifications { nodes { name acronym issuer { name } } }\n    }\n  }\n"): typeof import('./graphql.js').SecurityOversightCertificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecEntityJsonLd($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Entity { name description alternativeLabels jsonLd provenance { kind quote } }\n    }\n  }\n"): typeof import('./graphql.js').SpecEntityJsonLdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecCertificationIssuerJsonLd($slug: String!) {\n    certification(slug: $slug) { id name jsonLd issuer { name alternativeLabels } }\n  }\n"): typeof import('./graphql.js').SpecCertificationIssuerJsonLdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpecLinkedDataNewRole($input: CreateEntityInput!) {\n    createEntity(input: $input) { __typename ... on EntityChange { entity { id jsonLd } } }\n  }\n"): typeof import('./graphql.js').SpecLinkedDataNewRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LinkedDataCertifications { certifications(first: 15) { nodes { id jsonLd } } }\n    "): typeof import('./graphql.js').LinkedDataCertificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryTypeName { __schema { queryType { name } } }"): typeof import('./graphql.js').QueryTypeNameDocument;
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
export function graphql(source: "\n  query EntitiesOfEveryKind {\n    roles(first: 100) { nodes { ...Cited } }\n    responsibilities(first: 100) { nodes { ...Cited } }\n    skillDomains(first: 100) { nodes { ...Cited } }\n    certifications(first: 100) { nodes { ...Cited } }\n    issuers(first: 100) { nodes { ...Cited } }\n    itilFunctions(first: 100) { nodes { ...Cited } }\n    comparisonDimensions(first: 100) { nodes { ...Cited } }\n    technicalAreas(first: 100) { nodes { ...Cited } }\n    outlookStatements(first: 100) { nodes { ...Cited } }\n    claims(first: 100) { nodes { ...Cited } }\n    competencies(first: 100) { nodes { ...Cited } }\n    people(first: 100) { nodes { ...Cited } }\n    organizations(first: 100) { nodes { ...Cited } }\n    publications(first: 100) { nodes { ...Cited } }\n    source { ...Cited sections }\n  }\n"): typeof import('./graphql.js').EntitiesOfEveryKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutageManager { role(slug: \"it-operations-manager\") { id name version } }"): typeof import('./graphql.js').OutageManagerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutageRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }"): typeof import('./graphql.js').OutageRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecRelatedOccupations($uri: String!, $first: Int) {\n    relatedOccupations(uri: $uri, first: $first) {\n      rank\n      sharedCount\n      occupation { name }\n      sharedEssentialSkills { name slug }\n    }\n  }\n"): typeof import('./graphql.js').SpecRelatedOccupationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      totalCount\n      edges { score node { kind slug name } highlight { field text ranges { start length } } }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareRoles($first: String!, $second: String!) {\n    compareRoles(first: $first, second: $second) {\n      first { slug }\n      second { slug }\n      sharedResponsibilities { responsibility { slug } }\n      responsibilitiesOnlyFirst { responsibility { slug } }\n      responsibilitiesOnlySecond { responsibility { slug } }\n      sharedSkillDomains { slug }\n      skillDomainsOnlyFirst { slug }\n      skillDomainsOnlySecond { slug }\n      sharedCertifications { slug }\n      certificationsOnlyFirst { slug }\n      certificationsOnlySecond { slug }\n      dimensions {\n        dimension { slug }\n        first { role { slug } statement provenance { kind quote } }\n        second { role { slug } statement provenance { kind quote } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CompareRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillGap($role: String!, $held: [String!]!) {\n    skillGap(role: $role, heldCertifications: $held) {\n      coveredSkillDomains { slug }\n      missingSkillDomains { slug }\n      uncoverableSkillDomains { slug }\n      coveredResponsibilities { responsibility { slug } }\n      missingResponsibilities { responsibility { slug } }\n      recommendedCertifications { rank inSmallestCover certification { slug } closes { slug } }\n    }\n  }\n"): typeof import('./graphql.js').SkillGapDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedHatByNameDescending { certifications(issuer: \"red-hat\", orderBy: { field: NAME, direction: DESC }) { nodes { slug } } }"): typeof import('./graphql.js').RedHatByNameDescendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaManager { role(slug: \"it-operations-manager\") { id name version } }"): typeof import('./graphql.js').ReplicaManagerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }"): typeof import('./graphql.js').ReplicaRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceSearch($query: String!, $first: Int, $kinds: [EntityKind!]) {\n    search(query: $query, first: $first, kinds: $kinds) {\n      totalCount\n      edges {\n        score\n        node { kind slug name }\n        highlight {\n          field\n          text\n          ranges { start length }\n          relationship { id relation from { slug } to { slug } statement provenance { quote } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EvidenceSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceSourceIds { source { id } }"): typeof import('./graphql.js').EvidenceSourceIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceManagerId { role(slug: \"it-operations-manager\") { id } }"): typeof import('./graphql.js').EvidenceManagerIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceItilFunctionId { itilFunction(slug: \"it-operations\") { id } }"): typeof import('./graphql.js').EvidenceItilFunctionIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceCreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) { __typename ... on EntityChange { entity { id slug } } ... on MutationError { message } }\n  }\n"): typeof import('./graphql.js').EvidenceCreateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceLink($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) { __typename ... on RelationshipChange { relationship { id } } ... on MutationError { message } }\n  }\n"): typeof import('./graphql.js').EvidenceLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerHeadline { responsibility(slug: \"security-oversight\") { certifications { nodes { acronym issuer { name } } } } }\n"): typeof import('./graphql.js').ServerHeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlowManagerName { role(slug: \"it-operations-manager\") { name } }"): typeof import('./graphql.js').SlowManagerNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlowManager { role(slug: \"it-operations-manager\") { id version } }"): typeof import('./graphql.js').SlowManagerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SlowRename($input: UpdateEntityInput!) { updateEntity(input: $input) { __typename } }"): typeof import('./graphql.js').SlowRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageEntities($after: String) {\n    entities(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id provenance { kind quote section } }\n    }\n  }\n"): typeof import('./graphql.js').CoverageEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageRelationships($after: String) {\n    relationships(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id provenance { kind quote section } }\n    }\n  }\n"): typeof import('./graphql.js').CoverageRelationshipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageManagerStances {\n    role(slug: \"it-operations-manager\") { stances { edges { node { slug } evidence { id version } } } }\n  }\n"): typeof import('./graphql.js').CoverageManagerStancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoverageUnlink($input: UnlinkEntitiesInput!) { unlinkEntities(input: $input) { __typename } }\n"): typeof import('./graphql.js').CoverageUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourcesCreateEntity($input: CreateEntityInput!) {\n    createEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { id slug version provenance { kind quote section verified source { slug } } } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n"): typeof import('./graphql.js').SourcesCreateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourcesUpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      __typename\n      ... on EntityChange { entity { version provenance { kind quote section verified } } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n"): typeof import('./graphql.js').SourcesUpdateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourcesLink($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      __typename\n      ... on RelationshipChange { relationship { id provenance { kind quote section verified source { slug } } } }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n"): typeof import('./graphql.js').SourcesLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourcesCreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) {\n      __typename\n      ... on SourceChange {\n        source { id slug title text url publishedOn licence sections author provenance { kind rationale verified } }\n        change { action actorLabel }\n      }\n      ... on MutationError { message }\n      ... on ValidationError { field }\n    }\n  }\n"): typeof import('./graphql.js').SourcesCreateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcesSource($slug: String) {\n    source(slug: $slug) { id slug title text url publishedOn licence sections }\n  }\n"): typeof import('./graphql.js').SourcesSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcesRoleState($slug: String!) {\n    role(slug: $slug) {\n      id\n      version\n      provenance { kind quote verified }\n      skillDomains { nodes { slug } }\n    }\n  }\n"): typeof import('./graphql.js').SourcesRoleStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SourcesSkillDomain($slug: String!) { skillDomain(slug: $slug) { id } }"): typeof import('./graphql.js').SourcesSkillDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SourcesChangeCount { changes { totalCount } }"): typeof import('./graphql.js').SourcesChangeCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SourcesRoleCount { roles(includeDeprecated: true) { totalCount } }"): typeof import('./graphql.js').SourcesRoleCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SourcesUnlink($input: UnlinkEntitiesInput!) {\n      unlinkEntities(input: $input) { __typename ... on RelationshipChange { change { id } } ... on MutationError { message } }\n    }\n  "): typeof import('./graphql.js').SourcesUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SourcesRevert($id: ID!) {\n      revertChange(id: $id) { __typename ... on Change { action } ... on MutationError { message } ... on ValidationError { field } }\n    }\n  "): typeof import('./graphql.js').SourcesRevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SourcesVerified {\n          bad: role(slug: \"quoted-badly\") { provenance { verified } leads { edges { provenance { verified } } } }\n          good: role(slug: \"quoted-well\") { provenance { verified } }\n          manager: role(slug: \"it-operations-manager\") { provenance { verified } }\n        }\n      "): typeof import('./graphql.js').SourcesVerifiedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
