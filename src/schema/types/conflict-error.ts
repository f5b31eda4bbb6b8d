import { builder } from '../builder.js';
import { ConflictProblem } from '../mutation-errors.js';
import { MutationErrorInterface } from './mutation-error.js';

builder.objectType(ConflictProblem, {
  name: 'ConflictError',
  description:
    'The change conflicts with the graph as it is now: the record changed since you read it (`expectedVersion` is stale), or another record holds the slug or relationship it would create (perhaps made at the same moment).',
  interfaces: [MutationErrorInterface],
  isTypeOf: (value) => value instanceof ConflictProblem,
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', {
      description: 'The version now of the record in the way (0 when it no longer exists): reload it, then apply your change again.',
    }),
  }),
});
