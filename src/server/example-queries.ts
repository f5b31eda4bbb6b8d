/**
 * The README's example questions as GraphiQL tabs, ready to run (`graphiql.defaultTabs`). A test
 * runs every one, so they keep working as the schema evolves. IDs in variables are the API's
 * own opaque IDs of the entities the questions name.
 */
import { encodeGlobalID } from '../schema/global-id.js';
import { HEADLINE_QUERY } from './headline-query.js';

export interface ExampleTab {
  query: string;
  variables?: string;
}

/** ESCO's ICT system administrator (ISCO-08 2522). */
const SYSTEM_ADMINISTRATOR_URI = 'http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300';

const variables = (values: Record<string, string>) => JSON.stringify(values, null, 2);

export const EXAMPLE_TABS: ExampleTab[] = [
  { query: HEADLINE_QUERY },
  {
    query: `# 2. What are the manager's key responsibilities, in the article's words?
{
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
    query: `# 3. What separates a specialist from a manager?
{
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
    query: `# 4. Which certifications does CompTIA issue, and for which role are they recommended?
{
  issuer(slug: "comptia") {
    certifications { nodes { name roles { nodes { name } } } }
  }
}
`,
  },
  {
    query: `# 5. Which skill domains does each role need, and where does the article list no certification?
{
  skillDomains {
    nodes { name roles { nodes { name } } certifications { totalCount } }
  }
}
`,
  },
  {
    query: `# 6. What is "Security+"? (search: prefixes and typing errors match too)
{
  search(query: "Security+", first: 3) {
    edges { score node { kind name } highlight { field text ranges { start length } } }
  }
}
`,
  },
  {
    query: `# 7. What separates a specialist from a manager, list by list?
{
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
    query: `# 8. I hold CISSP: what am I missing to be an IT operations manager?
{
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
    query: `# 9. How is CCNA related to the IT operations manager? (paths; the variables hold their IDs)
query ($from: ID!, $to: ID!) {
  paths(from: $from, to: $to) {
    length
    steps { from { name } relation to { name } provenance { kind quote rationale } }
  }
}
`,
    variables: variables({ from: encodeGlobalID('Certification', 'ccna'), to: encodeGlobalID('Role', 'it-operations-manager') }),
  },
  {
    query: `# 10. What surrounds the manager? (a picture of the graph: see /explore)
query ($id: ID!) {
  neighborhood(id: $id, depth: 2, kinds: [ROLE, SKILL_DOMAIN, CERTIFICATION]) {
    nodes { id kind name }
    edges { from to relation provenance { kind } }
  }
}
`,
    variables: variables({ id: encodeGlobalID('Role', 'it-operations-manager') }),
  },
  {
    query: `# 11. What must a manager understand? (need: how strongly, in the article's wording)
{
  role(slug: "it-operations-manager") {
    technicalAreas(need: [MUST_UNDERSTAND]) {
      edges { need node { name } statement statementProvenance { kind } provenance { quote } }
    }
  }
}
`,
  },
  {
    query: `# 12. What does the outlook say about the specialist?
{
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
    query: `# 13. How do the two roles define incident response?
{
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
    query: `# 14. Which ESCO occupation is the IT operations manager? (and the codes HR systems join on)
{
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
    query: `# 15. Which occupations are closest to an ICT system administrator? (shared essential ESCO skills)
{
  relatedOccupations(uri: "${SYSTEM_ADMINISTRATOR_URI}", first: 5) {
    rank
    sharedCount
    occupation { name externalIds { scheme code } }
    sharedEssentialSkills { name }
  }
}
`,
  },
];
