/**
 * `npm run bench`                                  — the server under load: cold, naive, warm, ceiling (http.ts)
 * `npm run bench -- --scale 10|100|1000`           — a synthetic graph that many times the seed (scale.ts)
 * `npm run bench -- --store postgres --replicas 2` — load on a shared PostgreSQL store (load.ts)
 */
const args = process.argv.slice(2);
const wants = (flag: string) => args.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
await import(wants('--scale') ? './scale.js' : wants('--store') || wants('--replicas') ? './load.js' : './http.js');
