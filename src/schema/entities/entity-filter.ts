import { builder } from '../builder.js';
import { MAX_STRING_ARGUMENT_LENGTH } from '../errors.js';
import { ProvenanceKindEnum } from './provenance-kind.js';

export const EntityFilterInput = builder.inputType('EntityFilter', {
  description: 'Narrows a list of entities; every condition given must hold.',
  fields: (t) => ({
    nameContains: t.string({
      description: `Only entities whose name contains this text (case-insensitive), at most ${MAX_STRING_ARGUMENT_LENGTH} characters.`,
    }),
    provenanceKind: t.field({
      type: ProvenanceKindEnum,
      description: 'Only entities the source states (STATED) or the maintainers added (CURATED).',
    }),
  }),
});
