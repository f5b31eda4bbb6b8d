import { builder } from '../builder.js';

export const UnlinkEntitiesInput = builder.inputType('UnlinkEntitiesInput', {
  description: 'A relationship to remove (the audit log keeps it, and `revertChange` restores it).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The relationship’s ID.' }),
    expectedVersion: t.int({ required: true, description: 'The `version` you read; a stale one is a ConflictError and changes nothing.' }),
  }),
});
