import { RELATION_QUALIFIERS } from '../../data/index.js';
import { builder } from '../builder.js';
import { RelationEnum } from '../entities/relation.js';
import { ProvenanceInput } from './provenance-input.js';

const qualifiedList = Object.entries(RELATION_QUALIFIERS)
  .map(([relation, { name, values }]) => `${relation}: a ${name}, one of ${Object.keys(values).join(', ')}`)
  .join('; ');

export const LinkEntitiesInput = builder.inputType('LinkEntitiesInput', {
  description: 'A new relationship between two entities, with where it comes from.',
  fields: (t) => ({
    relation: t.field({ type: RelationEnum, required: true, description: 'The relation, read from `from` to `to`.' }),
    from: t.id({ required: true, description: 'The ID of the entity the relationship starts from.' }),
    to: t.id({ required: true, description: 'The ID of the entity it points to.' }),
    statement: t.string({
      description:
        'A short statement of the relationship (a role’s definition of a responsibility, a stance, how a role needs an area). It reads as the source’s words (`statementProvenance` STATED) only where it stands verbatim in a STATED quote.',
    }),
    qualifier: t.string({
      description: `How \`from\` relates to \`to\`, for a relation whose relationships are qualified, and required for one (${qualifiedList}). A relation without qualifiers takes none.`,
    }),
    provenance: t.field({ type: ProvenanceInput, required: true, description: 'Where the relationship comes from.' }),
  }),
});
