/** GraphiQL opens with the README's example questions as tabs, and every one of them runs without errors. */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_TABS } from '../src/server/example-queries.js';
import { startTestService, type TestService } from './support/knowledge-graph.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

describe('GraphiQL example tabs', () => {
  it('holds the README’s fifteen example questions', () => {
    expect(EXAMPLE_TABS).toHaveLength(15);
    expect(EXAMPLE_TABS[8]!.query).toContain('How is CCNA related to the IT operations manager?');
  });

  it.each(EXAMPLE_TABS.map((tab, index) => [index + 1, tab] as const))(
    'example %i runs without errors and answers',
    async (_number, tab) => {
      const result = await service.query(tab.query, tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : undefined);
      expect(result.errors).toBeUndefined();
      const values = Object.values(result.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(value).not.toBeNull();
    },
  );

  it('example 9 finds the three paths from CCNA to the manager', async () => {
    const tab = EXAMPLE_TABS[8]!;
    // The server's own example text (a GraphiQL tab), not a document of the tests: its answer is typed here by hand.
    const result = await service.query<{ paths: { length: number }[] }>(tab.query, JSON.parse(tab.variables!) as Record<string, unknown>);
    expect(result.data!.paths.map((path) => path.length)).toEqual([3, 3, 4]);
  });

  it('example 11 answers what a manager must understand: cloud computing, networking and cybersecurity', async () => {
    const tab = EXAMPLE_TABS[10]!;
    expect(tab.query).toContain('What must a manager understand?');
    // The server's own example text, not a document of the tests: its answer is typed here by hand.
    type Answer = { role: { technicalAreas: { edges: { need: string; node: { name: string } }[] } } };
    const result = await service.query<Answer>(tab.query);
    const edges = result.data!.role.technicalAreas.edges;
    expect(edges.map((edge) => edge.node.name).sort()).toEqual(['Cloud computing', 'Cybersecurity', 'Networking']);
    expect(new Set(edges.map((edge) => edge.need))).toEqual(new Set(['MUST_UNDERSTAND']));
  });

  it('example 13 gives the specialist’s incident response in the specialist’s words', async () => {
    const tab = EXAMPLE_TABS[12]!;
    type Held = { role: { name: string }; definition: string | null };
    type Answer = {
      responsibility: { roles: { edges: { node: { name: string }; statement: string | null }[] } };
      compareRoles: { sharedResponsibilities: { first: Held; second: Held }[] };
    };
    const result = await service.query<Answer>(tab.query);
    const words = 'Troubleshooting and resolving technical issues.';
    const specialist = result.data!.responsibility.roles.edges.find((edge) => edge.node.name === 'IT operations specialist');
    expect(specialist?.statement).toBe(words);
    expect(result.data!.compareRoles.sharedResponsibilities[0]!.second).toEqual({
      role: { name: 'IT operations specialist' },
      definition: words,
    });
  });

  it('example 14 answers that the manager is ESCO’s ICT operations manager, with ISCO-08 1330 and O*NET-SOC 11-3021.00', async () => {
    const tab = EXAMPLE_TABS[13]!;
    expect(tab.query).toContain('Which ESCO occupation is the IT operations manager?');
    // The server's own example text, not a document of the tests: its answer is typed here by hand.
    type Answer = {
      role: {
        occupationMatches: { matchType: string; occupation: { name: string }; provenance: { kind: string } }[];
        externalIds: { scheme: string; code: string }[];
      };
      entitiesByExternalId: { kind: string; name: string }[];
    };
    const result = await service.query<Answer>(tab.query);
    const { role, entitiesByExternalId } = result.data!;
    expect(role.occupationMatches.map((m) => [m.matchType, m.occupation.name, m.provenance.kind])).toEqual([
      ['EXACT', 'ICT operations manager', 'IMPORTED'],
    ]);
    expect(role.externalIds.map((id) => `${id.scheme} ${id.code}`)).toEqual(
      expect.arrayContaining(['ISCO_08 1330', 'ONET_SOC_2010 11-3021.00']),
    );
    expect(entitiesByExternalId).toContainEqual({ kind: 'ROLE', name: 'IT operations manager' });
  });

  it('example 15 ranks the ICT network administrator closest to an ICT system administrator', async () => {
    const tab = EXAMPLE_TABS[14]!;
    expect(tab.query).toContain('Which occupations are closest to an ICT system administrator?');
    // The server's own example text, not a document of the tests: its answer is typed here by hand.
    type Answer = {
      relatedOccupations: { rank: number; sharedCount: number; occupation: { name: string }; sharedEssentialSkills: unknown[] }[];
    };
    const result = await service.query<Answer>(tab.query);
    const related = result.data!.relatedOccupations;
    expect(related).toHaveLength(5);
    expect(related[0]).toMatchObject({ rank: 1, sharedCount: 12, occupation: { name: 'ICT network administrator' } });
    for (const r of related) expect(r.sharedEssentialSkills).toHaveLength(r.sharedCount);
  });

  it('GraphiQL is rendered with the tabs', async () => {
    const response = await service.yoga.fetch('http://kg.test/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('defaultTabs');
    expect(html).toContain('8. I hold CISSP');
  });
});
