import { builder } from '../builder.js';
import { ProvenanceKindEnum } from '../entities/provenance-kind.js';

export const ProvenanceInput = builder.inputType('ProvenanceInput', {
  description: 'Where a curated change’s fact comes from: STATED needs `quote` and `source`; CURATED needs `rationale`.',
  fields: (t) => ({
    kind: t.field({
      type: ProvenanceKindEnum,
      required: true,
      description: 'STATED (a source says it) or CURATED (the maintainers add it).',
    }),
    quote: t.string({ description: 'STATED: the source’s exact words.' }),
    section: t.string({ description: 'STATED: the section of the source the quote stands in.' }),
    source: t.id({ description: 'STATED: the ID of the Source quoted.' }),
    rationale: t.string({ description: 'CURATED: why the maintainers add the fact, in one line.' }),
  }),
});
