import { checkQuote } from '../../data/index.js';
import { ProvenanceKindEnum } from './provenance-kind.js';
import { ENTITY_NODES, localId, ProvenanceType } from './refs.js';

ProvenanceType.implement({
  description:
    'Where a fact comes from: the exact words of a source (STATED), the maintainers’ reason (CURATED), or a record of a structured dataset such as ESCO (IMPORTED).',
  fields: (t) => ({
    kind: t.field({
      type: ProvenanceKindEnum,
      description: 'Whether a source states the fact, the maintainers curated it, or a dataset holds it.',
      resolve: (p) => p.kind,
    }),
    quote: t.exposeString('quote', {
      nullable: true,
      description:
        'STATED: the source’s exact words (whitespace-normalised). Null when curated or imported (a dataset record is never quoted).',
    }),
    section: t.exposeString('section', {
      nullable: true,
      description: 'STATED: the heading of the source section the quote stands in. Null when curated or imported.',
    }),
    rationale: t.exposeString('rationale', {
      nullable: true,
      description: 'CURATED: why the maintainers added the fact. Null when stated or imported.',
    }),
    record: t.string({
      nullable: true,
      description:
        'IMPORTED: the URI of the dataset’s record the fact comes from (an ESCO concept URI: the occupation, skill or ISCO group, or for a relationship the concept at its start). Null when stated or curated.',
      resolve: (p) => (p.kind === 'IMPORTED' ? (p.record ?? null) : null),
    }),
    source: t.field({
      type: ENTITY_NODES.Source,
      nullable: true,
      description: 'STATED: the source quoted. IMPORTED: the dataset, with its version (e.g. ESCO v1.1.1). Null when curated.',
      resolve: (p) => (p.sourceId ? localId({ id: p.sourceId, kind: 'Source' }) : null),
    }),
    verified: t.boolean({
      nullable: true,
      description:
        'STATED: whether the quote stands verbatim (whitespace aside) in the source’s text as it is now, in `section`. Every write is checked, so false marks a quote stored before the check existed or a source changed since (the service logs each such quote when it starts). Null when curated or imported: an imported fact has no quote to check (`record` names it in the dataset).',
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
