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
    quote: t.string({
      description:
        'STATED: the source’s exact words. They must stand verbatim (whitespace aside) in the source’s `text`, or the change is refused (`ValidationError` on `provenance.quote`).',
    }),
    section: t.string({
      description:
        'STATED: the section of the source the quote stands in (a heading of its `sections`, or "Introduction"); when left out, the section it is found in is stored.',
    }),
    source: t.id({ description: 'STATED: the ID of the Source quoted.' }),
    rationale: t.string({ description: 'CURATED: why the maintainers add the fact, in one line.' }),
  }),
});
