/**
 * `npm run kg -- <command>`: administration of the store `DATABASE_URL` names.
 *
 *   keys create --scope read|edit|admin [--label TEXT]   prints the new key once (only its hash is kept)
 *   keys revoke KEY_ID                                    revokes a key at once
 *   keys list                                             lists keys (never their secrets)
 *   export [--format json|turtle] [--base IRI]            writes the whole graph to stdout: stable JSON (the
 *                                                         default, what `import` reads), or SKOS in Turtle
 *                                                         (streamed; entities without a URI of their own under
 *                                                         --base, default urn:it-ops-kg:)
 *   import FILE [--dry-run]                               validates FILE, then adds and updates what it says
 *                                                         in one transaction (never deletes); --dry-run
 *                                                         only reports what it would change
 *   import-esco PATH [--version V] [--slice 133,25,35] [--crosswalk FILE] [--dry-run]
 *                                                         imports the official ESCO CSV package in PATH (the
 *                                                         two archives, or their CSVs with --version) in one
 *                                                         transaction: idempotent; a newer version updates,
 *                                                         deprecates what is gone or obsolete, removes the
 *                                                         relationships it no longer has. Progress on stderr,
 *                                                         the counts as JSON on stdout; a malformed package
 *                                                         is refused (exit 1) naming the file and the row
 */

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { newApiKey, SCOPES, type Scope } from '../data/curation.js';
import { importEscoPackage } from '../data/esco/esco-import.js';
import { EscoPackageError } from '../data/esco/esco-package.js';
import { openKnowledgeGraph, parseDatabaseUrl } from '../data/index.js';
import { checkLinkedDataBase } from '../data/linked-data/iris.js';
import { writeSkosTurtle } from '../data/linked-data/skos-turtle.js';
import { parseGraphExport, serializeGraphExport } from '../data/transfer.js';

const USAGE = `usage: npm run kg -- keys create --scope read|edit|admin [--label TEXT]
       npm run kg -- keys revoke KEY_ID
       npm run kg -- keys list
       npm run kg -- export [--format json|turtle] [--base IRI] > graph.json
       npm run kg -- import graph.json [--dry-run]
       npm run kg -- import-esco ESCO_FOLDER [--version 1.1.1] [--slice 133,25,35] [--crosswalk FILE] [--dry-run]`;

class UsageError extends Error {}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      scope: { type: 'string' },
      label: { type: 'string' },
      'dry-run': { type: 'boolean' },
      format: { type: 'string' },
      base: { type: 'string' },
      version: { type: 'string' },
      slice: { type: 'string' },
      crosswalk: { type: 'string' },
    },
  });
  const [group, command, argument] = positionals;
  if (group === 'import-esco') return importEsco(command, values);
  if (group === 'import' && !command) throw new UsageError(USAGE);
  // Read and validate the file before opening the store: a bad file changes nothing.
  const incoming = group === 'import' ? parseGraphExport(readFileSync(command!, 'utf8')) : null;
  if (group !== 'export' && group !== 'import' && (group !== 'keys' || !command)) throw new UsageError(USAGE);
  const format = values.format ?? 'json';
  if (group === 'export' && format !== 'json' && format !== 'turtle') throw new UsageError(`--format must be json or turtle\n${USAGE}`);
  let base: string | undefined;
  try {
    base = values.base === undefined ? undefined : checkLinkedDataBase(values.base);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { store } = await openKnowledgeGraph(parseDatabaseUrl(process.env['DATABASE_URL']));
  try {
    if (group === 'export' && format === 'turtle') {
      await writeSkosTurtle(store, process.stdout, base ? { base } : {});
    } else if (group === 'export') {
      process.stdout.write(serializeGraphExport(await store.exportGraph()));
    } else if (incoming) {
      const summary = await store.importGraph(incoming, { dryRun: values['dry-run'] ?? false });
      console.log(JSON.stringify(summary));
    } else if (command === 'create') {
      const scope = values.scope as Scope | undefined;
      if (!scope || !SCOPES.includes(scope)) throw new UsageError(`--scope must be one of ${SCOPES.join(', ')}\n${USAGE}`);
      const { id, key, secretHash } = newApiKey();
      const record = await store.createApiKey({ id, label: values.label ?? `${scope} key`, scope, secretHash });
      console.log(JSON.stringify({ ...record, key }));
      console.error('Keep the key now: it is not stored and cannot be shown again. Send it as `Authorization: Bearer <key>`.');
    } else if (command === 'revoke') {
      if (!argument) throw new UsageError(USAGE);
      if (!(await store.revokeApiKey(argument))) throw new UsageError(`No active key has the id "${argument}"`);
      console.log(JSON.stringify({ revoked: argument }));
    } else if (command === 'list') {
      for (const key of await store.listApiKeys()) console.log(JSON.stringify(key));
    } else {
      throw new UsageError(USAGE);
    }
  } finally {
    await store.close();
  }
}

/** `import-esco`: the package is read and checked before the store is opened; progress goes to stderr. */
async function importEsco(
  folder: string | undefined,
  values: { version?: string; slice?: string; crosswalk?: string; 'dry-run'?: boolean },
): Promise<void> {
  if (!folder) throw new UsageError(USAGE);
  let iscoPrefixes: string[] | undefined;
  if (values.slice !== undefined) {
    iscoPrefixes = values.slice.split(',').map((prefix) => prefix.trim());
    if (!iscoPrefixes.every((prefix) => /^[0-9]{1,4}$/.test(prefix)))
      throw new UsageError(`--slice takes ISCO-08 group codes or prefixes separated by commas (e.g. 133,25,35)\n${USAGE}`);
  }
  const { store } = await openKnowledgeGraph(parseDatabaseUrl(process.env['DATABASE_URL']));
  try {
    const report = await importEscoPackage(store, {
      folder,
      ...(values.version !== undefined ? { version: values.version } : {}),
      ...(iscoPrefixes ? { iscoPrefixes } : {}),
      ...(values.crosswalk !== undefined ? { crosswalkFile: values.crosswalk } : {}),
      dryRun: values['dry-run'] ?? false,
      progress: (line) => console.error(line),
    });
    console.log(JSON.stringify(report));
  } catch (error) {
    if (error instanceof EscoPackageError)
      throw new EscoPackageError(`${error.message}\nThe ESCO package is refused; nothing was written.`);
    throw error;
  } finally {
    await store.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof UsageError ? 2 : 1);
});
