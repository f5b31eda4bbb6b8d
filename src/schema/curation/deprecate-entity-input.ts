import { builder } from '../builder.js';

export const DeprecateEntityInput = builder.inputType('DeprecateEntityInput', {
  description: 'Deprecates an entity: it stays resolvable, is marked, and lists leave it out unless asked.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The entity’s ID.' }),
    expectedVersion: t.int({ required: true, description: 'The `version` you read; a stale one is a ConflictError and changes nothing.' }),
    replacedBy: t.id({ description: 'The ID of the entity (of the same kind) that replaces it.' }),
  }),
});
