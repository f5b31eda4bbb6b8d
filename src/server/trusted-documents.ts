/**
 * Trusted documents (persisted documents, the GraphQL-over-HTTP spec's appendix): the operations this
 * service's own clients send, known ahead by id. GraphQL Code Generator writes the manifest
 * (`src/server/graphql/persisted-documents.json`, see codegen.ts): the README's example questions,
 * the explorer's and the widget's operations, and any a portal team adds under `trusted-documents/`.
 * `npm run build:server` copies it beside the bundle, so it is read the same way from `src/server/`
 * (tsx, the tests) and from `dist/server/` (`npm start`).
 *
 * An id is `sha256:` and the hex SHA-256 of the document's text; a manifest whose ids are not stops
 * start-up, so an id always names exactly the text it runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** How the service treats documents: see `plugins/use-trusted-documents.ts`. */
export const TRUSTED_DOCUMENTS_MODES = ['off', 'allow', 'only'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

/** Trusted documents by id. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** The manifest that ships with the service, next to this module (or the bundle). */
export const TRUSTED_DOCUMENTS_MANIFEST = new URL('./graphql/persisted-documents.json', import.meta.url);

/** The id of a document's text, as codegen.ts computes it. */
export function trustedDocumentId(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/**
 * Reads a manifest (an object of id → document text, as the client preset writes it), checking
 * every id against its text. Throws, naming the file and the id, on anything else.
 */
export function loadTrustedDocuments(path: string | URL = TRUSTED_DOCUMENTS_MANIFEST): TrustedDocuments {
  const where = path instanceof URL ? path.pathname : path;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the trusted-documents manifest ${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error(`The trusted-documents manifest ${where} is not an object of id → document`);
  }
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    if (typeof text !== 'string' || trustedDocumentId(text) !== id) {
      throw new Error(`The trusted-documents manifest ${where} has ${id}, which is not the sha256 of its document: run 'npm run codegen'`);
    }
    documents.set(id, text);
  }
  return documents;
}

let shipped: TrustedDocuments | undefined;

/** The shipped manifest, read once. */
export function shippedTrustedDocuments(): TrustedDocuments {
  shipped ??= loadTrustedDocuments();
  return shipped;
}
