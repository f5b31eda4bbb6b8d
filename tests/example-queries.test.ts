/** GraphiQL opens with the README's example questions as tabs, and every one of them runs without errors. */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_TABS } from '../src/server/example-queries.js';
import { startTestService, type TestService } from './support/knowledge-graph.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

describe('GraphiQL example tabs', () => {
  it('holds the README’s thirteen example questions', () => {
    expect(EXAMPLE_TABS).toHaveLength(13);
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

  it('GraphiQL is rendered with the tabs', async () => {
    const response = await service.yoga.fetch('http://kg.test/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('defaultTabs');
    expect(html).toContain('8. I hold CISSP');
  });
});
