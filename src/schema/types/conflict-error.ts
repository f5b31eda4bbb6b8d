import { builder } from '../builder.js';
import { ConflictProblem } from '../mutation-errors.js';
import { MutationErrorInterface } from './mutation-error.js';

builder.objectType(ConflictProblem, {
  name: 'ConflictError',
  description: 'Someone changed the record since you read it: `expectedVersion` is stale.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (value) => value instanceof ConflictProblem,
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', { description: 'The record’s version now: reload it, then apply your change again.' }),
  }),
});
