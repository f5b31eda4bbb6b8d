/**
 * A string input no store can keep or look up as it is (a NUL character, an unpaired surrogate)
 * gets the same clear answer on every store: a BAD_USER_INPUT error naming the argument or
 * variable, nothing written, and the service keeps answering. (PostgreSQL refuses NUL in text, so
 * a NUL in a slug used to answer INTERNAL_SERVER_ERROR there and null on SQLite.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createKey, startTestService, type TestService } from './support/knowledge-graph.js';

let service: TestService;
let editKey: string;

beforeAll(async () => {
  service = await startTestService();
  ({ key: editKey } = await createKey(service.store, 'edit', 'curator'));
});

// The operations here stay plain text: each carries a string no store can keep (in a literal or a
// default value, hidden in an ID), the point of the test; their answers are errors, not data.
async function send(query: string, variables?: Record<string, unknown>, key?: string) {
  const response = await service.post(query, variables, { key });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

const NUL = 'a\u0000b';
const globalId = (kind: string, id: string) => Buffer.from(`${kind}:${id}`, 'utf8').toString('base64');
const createRole = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { id } } } }`;
const roleInput = (name: string) => ({
  kind: 'ROLE',
  slug: 'nul-test-role',
  name,
  description: 'A role made up for a test.',
  provenance: { kind: 'CURATED', rationale: 'Test record.' },
});

/** Each: an operation with one unstorable string, and what the error must name. */
const cases: { name: string; query: string; variables?: Record<string, unknown>; key?: () => string; names: RegExp }[] = [
  { name: 'a NUL in a slug literal', query: '{ role(slug: "a\\u0000b") { id } }', names: /`slug`/ },
  {
    name: 'a NUL in a slug variable',
    query: 'query ($slug: String!) { role(slug: $slug) { id } }',
    variables: { slug: NUL },
    names: /`\$slug`/,
  },
  {
    name: 'a NUL in a certification lookup',
    query: 'query ($slug: String!) { certification(slug: $slug) { id } }',
    variables: { slug: NUL },
    names: /`\$slug`/,
  },
  {
    name: 'a NUL in a name filter',
    query: '{ roles(filter: { nameContains: "a\\u0000" }) { totalCount } }',
    names: /`filter.nameContains`/,
  },
  { name: 'a NUL in a search', query: 'query ($q: String!) { search(query: $q) { totalCount } }', variables: { q: NUL }, names: /`\$q`/ },
  {
    name: 'a NUL in a list argument',
    query: 'query ($held: [String!]!) { skillGap(role: "it-operations-manager", heldCertifications: $held) { role { slug } } }',
    variables: { held: ['ccna', NUL] },
    names: /`\$held\[1\]`/,
  },
  {
    name: 'a NUL inside an ID (hidden by base64)',
    query: 'query ($id: ID!) { node(id: $id) { id } }',
    variables: { id: globalId('Role', NUL) },
    names: /is not a valid ID/,
  },
  {
    name: 'a NUL in a mutation input',
    query: createRole,
    variables: { input: roleInput(NUL) },
    key: () => editKey,
    names: /`\$input.name`/,
  },
  {
    name: 'an unpaired surrogate in a mutation input',
    query: createRole,
    variables: { input: roleInput('broken \ud800 name') },
    key: () => editKey,
    names: /`\$input.name` must be valid Unicode text/,
  },
  {
    name: 'a NUL in a variable’s default value',
    query: 'query ($slug: String! = "a\\u0000b") { role(slug: $slug) { id } }',
    names: /`\$slug`/,
  },
];

describe('an unstorable string input', () => {
  it.each(cases)('is refused with BAD_USER_INPUT for $name, and nothing is written', async ({ query, variables, key, names }) => {
    const before = (await service.store.exportGraph()).nodes.length;
    const { body } = await send(query, variables, key?.());
    expect(body.errors, JSON.stringify(body)).toHaveLength(1);
    expect(body.errors![0]!.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toMatch(names);
    // Refused before execution (no data), or, for an ID, by the field that decodes it (null).
    for (const value of Object.values(body.data ?? {})) expect(value).toBeNull();
    expect((await service.store.exportGraph()).nodes.length).toBe(before);
    // The service keeps answering.
    expect((await send('{ role(slug: "it-operations-manager") { slug } }')).body).toEqual({
      data: { role: { slug: 'it-operations-manager' } },
    });
  });

  it('leaves ordinary text alone: the same mutation without the NUL creates the role', async () => {
    const { body } = await send(createRole, { input: roleInput('NUL-free test role') }, editKey);
    expect(body).toMatchObject({ data: { createEntity: { __typename: 'EntityChange' } } });
  });
});
