/**
 * The peers `npm run bench` measures the service against, each answering the benchmark's headline
 * question (`questions.ts`) from plain objects in memory, built at start from the seeded graph:
 *
 * - `PEER=graphql-js`: node:http with graphql-js's parse, validate and execute per request (no
 *   document cache): the bare reference implementation;
 * - `PEER=mercurius`: fastify with mercurius, its document cache and graphql-jit (`jit: 1`).
 *
 * Both serve the same schema: the part of the service's schema the headline reads, with the same
 * walks (`WALKS`), orders and page sizes, so that they answer the same bytes (`http.ts` checks).
 * Reads PORT and PEER from the environment; prints `ready` once listening.
 */
import { createServer } from 'node:http';
import fastify from 'fastify';
import { buildSchema, execute, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema, parse, validate } from 'graphql';
import mercurius from 'mercurius';
import { type NodeRecord, openKnowledgeGraph, type Store, WALKS, type Walk } from '../src/data/index.js';

const SDL = `
  type Query { role(slug: String!): Role }
  type Provenance { quote: String }
  type Role { name: String! responsibilities(first: Int): ResponsibilityConnection! }
  type ResponsibilityConnection { edges: [ResponsibilityEdge!]! }
  type ResponsibilityEdge { provenance: Provenance! node: Responsibility! }
  type Responsibility { name: String! skillDomains(first: Int): SkillDomainConnection! }
  type SkillDomainConnection { nodes: [SkillDomain!]! }
  type SkillDomain { name: String! certifications(first: Int): CertificationConnection! }
  type CertificationConnection { nodes: [Certification!]! }
  type Certification { name: String! acronym: String issuer: Issuer }
  type Issuer { name: String! }
`;

interface Entity {
  name: string;
  acronym?: string | null;
  links: Record<string, { node: Entity; provenance: { quote: string | null } }[]>;
}

/** Every entity of the kinds the headline reads, linked along the walks it follows (in the walks' order). */
async function loadGraph(store: Store): Promise<Map<string, Entity>> {
  const entities = new Map<string, Entity>();
  const bySlug = new Map<string, Entity>();
  const entityOf = (node: NodeRecord): Entity => {
    let entity = entities.get(node.id);
    if (!entity) {
      entity = { name: node.name, acronym: (node.attributes['acronym'] as string | undefined) ?? null, links: {} };
      entities.set(node.id, entity);
      if (node.kind === 'Role') bySlug.set(node.slug, entity);
    }
    return entity;
  };
  const walks: [NodeRecord['kind'], string, Walk][] = [
    ['Role', 'responsibilities', WALKS.Role.responsibilities!],
    ['Responsibility', 'skillDomains', WALKS.Responsibility.skillDomains!],
    ['SkillDomain', 'certifications', WALKS.SkillDomain.certifications!],
    ['Certification', 'issuer', WALKS.Certification.issuer!],
  ];
  for (const [kind, field, walk] of walks) {
    const { items } = await store.listNodes({ kinds: [kind], limit: 100_000, offset: 0, filter: { includeDeprecated: true } });
    for (const node of items) entityOf(node).links[field] = [];
    const byId = new Map(items.map((node) => [node.id, node]));
    for (const row of await store.traverse([...byId.keys()], walk.steps)) {
      entityOf(byId.get(row.startId)!).links[field]!.push({
        node: entityOf(row.node),
        provenance: { quote: row.hops[0]!.provenance.quote },
      });
    }
  }
  return bySlug;
}

const { store } = await openKnowledgeGraph('sqlite::memory:');
const roles = await loadGraph(store);
await store.close();

const page = (entity: Entity, field: string, first: number | undefined) => entity.links[field]!.slice(0, first ?? 100);
const resolvers: Record<string, Record<string, GraphQLFieldResolver<Entity, unknown, { first?: number; slug?: string }>>> = {
  Query: { role: (_root, { slug }) => roles.get(slug!) ?? null },
  Role: { responsibilities: (role, { first }) => ({ edges: page(role, 'responsibilities', first) }) },
  Responsibility: { skillDomains: (r, { first }) => ({ nodes: page(r, 'skillDomains', first).map((link) => link.node) }) },
  SkillDomain: { certifications: (d, { first }) => ({ nodes: page(d, 'certifications', first).map((link) => link.node) }) },
  Certification: { issuer: (c) => c.links['issuer']![0]?.node ?? null },
};

/** The schema with the resolvers attached (one schema object for both peers). */
function executableSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  for (const [type, fields] of Object.entries(resolvers)) {
    const object = schema.getType(type) as GraphQLObjectType;
    for (const [field, resolve] of Object.entries(fields)) object.getFields()[field]!.resolve = resolve as never;
  }
  return schema;
}

const schema = executableSchema();
const port = Number(process.env['PORT']);

if (process.env['PEER'] === 'mercurius') {
  const app = fastify({ logger: false });
  await app.register(mercurius, { schema, jit: 1 });
  await app.listen({ port, host: '127.0.0.1' });
  console.log('ready');
} else {
  createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const document = parse(query);
      const errors = validate(schema, document);
      const result = errors.length > 0 ? { errors } : await execute({ schema, document, variableValues: variables ?? null });
      const body = JSON.stringify(result);
      response.writeHead(errors.length > 0 ? 400 : 200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      response.end(body);
    });
  }).listen(port, '127.0.0.1', () => console.log('ready'));
}
