/**
 * Generates the IT slice of ESCO the service ships (`src/data/content/esco-it-slice.json`) from the
 * official ESCO CSV archives and Nesta's crosswalk, reproducibly: the same archives give the same
 * bytes. `npm run esco:slice -- [ESCO_FOLDER] [CROSSWALK_CSV] [--out FILE] [--version V]`; by default
 * the copies in ../shared/data, the version the archives' names say (give --version for a folder of
 * extracted CSVs). Only this script reads them: the service never needs them at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { escoGraph } from '../src/data/esco/esco-graph.js';
import { escoPackageVersion, readEscoPackage } from '../src/data/esco/esco-package.js';
import { IT_SLICE_ISCO_PREFIXES, serializeEscoSlice } from '../src/data/esco/esco-slice.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { out: { type: 'string' }, version: { type: 'string' } },
});
const [
  escoFolder = join(root, '../shared/data/esco-v1.1.1'),
  crosswalkFile = join(root, '../shared/data/nesta-esco-onet-crosswalk/esco_onet_crosswalk_Nov2020.csv'),
] = positionals;
const version = values.version ?? escoPackageVersion(escoFolder);
if (!version) {
  console.error(`${escoFolder} holds no ESCO archive naming its version: give --version`);
  process.exit(2);
}
const iscoPrefixes = [...IT_SLICE_ISCO_PREFIXES];

const graph = escoGraph(readEscoPackage(escoFolder), { version, iscoPrefixes, crosswalk: readFileSync(crosswalkFile, 'utf8') });
const out = values.out ? resolve(values.out) : join(root, 'src/data/content/esco-it-slice.json');
writeFileSync(out, serializeEscoSlice(graph, { version, iscoPrefixes }));
const { occupations, skills, iscoGroups, skillGroups, occupationSkillRelations } = graph.counts;
console.log(
  `Wrote ${relative(root, out)}: ESCO v${version}, ISCO ${iscoPrefixes.join(', ')}: ${occupations} occupations, ${skills} skills, ${iscoGroups} ISCO groups, ${skillGroups} skill groups, ${occupationSkillRelations} occupation–skill relations, ${graph.edges.length} relationships in all`,
);
