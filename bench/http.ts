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
 * - peers (headline only, `peers.ts`), answering from memory, their answers checked to be the same
 *          bytes: `graphql-js` (node:http, parse/validate/execute per request) and `mercurius`
 *          (fastify + mercurius + graphql-jit);
 * - cold-esco (headline only, when the ESCO package is present, see esco.ts): as cold, on a store
 *          holding the full ESCO package (`kg import-esco`): its import time and database size too.
 *
 * Prints a table (req/s, p50/p99, store calls and database round-trips per request, server CPU per
 * request, RSS) and each goal of the performance issues as a ratio, met or not; writes the same as JSON under
 * bench/results/. Options: --seconds N (per measurement, default 5), --connections 10,50.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
  'round-trips/req': number | string;
  'CPU µs/req': number;
  'RSS MB': number;
  errors: number;
}

function storeCalls(
  env: Record<string, string>,
): Promise<Record<string, { storeCalls: number; roundTrips: number; responseBytes: number }>> {
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
  roundTrips: number | string = '—',
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
    'round-trips/req': roundTrips,
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
      const trips = calls ? calls[question.name]!.roundTrips : 1;
      for (const connections of connectionCounts)
        rows.push(await measure(setup, server.url, server.pid, question, connections, perRequest, trips));
    }
    peakRss[setup] = memoryMb(server.pid).peak;
  } finally {
    await server.stop();
  }
}

// The full ESCO package, when present: its import, and the cold headline on the store holding it.
let fullEsco:
  | (EscoImportFigures & { coldP50Ms: Record<number, number>; seedOnlyColdP50Ms: Record<number, number>; readyAfterMs: number })
  | null = null;
let escoReadyAfterMs = 0;
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
    // The analyses on the grown graph, at the lower connection count.
    for (const name of ['search', 'skillGap']) {
      const question = asked.find((candidate) => candidate.name === name)!;
      await autocannon(server.url, question.body, { connections: 10, seconds: WARM_UP_SECONDS });
      rows.push(await measure('cold-esco', server.url, server.pid, question, Math.min(...connectionCounts), '—'));
    }
    peakRss['cold-esco'] = memoryMb(server.pid).peak;
    escoReadyAfterMs = server.readyAfterMs;
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
  fullEsco = { ...figures, coldP50Ms: p50('cold-esco'), seedOnlyColdP50Ms: p50('cold'), readyAfterMs: escoReadyAfterMs };
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

// The peers: the same headline, answered from memory, in the same run (`peers.ts`).
const ourAnswer = readFileSync(answerFile);
const sameBytes: Record<string, boolean> = {};
for (const peer of ['graphql-js', 'mercurius']) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/peers.ts'], {
    env: { ...process.env, PORT: String(port), PEER: peer, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: headline.body });
  sameBytes[peer] = Buffer.from(await answer.arrayBuffer()).equals(ourAnswer);
  await autocannon(url, headline.body, { connections: 10, seconds: WARM_UP_SECONDS });
  for (const connections of connectionCounts) rows.push(await measure(peer, url, child.pid!, headline, connections, 0, 0));
  child.kill('SIGTERM');
}

const at = (setup: string, connections: number, question = 'headline') =>
  rows.find((row) => row.setup === setup && row.question === question && row.connections === connections)!;
const most = Math.max(...connectionCounts);
const least = Math.min(...connectionCounts);
const times = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const cold = at('cold', most);
const maxTrips = Math.max(...Object.values(coldCalls).map((calls) => calls.roundTrips));
const seedRss = Math.max(peakRss['cold']!, peakRss['naive']!, peakRss['warm']!);
// The goals of the performance issues, at the higher connection count unless they say otherwise.
const goals: { goal: string; measured: string; target: string; met: boolean | 'not measured' }[] = [
  {
    goal: 'cold headline vs bare graphql-js (same answer bytes)',
    measured: `${times(cold['req/s'], at('graphql-js', most)['req/s'])} (${sameBytes['graphql-js'] ? 'same bytes' : 'DIFFERENT bytes'})`,
    target: '≥ 1.0×',
    met: cold['req/s'] >= at('graphql-js', most)['req/s'] && sameBytes['graphql-js']!,
  },
  {
    goal: `cold headline p99 vs its p50 (${most} connections)`,
    measured: times(cold['p99 ms'], cold['p50 ms']),
    target: '≤ 3×',
    met: cold['p99 ms'] <= 3 * cold['p50 ms'],
  },
  {
    goal: 'warm headline vs fastify + mercurius + graphql-jit (same answer bytes)',
    measured: `${times(at('warm', most)['req/s'], at('mercurius', most)['req/s'])} (${sameBytes['mercurius'] ? 'same bytes' : 'DIFFERENT bytes'})`,
    target: '≥ 1.5×',
    met: at('warm', most)['req/s'] >= 1.5 * at('mercurius', most)['req/s'] && sameBytes['mercurius']!,
  },
  {
    goal: 'database round-trips per read request, graph unchanged (every question)',
    measured: String(maxTrips),
    target: '≤ 1',
    met: maxTrips <= 1,
  },
  {
    goal: 'headline store calls batched per relationship level (5 levels)',
    measured: String(cold['store calls/req']),
    target: '5',
    met: cold['store calls/req'] === 5,
  },
  {
    goal: 'RSS under sustained load, seed graph, npm start as shipped',
    measured: `${seedRss} MB peak`,
    target: '< 200 MB',
    met: seedRss < 200,
  },
  {
    goal: `RSS under sustained load, seed graph (${HEAP_CAP})`,
    measured: `${peakRss['cold-cap']} MB peak`,
    target: '< 200 MB',
    met: peakRss['cold-cap']! < 200,
  },
  ...(fullEsco
    ? [
        {
          goal: 'RSS under sustained load, full ESCO',
          measured: `${peakRss['cold-esco']} MB peak`,
          target: '< 600 MB',
          met: peakRss['cold-esco']! < 600,
        },
        {
          goal: `headline cold p50, full ESCO vs seed only (${most} connections)`,
          measured: times(at('cold-esco', most)['p50 ms'], cold['p50 ms']),
          target: '≤ 1.2×',
          met: at('cold-esco', most)['p50 ms'] <= 1.2 * cold['p50 ms'],
        },
        ...['search', 'skillGap'].map((name) => ({
          goal: `${name} p50, full ESCO (${least} connections)`,
          measured: `${at('cold-esco', least, name)['p50 ms']} ms`,
          target: '≤ 5 ms',
          met: at('cold-esco', least, name)['p50 ms'] <= 5,
        })),
        { goal: 'relatedOccupations p50, full ESCO', measured: '—', target: '≤ 5 ms', met: 'not measured' as const },
        {
          goal: '/ready after start on an existing database, full ESCO',
          measured: `${(fullEsco.readyAfterMs / 1000).toFixed(2)} s`,
          target: '< 2 s',
          met: fullEsco.readyAfterMs < 2000,
        },
      ]
    : []),
];

console.log('\nHeadline and other questions, production server, embedded SQLite store:');
console.table(rows);
console.log('Questions:');
for (const question of asked) console.log(`  ${question.name.padEnd(9)} ${question.asks}`);
console.log(`Peak RSS per set-up (MB): ${JSON.stringify(peakRss)}`);
console.log('\nGoals (one run, on this machine; a shared machine makes every figure noisy):');
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
writeFileSync(file, `${JSON.stringify({ machine, seconds, rows, peakRss, goals, fullEsco, sameBytes }, null, 2)}\n`);
console.log(`Written to ${file}`);
