/**
 * Every `extensions.code` a client of this API can meet, and the helpers that make errors with one.
 *
 * The list is a contract with clients: README.md's table of error codes is tested against it in
 * both directions (`tests/error-codes.test.ts`), and no source file outside this one writes a code
 * as a literal. Codes that graphql-yoga itself answers with are listed too (`from: 'graphql-yoga'`),
 * because clients see them just the same; only this API's own codes can be made here.
 */
import { GraphQLError } from 'graphql';

export interface ErrorCodeEntry {
  /**
   * The HTTP status a client asking for `application/graphql-response+json` gets with it; 200 when
   * the error rides in an ordinary GraphQL response. Any other status is set on the error
   * (`extensions.http.status`) by `codedError`.
   */
  readonly status: number;
  /** Who answers it: this API, or graphql-yoga on its own. */
  readonly from: 'api' | 'graphql-yoga';
  /** What it means, in one line, for the README's table. */
  readonly meaning: string;
}

export const ERROR_CODES = {
  BAD_USER_INPUT: {
    status: 200,
    from: 'api',
    meaning:
      'An argument or variable is invalid (page size, cursor, ID, slug, search text, over-long or unstorable text, …); the message says what to change.',
  },
  FORBIDDEN: {
    status: 200,
    from: 'api',
    meaning:
      'The API key is missing, wrong, revoked, or lacks the scope a query or subscription field needs (mutations answer a `ForbiddenError` result instead).',
  },
  QUERY_TOO_COSTLY: {
    status: 200,
    from: 'api',
    meaning:
      'The query cost exceeds `MAX_QUERY_COST` (`extensions.cost`, `extensions.limit`), or `paths` could not be sure of its answer (`extensions.searchedLength`).',
  },
  QUERY_TOO_COMPLEX: {
    status: 400,
    from: 'api',
    meaning: 'The query expands to more fields than `MAX_EXPANDED_FIELDS` once fragments and abstract types are expanded.',
  },
  QUERY_TOO_DEEP: { status: 400, from: 'api', meaning: 'Fields are nested deeper than `MAX_DEPTH`.' },
  TOO_MANY_ALIASES: { status: 400, from: 'api', meaning: 'The query has more aliases than `MAX_ALIASES`.' },
  TOO_MANY_TOKENS: { status: 400, from: 'api', meaning: 'The document has more tokens than `MAX_TOKENS`.' },
  TOO_MANY_DIRECTIVES: { status: 400, from: 'api', meaning: 'The document has more directives than `MAX_DIRECTIVES`.' },
  EXECUTION_TIMEOUT: { status: 504, from: 'api', meaning: 'The operation ran longer than `EXECUTION_TIMEOUT_MS` and was cancelled.' },
  PAYLOAD_TOO_LARGE: { status: 413, from: 'api', meaning: 'The request body declares more bytes than `MAX_BODY_BYTES`.' },
  LENGTH_REQUIRED: {
    status: 411,
    from: 'api',
    meaning: 'The request body comes without a valid `Content-Length` (chunked, or not a number).',
  },
  TOO_MANY_EVENT_STREAMS: {
    status: 503,
    from: 'api',
    meaning: '`MAX_EVENT_STREAMS` subscriptions are open already; try again after `Retry-After` seconds.',
  },
  TOO_MANY_FAILED_AUTHENTICATIONS: {
    status: 429,
    from: 'api',
    meaning:
      'Too many failed API-key checks from this address; a request presenting a key is refused until `Retry-After` (`extensions.retryAfterSeconds`).',
  },
  UNAUTHENTICATED: {
    status: 401,
    from: 'api',
    meaning:
      'A JWT bearer token is expired, forged, or for another issuer or audience (`extensions.reason`); with `WWW-Authenticate: Bearer error="invalid_token"`.',
  },
  AUTHENTICATION_UNAVAILABLE: {
    status: 503,
    from: 'api',
    meaning:
      'The identity provider’s keys (`JWT_JWKS_URL`) could not be fetched to check a bearer token; try again after `Retry-After` seconds.',
  },
  NOT_FOUND: {
    status: 404,
    from: 'api',
    meaning: 'No entity has the ID a linked-data URL names (`GET /entities/{id}.jsonld`), or the path names no document.',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    from: 'api',
    meaning: 'An unexpected failure, masked as "Unexpected error."; 200 when it comes beside `data` (graphql-yoga masks these too).',
  },
  TRUSTED_DOCUMENT_REQUIRED: {
    status: 400,
    from: 'api',
    meaning:
      'With `TRUSTED_DOCUMENTS=only` the request sends a document’s text instead of the `documentId` of a trusted document; refused before it is parsed.',
  },
  TRUSTED_DOCUMENT_NOT_FOUND: {
    status: 400,
    from: 'api',
    meaning: 'The `documentId` names no document of the trusted-documents manifest (`persisted-documents.json`); nothing runs.',
  },
  TRUSTED_DOCUMENTS_DISABLED: {
    status: 400,
    from: 'api',
    meaning: 'With `TRUSTED_DOCUMENTS=off` the request sends a `documentId`; send the document’s text (`query`) instead.',
  },
  GRAPHQL_PARSE_FAILED: { status: 400, from: 'graphql-yoga', meaning: 'The document is not valid GraphQL syntax.' },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    from: 'graphql-yoga',
    meaning: 'The document does not fit the schema (an unknown field or argument, introspection when it is switched off, …).',
  },
  OPERATION_RESOLUTION_FAILURE: {
    status: 400,
    from: 'graphql-yoga',
    meaning: 'The document holds several operations and `operationName` names none of them.',
  },
  BAD_REQUEST: {
    status: 400,
    from: 'graphql-yoga',
    meaning: 'The HTTP request is malformed: invalid JSON, no query, a batch of operations, or a mutation over GET (405).',
  },
  REQUEST_ENTITY_TOO_LARGE: {
    status: 413,
    from: 'graphql-yoga',
    meaning: 'The body exceeds graphql-yoga’s own 25 MB limit (reachable only when `MAX_BODY_BYTES` is set above it).',
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes this API makes itself (the others are graphql-yoga's). */
export type ApiErrorCode = { [Code in ErrorCode]: (typeof ERROR_CODES)[Code]['from'] extends 'api' ? Code : never }[ErrorCode];

/** The `extensions` of an error with this code: the code, what else it carries, its HTTP status when not 200. */
export function codeExtensions(
  code: ApiErrorCode,
  extensions: Record<string, unknown> = {},
  headers?: Record<string, string>,
): Record<string, unknown> {
  const { status } = ERROR_CODES[code];
  return { code, ...extensions, ...(status === 200 ? {} : { http: { status, ...(headers ? { headers } : {}) } }) };
}

/** A GraphQL error with its code (and HTTP status, and response headers such as `retry-after`). */
export function codedError(
  code: ApiErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  headers?: Record<string, string>,
): GraphQLError {
  return new GraphQLError(message, { extensions: codeExtensions(code, extensions, headers) });
}

/** A malformed request this service refuses itself, coded as graphql-yoga codes its own (`BAD_REQUEST`, 400). */
export function badRequestError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: ERROR_CODES.BAD_REQUEST.status } } });
}

/** The JSON body of an answer given before GraphQL runs (a refused request body, a throttled key, a failure). */
export function errorResponseBody(code: ApiErrorCode, message: string, extensions: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** A client error: the request asked for something invalid. Never masked; says what to change. */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return codedError('BAD_USER_INPUT', message, extensions);
}

/**
 * The request lacks the scope a field needs (no key, a wrong or revoked key, or too narrow a key).
 * A query field answers it as an error with code FORBIDDEN; a mutation as its `ForbiddenError` result.
 */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: codeExtensions('FORBIDDEN') });
    this.name = 'ForbiddenError';
  }
}

/** Longest string any argument takes (slugs, IDs, cursors, search text, name filters). */
export const MAX_STRING_ARGUMENT_LENGTH = 200;

/** Refuses an over-long string argument before it reaches the store or an error message. */
export function checkLength(value: string, argument: string, max = MAX_STRING_ARGUMENT_LENGTH): string {
  if (value.length > max) {
    throw badUserInput(`\`${argument}\` may be at most ${max} characters; got ${value.length}`, { argument });
  }
  return value;
}
