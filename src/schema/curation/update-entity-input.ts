import { builder } from '../builder.js';
import { ProvenanceInput } from './provenance-input.js';

export const UpdateEntityInput = builder.inputType('UpdateEntityInput', {
  description: 'Changes to an entity; only the fields given change.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The entity’s ID.' }),
    expectedVersion: t.int({ required: true, description: 'The `version` you read; a stale one is a ConflictError and changes nothing.' }),
    slug: t.string({ description: 'A new slug.' }),
    name: t.string({ description: 'A new name.' }),
    description: t.string({ description: 'A new description.' }),
    alternativeLabels: t.stringList({ description: 'New alternative labels (replacing the old).' }),
    acronym: t.string({ description: 'A new acronym.' }),
    attributedTo: t.string({ description: 'A new attribution.' }),
    provenance: t.field({ type: ProvenanceInput, description: 'New provenance.' }),
  }),
});
