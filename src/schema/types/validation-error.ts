import { builder } from '../builder.js';
import { ValidationProblem } from '../mutation-errors.js';
import { MutationErrorInterface } from './mutation-error.js';

builder.objectType(ValidationProblem, {
  name: 'ValidationError',
  description: 'The input is invalid (a malformed slug, missing provenance, a relationship the relation does not allow, …).',
  interfaces: [MutationErrorInterface],
  isTypeOf: (value) => value instanceof ValidationProblem,
  fields: (t) => ({
    field: t.exposeString('field', { nullable: true, description: 'The input field at fault, as a dotted path, when one is.' }),
  }),
});
