import { ProvenanceKindEnum } from './provenance-kind.js';
import { ENTITY_NODES, localId, ProvenanceType } from './refs.js';

ProvenanceType.implement({
  description: 'Where a fact comes from: the exact words of a source (STATED) or the maintainers’ reason (CURATED).',
  fields: (t) => ({
    kind: t.field({
      type: ProvenanceKindEnum,
      description: 'Whether the source states the fact or the maintainers curated it.',
      resolve: (p) => p.kind,
    }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: 'STATED: the source’s exact words (whitespace-normalised). Null when curated.',
    }),
    section: t.exposeString('section', {
      nullable: true,
      description: 'STATED: the heading of the source section the quote stands in. Null when curated.',
    }),
    rationale: t.exposeString('rationale', {
      nullable: true,
      description: 'CURATED: why the maintainers added the fact. Null when stated.',
    }),
    source: t.field({
      type: ENTITY_NODES.Source,
      nullable: true,
      description: 'STATED: the source quoted. Null when curated.',
      resolve: (p) => (p.sourceId ? localId({ id: p.sourceId, kind: 'Source' }) : null),
    }),
  }),
});
