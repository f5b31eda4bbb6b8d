import { GraphQLError } from 'graphql';

/** The request lacks the scope a field needs (no key, a wrong or revoked key, or too narrow a key). */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
    this.name = 'ForbiddenError';
  }
}
