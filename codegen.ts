/**
 * GraphQL Code Generator: reads the committed schema.graphql and the operations the tests write
 * with `graphql(...)`, and generates typed documents (results and variables typed from the schema).
 * Run `npm run codegen` after changing either; CI fails when the generated files are stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['tests/**/*.ts', '!tests/graphql/**'],
  ignoreNoDocuments: false,
  // ESM: generated imports carry their `.js` extension.
  emitLegacyCommonJSImports: false,
  generates: {
    'tests/graphql/': {
      preset: 'client',
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
