/** Expected refusals of a curation mutation; each is a member of the mutation's result union. */
import type { ChangeOutcome, ChangeRecord } from '../data/curation.js';
import { ForbiddenError } from './errors.js';

export class ValidationProblem extends Error {
  override name = 'ValidationProblem';
  constructor(
    message: string,
    /** The input field at fault, as a dotted path (`input.provenance.quote`). */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

export class NotFoundProblem extends Error {
  override name = 'NotFoundProblem';
}

export class ConflictProblem extends Error {
  override name = 'ConflictProblem';
  constructor(
    message: string,
    readonly currentVersion: number,
  ) {
    super(message);
  }
}

/** Turns a refused change into the typed error it is; a made change into its record. */
export function madeChange(outcome: ChangeOutcome): ChangeRecord {
  if (outcome.ok) return outcome.change;
  if (outcome.refusal === 'CONFLICT') throw new ConflictProblem(outcome.message, outcome.currentVersion ?? 0);
  if (outcome.refusal === 'NOT_FOUND') throw new NotFoundProblem(outcome.message);
  throw new ValidationProblem(outcome.message);
}

/** The refusals every curation mutation's result union holds, the success type beside them. */
export function curationErrors() {
  return { types: [ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenError], directResult: true as const };
}
