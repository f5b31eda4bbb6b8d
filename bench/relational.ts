/**
 * In-process latency of the relational questions: search-index build time, then p50/p99 of
 * `search`, `skillGap` and `paths` over 1,000 calls each, through `yoga.fetch` (the full GraphQL
 * pipeline, no network) against the seeded embedded store. Prints a table; exits 0.
 */
import { performance } from 'node:perf_hooks';
import { openKnowledgeGraph } from '../src/data/index.js';
import { SearchIndex } from '../src/data/search/search-index.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 1000);

const { store } = await openKnowledgeGraph('sqlite::memory:');
const yoga = createKnowledgeGraphServer({ store, logger: false });

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, call: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await call(i); // warm-up: JIT, statement and index caches
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    await call(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, calls: CALLS, p50: percentile(times, 50), p99: percentile(times, 99) };
}

const builds: number[] = [];
for (let i = 0; i < 20; i++) {
  const start = performance.now();
  await SearchIndex.build(store);
  builds.push(performance.now() - start);
}
builds.sort((a, b) => a - b);

const ids = (await post('{ c: certification(slug: "ccna") { id } r: role(slug: "it-operations-manager") { id } }')) as {
  data: { c: { id: string }; r: { id: string } };
};
const searches = ['Security+', 'SLA', 'Certifed Etical Hakcer', 'Sec', 'cloud', 'incident response'];

const rows = [
  await measure('search', (i) => post('query ($q: String!) { search(query: $q) { edges { score node { name } highlight { text } } } }', { q: searches[i % searches.length] })),
  await measure('skillGap', () =>
    post('{ skillGap(role: "it-operations-specialist", heldCertifications: ["comptia-security-plus", "ccna"]) { missingSkillDomains { name } recommendedCertifications { rank certification { name } closes { name } } } }'),
  ),
  await measure('paths', () =>
    post('query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length steps { from { name } relation to { name } provenance { kind } } } }', {
      a: ids.data.c.id,
      b: ids.data.r.id,
    }),
  ),
];

const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(`Search index build (seed graph, median of 20): ${ms(percentile(builds, 50))}`);
console.log(`In-process latency through yoga.fetch, ${CALLS} calls each (Node ${process.version}):`);
console.table(rows.map((r) => ({ query: r.name, calls: r.calls, p50: ms(r.p50), p99: ms(r.p99) })));
await store.close();
