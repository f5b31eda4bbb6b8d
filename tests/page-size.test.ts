/**
 * A page size out of range is refused for what it is, whatever the query would cost: a `first` or
 * `last` over 100 (or below 0) is a BAD_USER_INPUT naming the argument, the connection and the
 * limit (GitHub's wording), written inline or passed in a variable, at any depth, never a
 * QUERY_TOO_COSTLY. Within the limit, the cost limit still refuses what is too costly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../src/schema/pagination.js';
import { startTestService, type TestService } from './support/knowledge-graph.js';

interface Refusal {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

async function ask(query: string, variables?: Record<string, unknown>): Promise<Refusal> {
  const response = await service.yoga.fetch('http://kg.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Refusal;
}

describe('page size before cost', () => {
  it('refuses `first: 100000` as a page too large, not as a query too costly', async () => {
    const result = await ask('{ roles(first: 100000) { nodes { name } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      {
        message: 'Requesting 100,000 records on the `roles` connection exceeds the `first` limit of 100 records',
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', limit: MAX_PAGE_SIZE },
      },
    ]);
  });

  it('refuses the same page size passed in a variable', async () => {
    const result = await ask('query Roles($size: Int) { roles(first: $size) { nodes { name } } }', { size: 100000 });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', limit: 100 });
    expect(result.errors![0]!.message).toContain('exceeds the `first` limit of 100 records');
  });

  it('names the nested connection whose page is too large, even under pages that alone cost more than the limit', async () => {
    const result = await ask(
      '{ roles(first: 100) { nodes { responsibilities(first: 100) { nodes { skillDomains(last: 101, before: "YXJyYXljb25uZWN0aW9uOjA=") { nodes { name } } } } } } }',
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.message).toBe(
      'Requesting 101 records on the `skillDomains` connection exceeds the `last` limit of 100 records',
    );
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
  });

  it('refuses a negative page size, inline or in a variable', async () => {
    const inline = await ask('{ certifications(first: -5) { totalCount } }');
    expect(inline.errors![0]!.message).toBe('`first` on the `certifications` connection cannot be less than 0; got -5');
    const passed = await ask('query Last($size: Int) { roles(last: $size) { totalCount } }', { size: -1 });
    expect(passed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
  });

  it('refuses `first` of `paths` and `relatedOccupations` out of their own ranges before their cost', async () => {
    const paths = await ask('{ paths(from: "x", to: "y", first: 100000) { length } }');
    expect(paths.errors).toHaveLength(1);
    expect(paths.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(paths.errors![0]!.message).toBe('`first` must be between 1 and 20; got 100000');
    const related = await ask('{ relatedOccupations(uri: "x", first: 100000) { rank } }');
    expect(related.errors).toHaveLength(1);
    expect(related.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('refuses more than 100 IDs for `nodes(ids:)` as such, before the cost of what each selects', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => Buffer.from(`Role:r${index}`).toString('base64'));
    const result = await ask(
      'query Many($ids: [ID!]!) { nodes(ids: $ids) { ... on Role { responsibilities(first: 100) { nodes { name } } } } }',
      { ids },
    );
    expect(result.errors).toEqual([
      { message: '`ids` may list at most 100 IDs; got 101', extensions: { code: 'BAD_USER_INPUT', argument: 'ids', limit: MAX_PAGE_SIZE } },
    ]);
  });

  it('still refuses pages within the limit whose cost is too high, as QUERY_TOO_COSTLY', async () => {
    const result = await ask(
      '{ roles(first: 100) { nodes { responsibilities(first: 100) { nodes { skillDomains(first: 100) { nodes { name } } } } } } }',
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 10_000 });
  });

  it('answers a page of exactly 100', async () => {
    const result = await ask('{ roles(first: 100) { totalCount nodes { name } } }');
    expect(result.errors).toBeUndefined();
    expect((result.data as { roles: { nodes: unknown[]; totalCount: number } }).roles.nodes.length).toBe(
      Math.min(100, (result.data as { roles: { totalCount: number } }).roles.totalCount),
    );
  });
});
