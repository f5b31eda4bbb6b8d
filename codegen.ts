/**
 * GraphQL Code Generator: reads the committed schema.graphql and the operations written with
 * `graphql(...)`, and generates typed documents (results and variables typed from the schema):
 * - tests/graphql/ for the tests' operations (tests/**),
 * - src/explorer/graphql/ for the explorer's (src/explorer/**), so that the explorer, which may
 *   import nothing from src/server, src/schema or src/data, still follows the schema: a new entity
 *   kind in the schema is a compile error in the explorer (`tsc -p src/explorer`) until it is handled.
 * Run `npm run codegen` after changing either; CI fails when the generated files are stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const typedDocuments = {
  preset: 'client',
  config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true },
  presetConfig: { fragmentMasking: false },
} as const;

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  // ESM: generated imports carry their `.js` extension.
  emitLegacyCommonJSImports: false,
  generates: {
    'tests/graphql/': { ...typedDocuments, documents: ['tests/**/*.ts', '!tests/graphql/**'] },
    'src/explorer/graphql/': { ...typedDocuments, documents: ['src/explorer/**/*.ts', '!src/explorer/graphql/**'] },
  },
};

export default config;
