import { builder } from '../builder.js';

export const SearchFieldEnum = builder.enumType('SearchField', {
  description: 'Which text of an entity a search matched.',
  values: {
    NAME: { value: 'name', description: 'The name.' },
    ACRONYM: { value: 'acronym', description: 'The acronym (certifications).' },
    ALTERNATIVE_LABEL: { value: 'alternativeLabels', description: 'One of the alternative labels.' },
    DESCRIPTION: { value: 'description', description: 'The description.' },
  } as const,
});
