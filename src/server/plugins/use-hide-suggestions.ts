/**
 * Hides graphql-js's "Did you mean …?" hints in production, wherever they appear: validation
 * (unknown fields, arguments, types, enum values, fragments on the wrong type) and the coercion of
 * variables during execution ("Value "X" does not exist in "Kind" enum. Did you mean the enum value
 * …?"). GraphQL Armor's plugin only matched the field form, so enum values still leaked the schema
 * to anyone probing it with introspection off.
 */
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const SUGGESTION_MASK = '[Suggestion hidden]';

/** Every form graphql-js writes ends at the question mark; names cannot contain one. */
const SUGGESTION = /Did you mean [^?]*\?/g;

function hidden<E>(error: E): E {
  if (!(error instanceof GraphQLError) || !error.message.includes('Did you mean')) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, SUGGESTION_MASK).trim(), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  }) as E;
}

export function useHideSuggestions(): Plugin {
  return {
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map(hidden));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const { errors } = result as ExecutionResult;
          if (errors?.length) setResult({ ...result, errors: errors.map(hidden) });
        },
      };
    },
  };
}
