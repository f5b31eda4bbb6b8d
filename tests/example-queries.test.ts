/** GraphiQL opens with the README's example questions as tabs, and every one of them runs without errors. */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_TABS } from '../src/server/example-queries.js';
import { startTestService, type TestService } from './support/knowledge-graph.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

describe('GraphiQL example tabs', () => {
  it('holds the README’s ten example questions', () => {
    expect(EXAMPLE_TABS).toHaveLength(10);
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

  it('GraphiQL is rendered with the tabs', async () => {
    const response = await service.yoga.fetch('http://kg.test/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('defaultTabs');
    expect(html).toContain('8. I hold CISSP');
  });
});
