/**
 * Generates the IT slice of ESCO the service ships (`src/data/content/esco-it-slice.json`) from the
 * official ESCO CSV archives and Nesta's crosswalk, reproducibly: the same archives give the same
 * bytes. `npm run esco:slice -- [ESCO_FOLDER] [CROSSWALK_CSV]`; by default the copies in
 * ../shared/data. Only this script reads them: the service never needs them at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escoGraph } from '../src/data/esco/esco-graph.js';
import { readEscoPackage } from '../src/data/esco/esco-package.js';
import { IT_SLICE_ISCO_PREFIXES, serializeEscoSlice } from '../src/data/esco/esco-slice.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [
  escoFolder = join(root, '../shared/data/esco-v1.1.1'),
  crosswalkFile = join(root, '../shared/data/nesta-esco-onet-crosswalk/esco_onet_crosswalk_Nov2020.csv'),
] = process.argv.slice(2);
const version = '1.1.1';
const iscoPrefixes = [...IT_SLICE_ISCO_PREFIXES];

const graph = escoGraph(readEscoPackage(escoFolder), { version, iscoPrefixes, crosswalk: readFileSync(crosswalkFile, 'utf8') });
const out = join(root, 'src/data/content/esco-it-slice.json');
writeFileSync(out, serializeEscoSlice(graph, { version, iscoPrefixes }));
const { occupations, skills, iscoGroups, occupationSkillRelations } = graph.counts;
console.log(
  `Wrote ${relative(root, out)}: ESCO v${version}, ISCO ${iscoPrefixes.join(', ')}: ${occupations} occupations, ${skills} skills, ${iscoGroups} ISCO groups, ${occupationSkillRelations} occupation–skill relations, ${graph.edges.length} relationships in all`,
);
