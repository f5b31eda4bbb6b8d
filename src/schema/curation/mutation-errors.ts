/**
 * The refusals of a mutation: each is an error class and the GraphQL object type of the same name,
 * a member of the mutation's result union (`errors` on the field; see the builder's `errors`
 * options). Every mutation's union holds `ForbiddenError` (the builder's `defaultTypes`); a
 * mutation names only its own other refusals.
 */
import type { ChangeOutcome, ChangeRecord } from '../../data/curation.js';
import { builder } from '../builder.js';
import { ForbiddenError } from '../errors.js';

/** The input is invalid; names the input field at fault when one is. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    message: string,
    /** The input field at fault, as a dotted path (`input.provenance.quote`). */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** An entity, relationship, change or key the input names does not exist. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The change conflicts with the graph as it is now. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly currentVersion: number,
  ) {
    super(message);
  }
}

/** What a change to the graph (`store.applyChange`, through `madeChange`) can be refused for. */
export const CHANGE_REFUSALS = [ValidationError, NotFoundError, ConflictError];

/**
 * Turns a refused change into the typed error it is; a made change into its record. A refusal that
 * names the part of the change at fault (`provenance.quote`) names it under `inputPath`, the
 * argument that carried the change (`input.provenance.quote`).
 */
export function madeChange(outcome: ChangeOutcome, inputPath = 'input'): ChangeRecord {
  if (outcome.ok) return outcome.change;
  if (outcome.refusal === 'CONFLICT') throw new ConflictError(outcome.message, outcome.currentVersion ?? 0);
  if (outcome.refusal === 'NOT_FOUND') throw new NotFoundError(outcome.message);
  throw new ValidationError(outcome.message, outcome.field === undefined ? null : `${inputPath}.${outcome.field}`);
}

/** What every refusal of a mutation has. */
export const MutationErrorInterface = builder.interfaceRef<Error>('MutationError').implement({
  description: 'Why a curation mutation was refused. Nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What was wrong, and what to change.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input is invalid (a malformed slug, missing provenance, a relationship the relation does not allow, …).',
  interfaces: [MutationErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    field: t.exposeString('field', { nullable: true, description: 'The input field at fault, as a dotted path, when one is.' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'An entity or relationship the input names does not exist.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: () => ({}),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The change conflicts with the graph as it is now: the record changed since you read it (`expectedVersion` is stale), or another record holds the slug or relationship it would create (perhaps made at the same moment).',
  interfaces: [MutationErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', {
      description: 'The version now of the record in the way (0 when it no longer exists): reload it, then apply your change again.',
    }),
  }),
});

// The class lives with the error codes: scope-auth throws it for any field (see the builder).
builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The request’s API key is missing, wrong, revoked, or lacks the scope the mutation needs.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
  fields: () => ({}),
});
