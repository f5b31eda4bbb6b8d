import { openKnowledgeGraph } from './src/data/index.js';
import { createKnowledgeGraphServer } from './src/server/create-server.js';
import { HEADLINE } from './bench/questions.js';
const { store } = await openKnowledgeGraph(`sqlite:/tmp/q/ab-${Date.now()}.sqlite`);
const yoga = createKnowledgeGraphServer({ store, logger: false, responseCache: false, production: true, explorer: false });
const body = JSON.stringify({ query: process.env.Q ?? HEADLINE });
const one = async () => (await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
// 20 requests in flight at a time, like a loaded server
const run = async (n: number) => { let next = 0; await Promise.all(Array.from({ length: 20 }, async () => { while (next++ < n) await one(); })); };
await run(800);
const res: number[] = [];
for (let k = 0; k < 3; k++) { const c0 = process.cpuUsage(); await run(1500); const c = process.cpuUsage(c0); res.push((c.user + c.system) / 1500); }
res.sort((a, b) => a - b);
console.log(process.execArgv.filter((a) => a.startsWith('--max')).join(' ') || 'default', 'cpu µs/req median', res[1]!.toFixed(0), 'rss MB', process.memoryUsage().rss >> 20);
