import { builder } from '../builder.js';

export const ChangeActionEnum = builder.enumType('ChangeAction', {
  description: 'What a curation change did.',
  values: {
    CREATE_ENTITY: { value: 'CREATE_ENTITY', description: 'Created an entity.' },
    UPDATE_ENTITY: { value: 'UPDATE_ENTITY', description: 'Changed an entity’s fields.' },
    DEPRECATE_ENTITY: { value: 'DEPRECATE_ENTITY', description: 'Deprecated an entity (it stays resolvable).' },
    LINK: { value: 'LINK', description: 'Created a relationship.' },
    UNLINK: { value: 'UNLINK', description: 'Removed a relationship.' },
    REVERT: { value: 'REVERT', description: 'Undid an earlier change (`before` and `after` show what it put back).' },
  } as const,
});
