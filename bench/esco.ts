/**
 * The full ESCO step of `npm run bench`, run only when the official package is present: ESCO_PATH
 * (a folder holding the two archives), else ../shared/data/esco-v1.1.1; Nesta's crosswalk from
 * ESCO_CROSSWALK, else ../shared/data/nesta-esco-onet-crosswalk/ when there. Measures
 * `kg import-esco` of the whole package into a new SQLite store (the store seeded first, as on a
 * first start) and the database's size; http.ts then measures the headline on it.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface EscoPackage {
  folder: string;
  crosswalk: string | null;
}

export function findEscoPackage(): EscoPackage | null {
  const folder = process.env['ESCO_PATH'] ?? join(root, '../shared/data/esco-v1.1.1');
  if (!existsSync(folder)) return null;
  const crosswalk = process.env['ESCO_CROSSWALK'] ?? join(root, '../shared/data/nesta-esco-onet-crosswalk/esco_onet_crosswalk_Nov2020.csv');
  return { folder, crosswalk: existsSync(crosswalk) ? crosswalk : null };
}

export interface EscoImportFigures {
  /** The import as `import-esco` reports it: reading, checking and writing (no process start-up). */
  importSeconds: number;
  /** The whole command, process start-up and seeding the new store included. */
  commandSeconds: number;
  occupations: number;
  skills: number;
  relationships: number;
  /** The SQLite file (and its write-ahead log) after the import. */
  databaseMb: number;
}

export async function importFullEsco(escoPackage: EscoPackage, sqliteFile: string): Promise<EscoImportFigures> {
  const args = ['--import', 'tsx', 'src/cli/kg.ts', 'import-esco', escoPackage.folder];
  if (escoPackage.crosswalk) args.push('--crosswalk', escoPackage.crosswalk);
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `sqlite:${sqliteFile}` },
      stdio: ['ignore', 'pipe', 'inherit'], // its progress shows on stderr
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`import-esco exited with ${code}`))));
  });
  const commandSeconds = (performance.now() - started) / 1000;
  const report = JSON.parse(output) as { seconds: number; occupations: number; skills: number; relationships: number };
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  return {
    importSeconds: report.seconds,
    commandSeconds: Math.round(commandSeconds * 10) / 10,
    occupations: report.occupations,
    skills: report.skills,
    relationships: report.relationships,
    databaseMb: Math.round((size(sqliteFile) + size(`${sqliteFile}-wal`)) / 2 ** 20),
  };
}
