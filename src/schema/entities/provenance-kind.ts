import { builder } from '../builder.js';

export const ProvenanceKindEnum = builder.enumType('ProvenanceKind', {
  description: 'How the graph knows a fact.',
  values: {
    STATED: { value: 'STATED', description: 'The source states it: `quote` holds its exact words and `section` where they stand.' },
    CURATED: { value: 'CURATED', description: 'The maintainers added it (the source is silent): `rationale` says why.' },
    IMPORTED: {
      value: 'IMPORTED',
      description:
        'A structured dataset holds it (ESCO): `source` names the dataset and its version, `record` the record’s URI. Never a quote.',
    },
  } as const,
});
