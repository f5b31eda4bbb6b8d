import { builder } from '../builder.js';
import { NotFoundProblem } from '../mutation-errors.js';
import { MutationErrorInterface } from './mutation-error.js';

builder.objectType(NotFoundProblem, {
  name: 'NotFoundError',
  description: 'An entity or relationship the input names does not exist.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundProblem,
  fields: () => ({}),
});
