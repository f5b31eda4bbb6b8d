import { builder } from '../builder.js';

export const SearchFieldEnum = builder.enumType('SearchField', {
  description:
    'Which text of an entity a search matched: its own texts (name, acronym, alternative or hidden label, description) or the words of its evidence (its quote, its relationships’ statements and quotes).',
  values: {
    NAME: { value: 'name', description: 'The name.' },
    ACRONYM: { value: 'acronym', description: 'The acronym (certifications).' },
    ALTERNATIVE_LABEL: { value: 'alternativeLabels', description: 'One of the alternative labels.' },
    HIDDEN_LABEL: {
      value: 'hiddenLabels',
      description: 'One of the hidden labels: names ESCO keeps for search only (old names, misspellings, product names), not for display.',
    },
    DESCRIPTION: { value: 'description', description: 'The description.' },
    QUOTE: { value: 'quote', description: 'The entity’s own provenance quote: the source’s words it was taken from.' },
    RELATIONSHIP_STATEMENT: {
      value: 'relationshipStatement',
      description:
        'The statement of a relationship the entity is at either end of (a role’s own definition of a responsibility, a role’s stance); the highlight names the relationship.',
    },
    RELATIONSHIP_QUOTE: {
      value: 'relationshipQuote',
      description: 'The provenance quote of a relationship the entity is at either end of; the highlight names the relationship.',
    },
  } as const,
});
