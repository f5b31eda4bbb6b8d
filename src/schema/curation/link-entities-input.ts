import { builder } from '../builder.js';
import { RelationEnum } from '../entities/relation.js';
import { ProvenanceInput } from './provenance-input.js';

export const LinkEntitiesInput = builder.inputType('LinkEntitiesInput', {
  description: 'A new relationship between two entities, with where it comes from.',
  fields: (t) => ({
    relation: t.field({ type: RelationEnum, required: true, description: 'The relation, read from `from` to `to`.' }),
    from: t.id({ required: true, description: 'The ID of the entity the relationship starts from.' }),
    to: t.id({ required: true, description: 'The ID of the entity it points to.' }),
    statement: t.string({ description: 'A short statement of the relationship (a stance, how a role needs an area).' }),
    provenance: t.field({ type: ProvenanceInput, required: true, description: 'Where the relationship comes from.' }),
  }),
});
