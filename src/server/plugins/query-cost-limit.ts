/**
 * Refuses an operation whose cost (computed from its shape and variables by
 * @pothos/plugin-complexity; see `src/schema/query-cost.ts`) exceeds the limit, before it executes.
 * Measured on the operation as the client sent it, ahead of any plugin that rewrites it.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { queryTooCostly } from '../../schema/query-cost.js';

/** The document reduced to the operation that runs (and the fragments), as the cost calculation takes only one. */
function selectedOperation(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const selected = operationName ? operations.find((operation) => operation.name?.value === operationName) : operations[0];
  return { ...document, definitions: document.definitions.filter((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition === selected) };
}

export function queryCostLimit(maxQueryCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let complexity: number;
      try {
        ({ complexity } = complexityFromQuery(selectedOperation(args.document, args.operationName), {
          schema: args.schema,
          ctx: args.contextValue as object,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
        }));
      } catch {
        return; // variables that do not fit the operation: execution refuses them with its own error
      }
      if (complexity > maxQueryCost) setResultAndStopExecution({ errors: [queryTooCostly(complexity, maxQueryCost)] });
    },
  };
}
