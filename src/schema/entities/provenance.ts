import { checkQuote } from '../../data/index.js';
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
    record: t.string({
      nullable: true,
      description: 'IMPORTED: the URI of the dataset’s record the fact comes from (an ESCO concept URI). Null otherwise.',
      resolve: (p) => p.record ?? null,
    }),
    source: t.field({
      type: ENTITY_NODES.Source,
      nullable: true,
      description: 'STATED: the source quoted; IMPORTED: the dataset (a Source). Null when curated.',
      resolve: (p) => (p.sourceId ? localId({ id: p.sourceId, kind: 'Source' }) : null),
    }),
    verified: t.boolean({
      nullable: true,
      description:
        'STATED: whether the quote stands verbatim (whitespace aside) in the source’s text as it is now, in `section`. Every write is checked, so false marks a quote stored before the check existed or a source changed since (the service logs each such quote when it starts). Null when curated.',
      resolve: async (p, _args, context) => {
        if (p.kind !== 'STATED') return null;
        if (p.sourceId === null || p.quote === null) return false;
        // The source through the request's Source loader: batched, and shared with `source`.
        const source = await ENTITY_NODES.Source.getDataloader(context).load(localId({ id: p.sourceId, kind: 'Source' }));
        return checkQuote(source ?? null, p.quote, p.section).ok;
      },
    }),
  }),
});
