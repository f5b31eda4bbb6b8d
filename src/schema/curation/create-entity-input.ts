import { builder } from '../builder.js';
import { EntityKindEnum } from '../entities/entity-kind.js';
import { ProvenanceInput } from './provenance-input.js';

export const CreateEntityInput = builder.inputType('CreateEntityInput', {
  description: 'A new entity.',
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, required: true, description: 'What kind of entity.' }),
    slug: t.string({ required: true, description: 'Its slug: kebab-case, unique within the kind.' }),
    name: t.string({ required: true, description: 'Its display name.' }),
    description: t.string({ required: true, description: 'What it is, in one or two sentences.' }),
    alternativeLabels: t.stringList({ description: 'Other names people use for it.' }),
    acronym: t.string({ description: 'Certifications: the acronym.' }),
    attributedTo: t.string({ description: 'Outlook statements: who the finding is attributed to.' }),
    provenance: t.field({ type: ProvenanceInput, required: true, description: 'Where it comes from.' }),
  }),
});
