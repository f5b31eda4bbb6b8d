/**
 * The files of an ESCO CSV package, as anyone downloads it from the ESCO portal: a folder holding
 * the two archives (classification and relations, `.zip`) or the CSV files extracted from them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** The CSV files the import reads, by the name ESCO gives them. */
export const ESCO_FILES = [
  'occupations_en.csv',
  'skills_en.csv',
  'skillGroups_en.csv',
  'ISCOGroups_en.csv',
  'occupationSkillRelations.csv',
  'broaderRelationsOccPillar.csv',
  'broaderRelationsSkillPillar.csv',
  'skillSkillRelations.csv',
] as const;
export type EscoFile = (typeof ESCO_FILES)[number];

/** A package that cannot be read: names the file (and the row, where one is at fault). */
export class EscoPackageError extends Error {
  override name = 'EscoPackageError';
}

/** The text of each file the import reads, from a folder of archives or of extracted CSVs. */
export function readEscoPackage(folder: string): Map<EscoFile, string> {
  let entries: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new EscoPackageError(`${folder} is not a folder`);
    entries = readdirSync(folder);
  } catch (error) {
    if (error instanceof EscoPackageError) throw error;
    throw new EscoPackageError(`Cannot read the folder ${folder}: ${(error as Error).message}`);
  }
  const wanted = new Set<string>(ESCO_FILES);
  const files = new Map<EscoFile, string>();
  for (const entry of entries.sort()) {
    const path = join(folder, entry);
    if (wanted.has(entry)) {
      files.set(entry as EscoFile, readFileSync(path, 'utf8'));
    } else if (entry.toLowerCase().endsWith('.zip')) {
      let unpacked: Record<string, Uint8Array>;
      try {
        // Only the files the import reads are inflated.
        unpacked = unzipSync(readFileSync(path), { filter: (file) => wanted.has(file.name.split('/').at(-1)!) });
      } catch (error) {
        throw new EscoPackageError(`${entry}: not a readable zip archive (${(error as Error).message})`);
      }
      for (const [name, bytes] of Object.entries(unpacked)) {
        const file = name.split('/').at(-1) as EscoFile;
        if (!files.has(file)) files.set(file, strFromU8(bytes));
      }
    }
  }
  const missing = ESCO_FILES.filter((file) => !files.has(file));
  if (missing.length > 0) {
    throw new EscoPackageError(
      `${folder} holds no ${missing.join(', ')}: it must hold the ESCO CSV archives (classification and relations) or the CSV files extracted from them`,
    );
  }
  return files;
}

/** The archives' names say the version: `ESCO dataset - v1.1.1 - classification - en - csv.zip`. */
const ARCHIVE_VERSION = /^ESCO dataset - v([0-9][0-9A-Za-z.-]*) - /;

/**
 * The ESCO version the folder's archives name, or null when it holds none (extracted CSVs: the
 * version must then be given). Archives naming different versions are refused.
 */
export function escoPackageVersion(folder: string): string | null {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (error) {
    throw new EscoPackageError(`Cannot read the folder ${folder}: ${(error as Error).message}`);
  }
  const versions = new Set(
    entries.filter((entry) => entry.toLowerCase().endsWith('.zip')).flatMap((entry) => ARCHIVE_VERSION.exec(entry)?.[1] ?? []),
  );
  if (versions.size > 1)
    throw new EscoPackageError(`${folder} holds archives of several ESCO versions (${[...versions].sort().join(', ')})`);
  return versions.values().next().value ?? null;
}
