/**
 * GraphQL Code Generator: reads the committed schema.graphql and the operations written with
 * `graphql(...)`, and generates typed documents (results and variables typed from the schema):
 * - tests/graphql/ for the tests' operations (tests/**),
 * - src/explorer/graphql/ for the explorer's (src/explorer/**), so that the explorer, which may
 *   import nothing from src/server, src/schema or src/data, still follows the schema: a new entity
 *   kind in the schema is a compile error in the explorer (`tsc -p src/explorer`) until it is handled.
 *   Each of its documents carries its trusted-document id (`__meta__.hash`), which the explorer and
 *   the widget send instead of the text.
 * - src/server/graphql/ for the trusted documents: its `persisted-documents.json` is the manifest the
 *   server runs by id (TRUSTED_DOCUMENTS, `src/server/trusted-documents.ts`): the README's example
 *   questions (GraphiQL's tabs, strings marked `/* GraphQL *\/`), the explorer's and the widget's
 *   operations, and any `.graphql` file a portal team adds under `trusted-documents/`.
 * Ids are `sha256:` and the hex SHA-256 of the normalized text (the GraphQL-over-HTTP spec's
 * persisted-documents appendix); the manifest maps each id to that text.
 * Run `npm run codegen` after changing any of them; CI fails when the generated files are stale.
 */
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The id of a trusted document: the client preset hashes the normalized text it puts in the manifest. */
const documentId = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

const typedDocuments = {
  preset: 'client',
  config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true },
  presetConfig: { fragmentMasking: false },
} as const;

const persistedDocuments = {
  ...typedDocuments,
  presetConfig: { ...typedDocuments.presetConfig, persistedDocuments: { hashAlgorithm: documentId } },
};

const explorerDocuments = ['src/explorer/**/*.ts', '!src/explorer/graphql/**'];

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  // ESM: generated imports carry their `.js` extension.
  emitLegacyCommonJSImports: false,
  generates: {
    'tests/graphql/': { ...typedDocuments, documents: ['tests/**/*.ts', '!tests/graphql/**'] },
    'src/explorer/graphql/': { ...persistedDocuments, documents: explorerDocuments },
    'src/server/graphql/': {
      ...persistedDocuments,
      // Only the manifest is used here: the operations' own types, not the whole schema's.
      config: { ...persistedDocuments.config, onlyOperationTypes: true },
      documents: ['src/server/example-queries.ts', 'src/server/headline-query.ts', ...explorerDocuments, 'trusted-documents/**/*.graphql'],
    },
  },
};

export default config;
