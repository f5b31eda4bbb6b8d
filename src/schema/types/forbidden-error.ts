import { builder } from '../builder.js';
import { ForbiddenError } from '../errors.js';
import { MutationErrorInterface } from './mutation-error.js';

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The request’s API key is missing, wrong, revoked, or lacks the scope the mutation needs.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
  fields: () => ({}),
});
