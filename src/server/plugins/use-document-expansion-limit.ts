/**
 * Refuses, during validation, a document whose expanded size (fragments expanded, abstract
 * selections once per possible type: see `src/schema/document-expansion.ts`) passes
 * `maxExpandedFields`, with `QUERY_TOO_COMPLEX` (HTTP 400): what planning and compiling a query
 * costs, as the query cost is what executing it costs.
 */
import type { OperationDefinitionNode, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hasFragmentCycle, operationsExpandedSize, queryTooComplex } from '../../schema/document-expansion.js';

/**
 * Refuses, during validation, every operation whose expanded size passes the limit. A document
 * whose fragments spread themselves is left to graphql-js's own rule, which says so.
 */
export function useDocumentExpansionLimit(maxExpandedFields: number): Plugin {
  const rule = (context: ValidationContext) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      if (hasFragmentCycle(context.getDocument())) return;
      if (operationsExpandedSize(context.getSchema(), context.getDocument(), [operation], maxExpandedFields) > maxExpandedFields) {
        context.reportError(queryTooComplex(maxExpandedFields));
      }
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
