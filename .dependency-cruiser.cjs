/**
 * The module rules `npm run check:deps` enforces (dependency-cruiser): no value-import cycle in
 * `src/`, and the layers server → schema → data, never upward. Type-only imports are erased at
 * build time, so they can close no cycle at run time.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-value-cycles',
      severity: 'error',
      comment: 'A value-import cycle makes module order matter (ReferenceError before initialization).',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'data-imports-no-schema-or-server',
      severity: 'error',
      comment: 'src/data is the model and the stores: it knows nothing of GraphQL or HTTP.',
      from: { path: '^src/data/' },
      to: { path: '^src/(schema|server|cli|explorer)/' },
    },
    {
      name: 'schema-imports-no-server',
      severity: 'error',
      comment: 'src/schema is the GraphQL API over the data; the server hosts it, never the other way.',
      from: { path: '^src/schema/' },
      to: { path: '^src/(server|cli|explorer)/' },
    },
    {
      name: 'explorer-imports-no-server',
      severity: 'error',
      comment: 'The explorer is browser code: it talks to the service over HTTP only.',
      from: { path: '^src/explorer/' },
      to: { path: '^src/(server|schema|data|cli)/' },
    },
    {
      name: 'no-process-env-modules-in-model',
      severity: 'error',
      comment: 'Configuration enters src/schema and src/data through options, read by the server or the CLI.',
      from: { path: '^src/(schema|data)/' },
      to: { path: '^src/server/config' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/explorer/page/.*\\.(css|html)$' },
  },
};
