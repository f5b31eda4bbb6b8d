/**
 * `kg import-esco`: reads an official ESCO CSV package (the two archives or their extracted CSVs),
 * builds its records (`esco-graph.ts`) and imports them into the store in one transaction
 * (`Store.importDataset`): owned by the import, so that seeding leaves them alone; idempotent; a
 * newer version updates what changed, deprecates the entities it no longer has or marks obsolete,
 * and removes the relationships it no longer has between entities it has. A malformed package is
 * refused (EscoPackageError, naming the file and the row) before the store is written.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DatasetImportSummary, Store } from '../store/store.js';
import { escoGraph } from './esco-graph.js';
import { EscoPackageError, escoPackageVersion, readEscoPackage } from './esco-package.js';

/** Stored records of any ESCO version cite a Source whose id starts so (`escoSource`: `Source:esco-v1-1-1`). */
export const ESCO_SOURCE_ID_PREFIX = 'Source:esco-v';

export interface EscoImportOptions {
  /** The folder holding the archives or the extracted CSVs. */
  folder: string;
  /** The ESCO version; read from the archives' names when not given (required for extracted CSVs). */
  version?: string;
  /** Only occupations of these ISCO-08 group code prefixes (e.g. `['133', '25', '35']`), their skills and groups. */
  iscoPrefixes?: readonly string[];
  /** The path of Nesta's ESCO–O*NET crosswalk CSV, to add O*NET-SOC codes to occupations. */
  crosswalkFile?: string;
  dryRun: boolean;
  /** Where progress goes (a line per phase). */
  progress?: (line: string) => void;
}

export interface EscoImportReport extends DatasetImportSummary {
  version: string;
  occupations: number;
  skills: number;
  iscoGroups: number;
  relationships: number;
  /** Relation rows skipped: they name an occupation the occupations file does not list, or relate a concept to itself. */
  skippedRows: number;
  seconds: number;
}

/** Reads and checks the package (nothing touches the store yet), then imports it in one transaction. */
export async function importEscoPackage(store: Store, options: EscoImportOptions): Promise<EscoImportReport> {
  const progress = options.progress ?? (() => {});
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const version = options.version ?? escoPackageVersion(options.folder);
  if (!version)
    throw new EscoPackageError(
      `${options.folder} holds no ESCO archive naming its version ("ESCO dataset - v1.1.1 - classification - en - csv.zip"): give --version`,
    );
  if (!/^[0-9][0-9A-Za-z.-]{0,30}$/.test(version))
    throw new EscoPackageError(`--version "${version.slice(0, 40)}" is not a version such as 1.1.1`);
  progress(`Reading ESCO v${version} from ${options.folder}…`);
  const files = readEscoPackage(options.folder);
  let crosswalk: string | undefined;
  if (options.crosswalkFile !== undefined) {
    try {
      crosswalk = readFileSync(options.crosswalkFile, 'utf8');
    } catch (error) {
      throw new EscoPackageError(`Cannot read the crosswalk ${options.crosswalkFile}: ${(error as Error).message}`);
    }
  }
  progress(`Read ${files.size} CSV files (${elapsed()}); checking and building the records…`);
  const graph = escoGraph(files, {
    version,
    ...(options.iscoPrefixes ? { iscoPrefixes: options.iscoPrefixes } : {}),
    ...(crosswalk !== undefined ? { crosswalk, crosswalkName: basename(options.crosswalkFile!) } : {}),
  });
  const { occupations, skills, iscoGroups, skillGroups } = graph.counts;
  progress(
    `Built ${occupations.toLocaleString('en')} occupations, ${skills.toLocaleString('en')} skills, ${iscoGroups.toLocaleString('en')} ISCO groups, ${skillGroups.toLocaleString('en')} skill groups, ${graph.edges.length.toLocaleString('en')} relationships${options.iscoPrefixes ? ` (ISCO ${options.iscoPrefixes.join(', ')})` : ''} (${elapsed()})` +
      (graph.skippedRows > 0
        ? `; skipped ${graph.skippedRows} relation rows (an occupation occupations_en.csv or a skill group skillGroups_en.csv does not list, or a concept related to itself)`
        : ''),
  );
  progress(options.dryRun ? 'Comparing with the store (dry run: nothing is written)…' : 'Writing in one transaction…');
  const summary = await store.importDataset({
    graph,
    sourceIdPrefix: ESCO_SOURCE_ID_PREFIX,
    packageIds: graph.packageIds,
    obsoleteIds: graph.obsoleteIds,
    actor: { keyId: 'import-esco', label: `import-esco ESCO v${version}` },
    dryRun: options.dryRun,
  });
  progress(
    `${options.dryRun ? 'Would change' : 'Done'}: entities ${summary.nodesAdded} added, ${summary.nodesUpdated} updated, ${summary.nodesUnchanged} unchanged, ${summary.nodesDeprecated} deprecated; relationships ${summary.edgesAdded} added, ${summary.edgesUpdated} updated, ${summary.edgesUnchanged} unchanged, ${summary.edgesRemoved} removed (${elapsed()})`,
  );
  return {
    ...summary,
    version,
    occupations,
    skills,
    iscoGroups,
    relationships: graph.edges.length,
    skippedRows: graph.skippedRows,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
