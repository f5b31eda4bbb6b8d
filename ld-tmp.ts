import { openKnowledgeGraph } from './src/data/index.js';
import { writeSkosTurtle } from './src/data/linked-data/skos-turtle.js';
import { entityJsonLd } from './src/data/linked-data/json-ld.js';
const { store } = await openKnowledgeGraph('sqlite:/tmp/ld-test.sqlite');
for (const id of ['Role:it-operations-manager', 'Occupation:f0ca39a8-1e30-487c-95f9-ef2d5e734adc', 'Certification:pmp', 'Skill:000f1d3d-220f-4789-9c0a-cc742521fb02', 'SkillDomain:service-management']) {
  const [n] = await store.nodesByIds([id]);
  console.error(JSON.stringify(await entityJsonLd(store, n!), null, 1).slice(0, 2500));
}
const t = Date.now();
console.error(await writeSkosTurtle(store, process.stdout), Date.now() - t, process.memoryUsage().rss / 1e6);
await store.close();
