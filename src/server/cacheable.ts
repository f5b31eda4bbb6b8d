/**
 * Which operations' answers may be kept, for both caches (the response cache inside the pipeline
 * and the answers kept in front of it): queries only — a mutation is never answered from a cache,
 * or the second identical one would "succeed" without running — and only queries that read
 * nothing but the graph. Both caches key their entries by the graph's version, which every change
 * to the graph moves; state kept beside the graph (API keys) changes without moving it, so an
 * answer that includes any of it would go stale.
 */
import { type DocumentNode, type GraphQLSchema, getNamedType, getOperationAST, TypeInfo, visit, visitWithTypeInfo } from 'graphql';

/** Types whose data lives outside the graph version (see the module comment). */
const NON_GRAPH_TYPES = new Set(['ApiKey', 'NewApiKey']);

const readsNonGraphStateByDocument = new WeakMap<DocumentNode, boolean>();

/** Whether the answer to this operation may be kept by a cache keyed on the graph version. */
export function isCacheableOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): boolean {
  if (getOperationAST(document, operationName)?.operation !== 'query') return false;
  let reads = readsNonGraphStateByDocument.get(document);
  if (reads === undefined) {
    reads = false;
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const type = typeInfo.getType();
          if (type && NON_GRAPH_TYPES.has(getNamedType(type).name)) reads = true;
        },
      }),
    );
    readsNonGraphStateByDocument.set(document, reads);
  }
  return !reads;
}
