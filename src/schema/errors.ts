import { GraphQLError } from 'graphql';

/** Error codes clients can switch on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
} as const;

/** A client error: the request asked for something invalid. Never masked; says what to change. */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });
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
