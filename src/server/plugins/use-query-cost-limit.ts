/**
 * Refuses an operation whose cost (computed from its shape and variables by
 * @pothos/plugin-complexity; see `src/schema/query-cost.ts`) exceeds the limit, before it executes.
 * Measured on the operation as the client sent it, ahead of any plugin that rewrites it.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { type DocumentNode, GraphQLError, getVariableValues, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badUserInput } from '../../schema/errors.js';
import { queryTooCostly } from '../../schema/query-cost.js';

/** The document reduced to the operation that runs (and the fragments), as the cost calculation takes only one. */
function selectedOperation(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const selected = operationName ? operations.find((operation) => operation.name?.value === operationName) : operations[0];
  return {
    ...document,
    definitions: document.definitions.filter((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition === selected),
  };
}

export function useQueryCostLimit(maxQueryCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let complexity: number;
      try {
        ({ complexity } = complexityFromQuery(selectedOperation(args.document, args.operationName), {
          schema: args.schema,
          ctx: args.contextValue as object,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
        }));
      } catch (error) {
        // Variables that do not fit the operation: execution refuses them with its own error before
        // any field runs. Anything else (an argument the cost model cannot read, such as a malformed
        // ID) would leave the operation unmeasured, so it is refused rather than run without a bound.
        const operation = selectedOperation(args.document, args.operationName).definitions.find(
          (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
        );
        if (
          operation &&
          getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>).errors
        )
          return;
        setResultAndStopExecution({ errors: [costUnknown(error)] });
        return;
      }
      if (complexity > maxQueryCost) setResultAndStopExecution({ errors: [queryTooCostly(complexity, maxQueryCost)] });
    },
  };
}

/** The refusal of an operation whose cost cannot be worked out: the argument's own error where it has one. */
function costUnknown(error: unknown): GraphQLError {
  if (error instanceof GraphQLError && error.extensions['code']) return new GraphQLError(error.message, { extensions: error.extensions });
  return badUserInput(`The query's cost cannot be worked out: ${error instanceof Error ? error.message : String(error)}`);
}
