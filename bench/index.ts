/**
 * `npm run bench` — the in-process latency of the relational questions;
 * `npm run bench -- --store postgres --replicas 2` — load on a shared store (see load.ts).
 */
const wantsLoad = process.argv.slice(2).some((arg) => arg.startsWith('--store') || arg.startsWith('--replicas'));
await import(wantsLoad ? './load.js' : './relational.js');
