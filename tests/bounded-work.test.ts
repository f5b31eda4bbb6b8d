/**
 * No request runs away with the CPU: the analyses bound their own work (a path search answers
 * within its budget or refuses with QUERY_TOO_COSTLY; the skill gap's cover search falls back to a
 * greedy cover it marks as such), and the execution time limit stops the work, not only the wait,
 * on the synchronous SQLite store too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/synthetic-graph.js';
import { edgeId, nodeId, type Store } from '../src/data/index.js';
import { validateGraphExport } from '../src/data/transfer.js';
import { encodeGlobalID } from '../src/schema/global-id.js';
import { graphql } from './graphql/index.js';
import {
  answerOf,
  createKey,
  type GraphQLResponse,
  type Operation,
  startTestService,
  type TestService,
} from './support/knowledge-graph.js';
import { alteredStore } from './support/store-wrappers.js';
import { openTestGraph } from './support/test-store.js';

interface Measured<Data> {
  status: number;
  body: GraphQLResponse<Data>;
  /** CPU time (user + system) of this process while the request ran, in ms. */
  cpuMs: number;
  wallMs: number;
}

/**
 * Posts an operation in process and measures the CPU it took (nothing else runs meanwhile). The
 * documents generated at run time (many aliases of one field) are plain text; the others are typed.
 */
async function measured<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
  service: TestService,
  operation: Operation<Data, Variables>,
  variables?: Variables,
  key?: string,
): Promise<Measured<Data>> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const response = await service.post(operation, variables ?? ({} as Variables), {
    key,
    headers: { accept: 'application/graphql-response+json' },
  });
  const body = await answerOf(response, operation);
  const used = process.cpuUsage(cpu);
  return { status: response.status, body, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

/** Burns the CPU for `ms`, as a synchronous store (better-sqlite3) does while it answers a large query. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

/** The store with every call first holding the CPU for `ms`, and the start time of each call recorded. */
function slowSynchronousStore(store: Store, ms: number): { store: Store; calls: number[] } {
  const calls: number[] = [];
  const slow = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(performance.now());
        busy(ms);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: slow, calls };
}

describe('the execution time limit stops the work', () => {
  it('answers 504 on a store that works synchronously, and no store call starts after the deadline', async () => {
    const { store } = await openTestGraph();
    const slow = slowSynchronousStore(store, 30);
    const service = await startTestService({ store: slow.store, responseCache: false, limits: { executionTimeoutMs: 100 } });
    // Six root fields, each its own store call made in the same turn of the event loop (as the
    // fields of a synchronous store's answer are), so no timer can fire between them.
    const query = `{ ${Array.from({ length: 6 }, (_, i) => `r${i}: roles(filter: { nameContains: "o${i}" }) { totalCount }`).join(' ')} }`;
    slow.calls.splice(0);
    const result = await measured(service, query);
    expect(result.status).toBe(504);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('EXECUTION_TIMEOUT');
    expect(result.body.data ?? null).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Execution (and its clock) starts before the first store call.
    const deadline = slow.calls[0]! + 100;
    expect(slow.calls.filter((at) => at > deadline)).toEqual([]);
    // The calls that started before the deadline are all there was: 6 × 30 ms would be 180 ms.
    expect(slow.calls.length).toBeLessThanOrEqual(4);
  });
});

describe('skillGap on a planted worst case', () => {
  let service: TestService;
  let editKey: string;

  beforeAll(async () => {
    service = await startTestService({ responseCache: false });
    ({ key: editKey } = await createKey(service.store, 'edit', 'planting curator'));
  });

  const curated = { kind: 'CURATED' as const, rationale: 'Planted by the bounded-work test.' };

  async function create(kind: 'ROLE' | 'SKILL_DOMAIN' | 'CERTIFICATION', slug: string, name: string): Promise<string> {
    const result = await measured(
      service,
      graphql(`
        mutation PlantEntity($input: CreateEntityInput!) { createEntity(input: $input) { __typename ... on EntityChange { entity { id } } } }
      `),
      { input: { kind, slug, name, description: `${name}, planted by a test.`, provenance: curated } },
      editKey,
    );
    const created = result.body.data?.createEntity;
    expect(created?.__typename).toBe('EntityChange');
    return created?.__typename === 'EntityChange' ? created.entity.id : '';
  }

  async function link(relation: 'NEEDS_SKILL_DOMAIN' | 'COVERED_BY_CERTIFICATION', from: string, to: string): Promise<void> {
    const result = await measured(
      service,
      graphql(`mutation PlantLink($input: LinkEntitiesInput!) { linkEntities(input: $input) { __typename } }`),
      { input: { relation, from, to, provenance: curated } },
      editKey,
    );
    expect(result.body.data?.linkEntities.__typename).toBe('RelationshipChange');
  }

  it('answers an anonymous skillGap over 12 skill domains × 2 certifications quickly, with a cover that covers', async () => {
    const role = await create('ROLE', 'planted-role', 'Planted role');
    for (let d = 0; d < 12; d++) {
      const domain = await create('SKILL_DOMAIN', `planted-domain-${d}`, `Planted domain ${d}`);
      await link('NEEDS_SKILL_DOMAIN', role, domain);
      for (const variant of ['a', 'b']) {
        await link(
          'COVERED_BY_CERTIFICATION',
          domain,
          await create('CERTIFICATION', `planted-cert-${d}-${variant}`, `Planted certification ${d}${variant}`),
        );
      }
    }
    const PlantedGap = graphql(`
      query PlantedGap($proven: Boolean!) {
        skillGap(role: "planted-role", heldCertifications: []) {
          missingSkillDomains { slug }
          recommendedCertifications { rank inSmallestCover closes { slug } }
          smallestCoverProven @include(if: $proven)
        }
      }
    `);
    const result = await measured(service, PlantedGap, { proven: false });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    // Before the cover search was bounded, this took over 20 s of CPU.
    expect(result.cpuMs).toBeLessThan(1_000);
    const gap = result.body.data!.skillGap;
    expect(gap.missingSkillDomains).toHaveLength(12);
    expect(gap.recommendedCertifications).toHaveLength(24);
    const cover = gap.recommendedCertifications.filter((r) => r.inSmallestCover);
    // Each domain has its own two certifications: the smallest cover is one of each pair, proven so.
    expect(new Set(cover.flatMap((r) => r.closes.map((d) => d.slug))).size).toBe(12);
    expect(cover).toHaveLength(12);
    const marked = await measured(service, PlantedGap, { proven: true });
    expect(marked.body.data!.skillGap.smallestCoverProven).toBe(true);
  });
});

describe('skillGap when a smallest cover is too dear to prove', () => {
  it('answers quickly with a greedy cover that covers every domain, marked smallestCoverProven: false', async () => {
    // 40 domains, 80 certifications each covering 3 of them at random (seeded): the exact search
    // would take seconds (a smallest cover has 14; proving no 13 do means trying millions of sets).
    const { store } = await openTestGraph();
    const graph = await store.exportGraph();
    const provenance = {
      kind: 'CURATED' as const,
      quote: null,
      section: null,
      rationale: 'Planted by the bounded-work test.',
      sourceId: null,
    };
    const node = (kind: 'Role' | 'SkillDomain' | 'Certification', slug: string) => {
      graph.nodes.push({
        id: nodeId(kind, slug),
        kind,
        slug,
        name: slug,
        description: 'Planted by a test.',
        attributes: {},
        provenance,
        version: 1,
        deprecatedAt: null,
        replacedById: null,
        origin: 'api',
      });
      return nodeId(kind, slug);
    };
    const edge = (relation: 'NEEDS_SKILL_DOMAIN' | 'COVERED_BY_CERTIFICATION', fromId: string, toId: string) => {
      graph.edges.push({
        id: edgeId(relation, fromId, toId),
        relation,
        fromId,
        toId,
        position: graph.edges.length,
        statement: null,
        qualifier: null,
        provenance,
        version: 1,
        origin: 'api',
      });
    };
    let state = 11;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const role = node('Role', 'overlapping-role');
    const domains = Array.from({ length: 40 }, (_, i) => node('SkillDomain', `overlapping-domain-${i}`));
    for (const domain of domains) edge('NEEDS_SKILL_DOMAIN', role, domain);
    for (let c = 0; c < 80; c++) {
      const certification = node('Certification', `overlapping-cert-${String(c).padStart(2, '0')}`);
      const covered = new Set<number>();
      while (covered.size < 3) covered.add(Math.floor(random() * domains.length));
      for (const d of covered) edge('COVERED_BY_CERTIFICATION', domains[d]!, certification);
    }
    await store.importGraph(validateGraphExport(graph), { dryRun: false });
    const service = await startTestService({ store, responseCache: false });

    const result = await measured(
      service,
      graphql(`
        query OverlappingGap {
          skillGap(role: "overlapping-role", heldCertifications: []) {
            missingSkillDomains { slug } uncoverableSkillDomains { slug } smallestCoverProven
            recommendedCertifications { inSmallestCover closes { slug } }
          }
        }
      `),
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.cpuMs).toBeLessThan(1_000);
    const gap = result.body.data!.skillGap;
    expect(gap.smallestCoverProven).toBe(false);
    const coverable = gap.missingSkillDomains.length - gap.uncoverableSkillDomains.length;
    const cover = gap.recommendedCertifications.filter((r) => r.inSmallestCover);
    expect(new Set(cover.flatMap((r) => r.closes.map((d) => d.slug))).size).toBe(coverable);
    expect(gap.recommendedCertifications).toHaveLength(80);
  });
});

describe('paths on a larger graph', () => {
  /** 20 times the seed graph (bench/synthetic-graph.ts): ≈2,000 entities, ≈19,000 relationships, well connected. */
  const SCALE = 20;
  let service: TestService;
  const id = (kind: string, slug: string) => encodeGlobalID(kind, slug);

  beforeAll(async () => {
    const { store } = await openTestGraph();
    const graph = syntheticGraph(await store.exportGraph(), SCALE);
    await store.importGraph(validateGraphExport(graph), { dryRun: false });
    service = await startTestService({ store, responseCache: false });
  }, 120_000);

  // Generated at run time (fifteen aliases of one field), so plain text rather than a typed document.
  const fifteen = (pairs: [string, string][], selection: string) =>
    `{ ${Array.from({ length: 15 }, (_, i) => {
      const [from, to] = pairs[i % pairs.length]!;
      return `p${i}: paths(from: "${from}", to: "${to}", maxLength: 6, first: 20) ${selection}`;
    }).join(' ')} }`;

  const wellConnected: [string, string][] = [
    [id('Certification', 'ccna-s1'), id('Role', 'it-operations-manager-s2')],
    [id('SkillDomain', 'security-s3'), id('Certification', 'synthetic-certification-1-1')],
    [id('Certification', 'ccna-s1'), id('Certification', 'synthetic-certification-1-1')],
  ];

  it('answers fifteen aliases of paths(maxLength: 6, first: 20) within a bounded CPU time', async () => {
    const result = await measured<Record<string, { length: number }[]>>(service, fifteen(wellConnected, '{ length }'));
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    for (const paths of Object.values(result.body.data!)) {
      expect(paths).toHaveLength(20);
      expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort((a, b) => a - b));
    }
    // Before the work was bounded, this took 4 to 5 s of CPU (each search read most of the graph).
    expect(result.cpuMs).toBeLessThan(1_500);
  });

  it('charges each search its work budget, so fifteen that select their steps are refused before they run', async () => {
    const result = await measured(service, fifteen(wellConnected, '{ length steps { from { slug } relation to { slug } } }'));
    expect(result.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(result.body.data ?? null).toBeNull();
    expect(result.cpuMs).toBeLessThan(200);
  });

  it('reads at most 5,000 relationships for a neighbourhood, and marks it cut', async () => {
    let read = 0;
    const counting = alteredStore(service.store, {
      edgesTouching: async (...args: Parameters<Store['edgesTouching']>) => {
        const edges = await service.store.edgesTouching(...args);
        read += edges.length;
        return edges;
      },
    });
    const counted = await startTestService({ store: counting, responseCache: false });
    const result = await measured(
      counted,
      graphql(`query LargeNeighborhood($id: ID!) { neighborhood(id: $id, depth: 3) { truncated nodes { id } } }`),
      { id: id('Role', 'it-operations-manager-s2') },
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.neighborhood.truncated).toBe(true);
    expect(result.body.data!.neighborhood.nodes.length).toBeGreaterThan(1);
    expect(read).toBeLessThanOrEqual(5_001); // one more than it may use tells it that there were more
  });

  it('refuses a search its budget cannot finish with QUERY_TOO_COSTLY naming the length it did search, which then answers', async () => {
    const from = id('Certification', 'synthetic-certification-11-14');
    const to = id('Certification', 'synthetic-certification-17-20');
    const ask = (maxLength: number) =>
      measured(
        service,
        graphql(
          `query LargePaths($from: ID!, $to: ID!, $maxLength: Int) { paths(from: $from, to: $to, maxLength: $maxLength, first: 20) { length } }`,
        ),
        { from, to, maxLength },
      );
    const refused = await ask(6);
    expect(refused.status).toBe(200);
    expect(refused.cpuMs).toBeLessThan(500);
    const error = refused.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', argument: 'maxLength' });
    const searchedLength = error!.extensions!['searchedLength'] as number;
    expect(searchedLength).toBeGreaterThanOrEqual(1);
    expect(searchedLength).toBeLessThan(6);
    expect(error!.message).toContain(`ask with \`maxLength: ${searchedLength}\``);
    const answered = await ask(searchedLength);
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data!.paths.every((p) => p.length <= searchedLength)).toBe(true);
  });
});
