/** The questions the benchmarks ask, as the JSON bodies a client posts. */

export interface Question {
  name: string;
  /** What it asks, for the table's legend. */
  asks: string;
  body: string;
}

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify(variables ? { query, variables } : { query });

/** The headline question: a role → its responsibilities → their skill domains → their certifications → issuer (5 relationship levels). */
export const HEADLINE = `{
  role(slug: "it-operations-manager") {
    name
    responsibilities(first: 10) {
      edges {
        provenance { quote }
        node {
          name
          skillDomains(first: 5) { nodes { name certifications(first: 5) { nodes { name acronym issuer { name } } } } }
        }
      }
    }
  }
}`;

/** Every question of the benchmark; `paths` needs the global ids of CCNA and the manager. */
export function questions(ids: { ccna: string; manager: string }): Question[] {
  return [
    { name: 'headline', asks: 'role → responsibilities → skill domains → certifications → issuer', body: body(HEADLINE) },
    { name: 'lookup', asks: 'one certification by slug', body: body('{ certification(slug: "cissp") { id name acronym description } }') },
    {
      name: 'wide',
      asks: 'all roles → responsibilities → skill domains → certifications',
      body: body(
        '{ roles(first: 3) { nodes { name responsibilities(first: 10) { nodes { name skillDomains(first: 5) { nodes { name certifications(first: 5) { nodes { name acronym } } } } } } } } }',
      ),
    },
    {
      name: 'search',
      asks: 'search "security" (first 10)',
      body: body('{ search(query: "security", first: 10) { edges { score node { kind name } } } }'),
    },
    {
      name: 'skillGap',
      asks: 'specialist holding Security+ and CCNA',
      body: body(
        '{ skillGap(role: "it-operations-specialist", heldCertifications: ["comptia-security-plus", "ccna"]) { missingSkillDomains { name } recommendedCertifications { rank certification { name } closes { name } } } }',
      ),
    },
    {
      name: 'paths',
      asks: 'CCNA to the manager (up to 3 paths)',
      body: body(
        'query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length steps { from { name } relation to { name } provenance { kind } } } }',
        {
          a: ids.ccna,
          b: ids.manager,
        },
      ),
    },
  ];
}

/** The query that finds the ids `questions` needs. */
export const IDS_QUERY = '{ ccna: certification(slug: "ccna") { id } manager: role(slug: "it-operations-manager") { id } }';
