/**
 * `npm run bench`: the production server (a child process, embedded SQLite store, seeded) under
 * autocannon (another process) at 10 and 50 connections, for six questions, in four set-ups:
 *
 * - cold:  response caches off (`RESPONSE_CACHE=off`): every request runs the GraphQL pipeline
 *          and reads the store, through the per-request DataLoaders;
 * - naive: as cold, with batching off (`LOADER_BATCHING=off`): one store call per parent, what the
 *          DataLoaders save;
 * - warm:  response caches on, each question asked before (the graph unchanged);
 * - cold-cap (headline only): as cold, with the heap's old generation capped at 128 MB;
 * - ceiling (headline only): node:http replying the headline answer's bytes — the HTTP ceiling;
 * - cold-esco (headline only, when the ESCO package is present, see esco.ts): as cold, on a store
 *          holding the full ESCO package (`kg import-esco`): its import time and database size too.
 *
 * Prints a table (req/s, p50/p99, store calls per request, server CPU per request, RSS) and the
 * goals of the performance issue as ratios to the ceiling; writes the same as JSON under
 * bench/results/. Options: --seconds N (per measurement, default 5), --connections 10,50.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type EscoImportFigures, findEscoPackage, importFullEsco } from './esco.js';
import { IDS_QUERY, type Question, questions } from './questions.js';
import { autocannon, cpuMicros, freePort, memoryMb, postJson, startServer } from './support.js';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '10,50' } },
});
const seconds = Number(values.seconds);
const connectionCounts = values.connections.split(',').map(Number);
const WARM_UP_SECONDS = 1;
const HEAP_CAP = '--max-old-space-size=128';

interface Row {
  setup: string;
  question: string;
  connections: number;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'store calls/req': number | string;
  'CPU µs/req': number;
  'RSS MB': number;
  errors: number;
}

function storeCalls(env: Record<string, string>): Promise<Record<string, { storeCalls: number; responseBytes: number }>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/store-calls.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`store-calls exited with ${code}`))));
  });
}

/** One measurement: a question at a number of connections, with the server's CPU and memory around it. */
async function measure(
  setup: string,
  url: string,
  pid: number,
  question: Question,
  connections: number,
  calls: number | string,
): Promise<Row> {
  const cpuBefore = cpuMicros(pid);
  const load = await autocannon(url, question.body, { connections, seconds });
  const cpu = cpuMicros(pid) - cpuBefore;
  const row: Row = {
    setup,
    question: question.name,
    connections,
    'req/s': load.requestsPerSecond,
    'p50 ms': load.p50Ms,
    'p99 ms': load.p99Ms,
    'store calls/req': calls,
    'CPU µs/req': Math.round(cpu / Math.max(1, load.requests)),
    'RSS MB': memoryMb(pid).rss,
    errors: load.errors,
  };
  console.log(
    `  ${setup.padEnd(7)} ${question.name.padEnd(9)} c=${String(connections).padEnd(3)} ${String(row['req/s']).padStart(6)} req/s  p99 ${row['p99 ms']} ms`,
  );
  return row;
}

const rows: Row[] = [];
const peakRss: Record<string, number> = {};
const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
let asked: Question[] = [];

const coldCalls = await storeCalls({});
const setups: { setup: string; env: Record<string, string>; calls: Awaited<ReturnType<typeof storeCalls>> | null; only?: string }[] = [
  { setup: 'cold', env: { RESPONSE_CACHE: 'off' }, calls: coldCalls },
  { setup: 'naive', env: { RESPONSE_CACHE: 'off', LOADER_BATCHING: 'off' }, calls: await storeCalls({ LOADER_BATCHING: 'off' }) },
  { setup: 'warm', env: { RESPONSE_CACHE: 'on' }, calls: null },
  // V8 lets the heap grow far past what it needs under load unless told otherwise: the same cold
  // headline with the old generation capped, as `NODE_OPTIONS` can set it (README, Performance).
  { setup: 'cold-cap', env: { RESPONSE_CACHE: 'off', NODE_OPTIONS: HEAP_CAP }, calls: coldCalls, only: 'headline' },
];
console.log(
  `Benchmark: ${seconds} s per measurement, connections ${connectionCounts.join(' and ')}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}`,
);
for (const { setup, env, calls, only } of setups) {
  const server = await startServer({ ...env, DATABASE_URL: `sqlite:${join(dataDir, `${setup}.sqlite`)}` });
  try {
    const ids = await postJson<{ data: { ccna: { id: string }; manager: { id: string } } }>(
      server.url,
      JSON.stringify({ query: IDS_QUERY }),
    );
    asked = questions({ ccna: ids.data.ccna.id, manager: ids.data.manager.id });
    for (const question of asked.filter((candidate) => !only || candidate.name === only)) {
      await autocannon(server.url, question.body, { connections: 10, seconds: WARM_UP_SECONDS }); // JIT, compiled queries, kept answers
      // A kept answer costs one store call: reading the graph version (see tests/answer-cache.test.ts).
      const perRequest = calls ? calls[question.name]!.storeCalls : 1;
      for (const connections of connectionCounts)
        rows.push(await measure(setup, server.url, server.pid, question, connections, perRequest));
    }
    peakRss[setup] = memoryMb(server.pid).peak;
  } finally {
    await server.stop();
  }
}

// The full ESCO package, when present: its import, and the cold headline on the store holding it.
let fullEsco: (EscoImportFigures & { coldP50Ms: Record<number, number>; seedOnlyColdP50Ms: Record<number, number> }) | null = null;
const escoPackage = findEscoPackage();
if (escoPackage) {
  console.log(`Full ESCO: importing ${escoPackage.folder}${escoPackage.crosswalk ? ' with the crosswalk' : ''}…`);
  const file = join(dataDir, 'esco.sqlite');
  const figures = await importFullEsco(escoPackage, file);
  const server = await startServer({ RESPONSE_CACHE: 'off', DATABASE_URL: `sqlite:${file}` });
  try {
    const headline = asked.find((question) => question.name === 'headline')!;
    await autocannon(server.url, headline.body, { connections: 10, seconds: WARM_UP_SECONDS });
    for (const connections of connectionCounts) rows.push(await measure('cold-esco', server.url, server.pid, headline, connections, '—'));
    peakRss['cold-esco'] = memoryMb(server.pid).peak;
  } finally {
    await server.stop();
  }
  const p50 = (setup: string) =>
    Object.fromEntries(
      connectionCounts.map((connections) => [
        connections,
        rows.find((row) => row.setup === setup && row.question === 'headline' && row.connections === connections)!['p50 ms'],
      ]),
    );
  fullEsco = { ...figures, coldP50Ms: p50('cold-esco'), seedOnlyColdP50Ms: p50('cold') };
} else {
  console.log('Full ESCO: no package (set ESCO_PATH, or ../shared/data/esco-v1.1.1): step skipped.');
}

// The ceiling: the same bytes as the headline answer, from bare node:http.
const headline = asked.find((question) => question.name === 'headline')!;
const answerFile = join(dataDir, 'headline-answer.json');
{
  const server = await startServer({ RESPONSE_CACHE: 'off', DATABASE_URL: `sqlite:${join(dataDir, 'ceiling.sqlite')}` });
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: headline.body });
  writeFileSync(answerFile, Buffer.from(await response.arrayBuffer()));
  await server.stop();
}
{
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/ceiling.ts'], {
    env: { ...process.env, PORT: String(port), ANSWER_FILE: answerFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  await autocannon(url, headline.body, { connections: 10, seconds: WARM_UP_SECONDS });
  for (const connections of connectionCounts) rows.push(await measure('ceiling', url, child.pid!, headline, connections, 0));
  child.kill('SIGTERM');
}

const at = (setup: string, connections: number) =>
  rows.find((row) => row.setup === setup && row.question === 'headline' && row.connections === connections)!;
const most = Math.max(...connectionCounts);
const ceiling = at('ceiling', most)['req/s'];
const ratio = (setup: string) => ceiling / at(setup, most)['req/s'];
// The issue's reference table (one run, 50 connections): ceiling 67,000 req/s; fastify + mercurius +
// graphql-jit 20,000 (3.35× below the ceiling); node:http + graphql-js per request 3,700 (18.1× below).
const goals = [
  {
    goal: 'warm headline at least fastify+mercurius+jit',
    measured: `${ratio('warm').toFixed(1)}× below the ceiling`,
    target: '≤ 3.4×',
    met: ratio('warm') <= 3.35,
  },
  {
    goal: 'cold headline at least bare graphql-js',
    measured: `${ratio('cold').toFixed(1)}× below the ceiling`,
    target: '≤ 18.1×',
    met: ratio('cold') <= 18.1,
  },
  {
    goal: 'headline store calls = relationship levels (5)',
    measured: String(at('cold', most)['store calls/req']),
    target: '5',
    met: at('cold', most)['store calls/req'] === 5,
  },
  {
    goal: 'RSS under sustained load below 200 MB (default heap)',
    measured: `${Math.max(peakRss['cold']!, peakRss['naive']!, peakRss['warm']!)} MB peak`,
    target: '< 200 MB',
    met: Math.max(peakRss['cold']!, peakRss['naive']!, peakRss['warm']!) < 200,
  },
  {
    goal: `RSS under sustained load below 200 MB (${HEAP_CAP})`,
    measured: `${peakRss['cold-cap']} MB peak`,
    target: '< 200 MB',
    met: peakRss['cold-cap']! < 200,
  },
];

console.log('\nHeadline and other questions, production server, embedded SQLite store:');
console.table(rows);
console.log('Questions:');
for (const question of asked) console.log(`  ${question.name.padEnd(9)} ${question.asks}`);
console.log(`Peak RSS per set-up (MB): ${JSON.stringify(peakRss)}`);
console.log(`\nGoals (${most} connections; reference ratios from the performance issue's table):`);
console.table(goals);
if (fullEsco) {
  console.log(
    `\nFull ESCO (${fullEsco.occupations} occupations, ${fullEsco.skills} skills, ${fullEsco.relationships} relationships): import ${fullEsco.importSeconds} s (the command ${fullEsco.commandSeconds} s), database ${fullEsco.databaseMb} MB`,
  );
  for (const connections of connectionCounts)
    console.log(
      `  headline cold p50 at ${connections} connections: ${fullEsco.coldP50Ms[connections]} ms with the full ESCO, ${fullEsco.seedOnlyColdP50Ms[connections]} ms seed only`,
    );
}
const errors = rows.reduce((sum, row) => sum + row.errors, 0);
if (errors > 0) console.log(`WARNING: ${errors} requests failed or answered non-2xx; those figures are not clean.`);

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim(),
  memoryGb: Math.round(totalmem() / 2 ** 30),
};
writeFileSync(file, `${JSON.stringify({ machine, seconds, rows, peakRss, goals, fullEsco }, null, 2)}\n`);
console.log(`Written to ${file}`);
