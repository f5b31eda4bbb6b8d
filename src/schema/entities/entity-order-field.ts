import { builder } from '../builder.js';

export const EntityOrderFieldEnum = builder.enumType('EntityOrderField', {
  description: 'What to sort entities by.',
  values: {
    NAME: { value: 'name', description: 'The display name.' },
    SLUG: { value: 'slug', description: 'The slug.' },
    KIND: { value: 'kind', description: 'The kind of entity, then the name.' },
  } as const,
});
