/**
 * The README's example questions as GraphiQL tabs, ready to run (`graphiql.defaultTabs`). A test
 * runs every one, so they keep working as the schema evolves. IDs in variables are the API's
 * own opaque IDs of the entities the questions name.
 *
 * Each is a named operation in a string marked as GraphQL (a magic comment), without interpolation, so that
 * GraphQL Code Generator finds it and lists it in the trusted documents' manifest
 * (`src/server/graphql/persisted-documents.json`, see codegen.ts). The URI in question 15 is ESCO's
 * ICT system administrator (ISCO-08 2522).
 */
import { encodeGlobalID } from '../schema/global-id.js';
import { HEADLINE_QUERY } from './headline-query.js';

export interface ExampleTab {
  query: string;
  variables?: string;
}

const variables = (values: Record<string, string>) => JSON.stringify(values, null, 2);

export const EXAMPLE_TABS: ExampleTab[] = [
  { query: HEADLINE_QUERY },
  {
    query: /* GraphQL */ `# 2. What are the manager's key responsibilities, in the article's words?
query ManagerResponsibilities {
  role(slug: "it-operations-manager") {
    responsibilities {
      totalCount
      edges { node { name } provenance { quote section } }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 3. What separates a specialist from a manager?
query ComparisonDimensions {
  comparisonDimensions {
    nodes {
      name
      stances { edges { node { name } statement provenance { quote } } }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 4. Which certifications does CompTIA issue, and for which role are they recommended?
query CompTiaCertifications {
  issuer(slug: "comptia") {
    certifications { nodes { name roles { nodes { name } } } }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 5. Which skill domains does each role need, and where does the article list no certification?
query SkillDomainsByRole {
  skillDomains {
    nodes { name roles { nodes { name } } certifications { totalCount } }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 6. What is "Security+"? (search: prefixes and typing errors match too)
query SearchSecurityPlus {
  search(query: "Security+", first: 3) {
    edges { score node { kind name } highlight { field text ranges { start length } } }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 7. What separates a specialist from a manager, list by list?
query CompareManagerAndSpecialist {
  compareRoles(first: "it-operations-manager", second: "it-operations-specialist") {
    sharedResponsibilities { responsibility { name } first { definition } second { definition } }
    responsibilitiesOnlyFirst { responsibility { name } }
    responsibilitiesOnlySecond { responsibility { name } }
    skillDomainsOnlyFirst { name }
    certificationsOnlySecond { name }
    dimensions { dimension { name } first { statement } second { statement provenance { quote } } }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 8. I hold CISSP: what am I missing to be an IT operations manager?
query SkillGapFromCissp {
  skillGap(role: "it-operations-manager", heldCertifications: ["cissp"]) {
    coveredSkillDomains { name }
    missingSkillDomains { name }
    uncoverableSkillDomains { name }
    missingResponsibilities { responsibility { name } definition }
    recommendedCertifications { rank inSmallestCover certification { name } closes { name } }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 9. How is CCNA related to the IT operations manager? (paths; the variables hold their IDs)
query PathsFromCcnaToManager($from: ID!, $to: ID!) {
  paths(from: $from, to: $to) {
    length
    steps { from { name } relation to { name } provenance { kind quote rationale } }
  }
}
`,
    variables: variables({ from: encodeGlobalID('Certification', 'ccna'), to: encodeGlobalID('Role', 'it-operations-manager') }),
  },
  {
    query: /* GraphQL */ `# 10. What surrounds the manager? (a picture of the graph: see /explore)
query ManagerNeighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, kinds: [ROLE, SKILL_DOMAIN, CERTIFICATION]) {
    nodes { id kind name }
    edges { from to relation provenance { kind } }
  }
}
`,
    variables: variables({ id: encodeGlobalID('Role', 'it-operations-manager') }),
  },
  {
    query: /* GraphQL */ `# 11. What must a manager understand? (need: how strongly, in the article's wording)
query WhatAManagerMustUnderstand {
  role(slug: "it-operations-manager") {
    technicalAreas(need: [MUST_UNDERSTAND]) {
      edges { need node { name } statement statementProvenance { kind } provenance { quote } }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 12. What does the outlook say about the specialist?
query SpecialistOutlook {
  role(slug: "it-operations-specialist") {
    outlook {
      nodes {
        name
        horizon
        topPercent
        expertise { nodes { name } }
        reportedBy { name }
        provenance { quote }
      }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 13. How do the two roles define incident response?
query IncidentResponseDefinitions {
  responsibility(slug: "incident-response") {
    roles { edges { node { name } statement statementProvenance { kind } } }
  }
  compareRoles(first: "it-operations-manager", second: "it-operations-specialist") {
    sharedResponsibilities {
      responsibility { name description descriptionProvenance { kind } }
      first { role { name } definition }
      second { role { name } definition }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# 14. Which ESCO occupation is the IT operations manager? (and the codes HR systems join on)
query ManagerEscoOccupation {
  role(slug: "it-operations-manager") {
    occupationMatches {
      matchType
      occupation { name iscoGroup { name } }
      provenance { kind record rationale source { name } }
    }
    externalIds { scheme code confidence label derivedFrom { matchType } }
  }
  entitiesByExternalId(scheme: ONET_SOC_2010, code: "11-3021.00") { kind name }
}
`,
  },
  {
    query: /* GraphQL */ `# 15. Which occupations are closest to an ICT system administrator? (shared essential ESCO skills)
query OccupationsNearSystemAdministrator {
  relatedOccupations(uri: "http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300", first: 5) {
    rank
    sharedCount
    occupation { name externalIds { scheme code } }
    sharedEssentialSkills { name }
  }
}
`,
  },
];
