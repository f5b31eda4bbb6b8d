/** Expected refusals of a curation mutation; each is a member of the mutation's result union. */
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
