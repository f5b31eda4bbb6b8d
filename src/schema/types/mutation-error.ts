import { builder } from '../builder.js';

/** What every refusal of a curation mutation has. */
export const MutationErrorInterface = builder.interfaceRef<Error>('MutationError').implement({
  description: 'Why a curation mutation was refused. Nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What was wrong, and what to change.' }),
  }),
});
