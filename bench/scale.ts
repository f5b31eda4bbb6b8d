/**
 * `npm run bench -- --scale 10|100|1000` (several: `--scale 10,100,1000`): growth. For the seed
 * graph and each scale, a synthetic graph that many times the seed (bench/synthetic-graph.ts) is
 * imported into a new SQLite database the way `npm run kg -- import` does it after reading the file
 * (validate the export, then one transaction; at 1,000× the export's text would exceed the longest
 * string V8 can hold, so the graph is validated as an object rather than as text); then the service starts on it (as `npm start`, response
 * caches off) and each benchmark question is asked one at a time, 300 times, for p50/p99 latency.
 * Prints import time and rate, database size, start-up time, latencies and RSS; writes JSON under
 * bench/results/. Every question asked from a seed entity must give the same answer at every scale
 * (the seed is untouched); the root list (`wide`) and `search` also see the copies.
 */
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openKnowledgeGraph } from '../src/data/index.js';
import { validateGraphExport } from '../src/data/transfer.js';
import { IDS_QUERY, questions } from './questions.js';
import { memoryMb, percentile, postJson, startServer } from './support.js';
import { syntheticGraph } from './synthetic-graph.js';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { scale: { type: 'string', default: '10' }, requests: { type: 'string', default: '300' } },
});
const scales = [1, ...values.scale.split(',').map(Number)];
if (scales.some((scale) => !Number.isInteger(scale) || scale < 1 || scale > 5000))
  throw new Error('--scale takes whole numbers from 1 to 5000, e.g. --scale 10,100,1000');
const REQUESTS = Number(values.requests);
const directory = mkdtempSync(join(tmpdir(), 'kg-scale-'));

// The seed graph as an export: what every synthetic graph is grown from.
const seedFile = join(directory, 'seed.sqlite');
const seedStore = (await openKnowledgeGraph(`sqlite:${seedFile}`)).store;
const seedGraph = await seedStore.exportGraph();
await seedStore.close();

const seconds = (ms: number) => Math.round(ms) / 1000;
const results: Record<string, unknown>[] = [];
const answersAtSeed = new Map<string, string>();
console.log(
  `Growth benchmark, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}; ${REQUESTS} sequential requests per question`,
);

for (const scale of [...new Set(scales)].sort((a, b) => a - b)) {
  const file = join(directory, `scale-${scale}.sqlite`);
  const generatedAt = performance.now();
  const graph = syntheticGraph(seedGraph, scale);
  const generateMs = performance.now() - generatedAt;

  const { store } = await openKnowledgeGraph(`sqlite:${file}`);
  const importStarted = performance.now();
  const summary = await store.importGraph(validateGraphExport(graph), { dryRun: false });
  const importMs = performance.now() - importStarted;
  const openStarted = performance.now();
  await store.close();
  const reopened = await openKnowledgeGraph(`sqlite:${file}`);
  const reopenMs = performance.now() - openStarted;
  await reopened.store.close();
  const sizeMb = statSync(file).size / 2 ** 20;

  const server = await startServer({ DATABASE_URL: `sqlite:${file}`, RESPONSE_CACHE: 'off' });
  const latencies: Record<string, { p50: number; p99: number }> = {};
  let rssMb = 0;
  try {
    const ids = await postJson<{ data: { ccna: { id: string }; manager: { id: string } } }>(
      server.url,
      JSON.stringify({ query: IDS_QUERY }),
    );
    for (const question of questions({ ccna: ids.data.ccna.id, manager: ids.data.manager.id })) {
      const answer = JSON.stringify(await postJson(server.url, question.body)); // first sight: compiles, builds the search index
      // Root lists and search see the copies too; everything asked from a seed entity must not.
      if (question.name === 'wide' || question.name === 'search') {
        // same size of answer, other entities
      } else if (!answersAtSeed.has(question.name)) answersAtSeed.set(question.name, answer);
      else if (answersAtSeed.get(question.name) !== answer)
        throw new Error(`${question.name} answers differently at scale ${scale} than on the seed graph`);
      for (let i = 0; i < 20; i++) await postJson(server.url, question.body);
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const started = performance.now();
        await postJson(server.url, question.body);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      latencies[question.name] = {
        p50: Math.round(percentile(times, 50) * 1000) / 1000,
        p99: Math.round(percentile(times, 99) * 1000) / 1000,
      };
    }
  } finally {
    rssMb = memoryMb(server.pid).peak;
    await server.stop();
  }
  const result = {
    scale,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    'generate s': seconds(generateMs),
    'import s': seconds(importMs),
    'import edges/s': Math.round(summary.edgesAdded / (importMs / 1000)),
    'database MB': Math.round(sizeMb * 10) / 10,
    'store open s': seconds(reopenMs),
    'process ready s': seconds(server.readyAfterMs),
    'peak RSS MB': rssMb,
    ...Object.fromEntries(
      Object.entries(latencies).flatMap(([name, { p50, p99 }]) => [
        [`${name} p50 ms`, p50],
        [`${name} p99 ms`, p99],
      ]),
    ),
  };
  results.push(result);
  console.log(JSON.stringify(result));
}

console.log("\nGrowth (latency: one request at a time, response caches off; the seed graph's answers at every scale):");
console.table(results);
const seedRow = results[0]!;
for (const row of results.slice(1)) {
  const ratio = (row['headline p50 ms'] as number) / (seedRow['headline p50 ms'] as number);
  console.log(
    `scale ${row['scale']}: headline cold p50 ${ratio.toFixed(2)}× the seed graph's (goal ≤ 1.5×); import ${row['import edges/s']} edges/s (goal ≥ 50,000); store open ${row['store open s']} s, process ready ${row['process ready s']} s (goal < 1 s)`,
  );
}
mkdirSync('bench/results', { recursive: true });
const out = `bench/results/scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Written to ${out}`);
