/**
 * Bounds on the work a document causes before any field resolves: planning, compiling and the
 * memory the compiled forms keep.
 *
 * - A document whose expanded size (fragments expanded, abstract selections once per possible
 *   type: see `src/schema/document-expansion.ts`) passes `maxExpandedFields` is refused during
 *   validation with `QUERY_TOO_COMPLEX` (HTTP 400).
 * - graphql-jit compiles a document into code specialised for every possible type, so its compile
 *   time and memory grow with the expanded size (about 0.3 ms and 30 KB per expanded field while
 *   compiling): a 250-byte query nesting `... on Entity { replacedBy { … } }` five levels expands
 *   to 1.2 million fields and took the process down. Only documents expanding to at most
 *   `JIT_MAX_EXPANSION` fields are compiled; any other runs on graphql-js's executor, whose work
 *   follows the objects actually resolved (which the cost limit bounds), not the possible types.
 * - Parsed documents (and with them, through weak references, their validation results and
 *   compiled forms) are kept in a cache bounded by an estimate of their bytes, not by their number.
 */
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type execute,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { expandedSizeWithRepeats, hasFragmentCycle, operationsExpandedSize, queryTooComplex } from '../../schema/document-expansion.js';

/**
 * The largest expanded size graphql-jit compiles (measured: 211 fields compile in about 20 ms to
 * about 100 KB of code; every example query in the README expands to under 50).
 */
export const JIT_MAX_EXPANSION = 300;

/**
 * Refuses, during validation, every operation whose expanded size passes the limit. A document
 * whose fragments spread themselves is left to graphql-js's own rule, which says so.
 */
export function documentExpansionLimit(maxExpandedFields: number): Plugin {
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

/**
 * graphql-jit for the queries and mutations it compiles cheaply; graphql-js for the rest (and for
 * subscriptions, which are few and long-lived).
 *
 * Not @envelop/graphql-jit: it pins graphql-jit 0.8.7, whose memoised `joinOriginPaths` keeps
 * every compiled document's paths forever (zalando-incubator/graphql-jit#287, fixed in 0.8.9): a
 * heap of 128 MB ran out after about 2,000 distinct documents even with every cache bounded.
 */
export function boundedJit(): Plugin {
  // Compiled once per document and operation; a document lives as long as the parse cache keeps
  // it (the response cache's copy with `__typename` added, as long as the original).
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (args: ExecutionArgs): CompiledQuery | null => {
    let byOperation = compiled.get(args.document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(args.document, byOperation);
    }
    const key = args.operationName ?? '';
    let entry = byOperation.get(key);
    if (entry === undefined) {
      entry = null;
      if (expandedSizeWithRepeats(args.schema, args.document, args.operationName, JIT_MAX_EXPANSION) <= JIT_MAX_EXPANSION) {
        const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
        // A document graphql-jit cannot compile runs on graphql-js, which answers any error itself.
        if (isCompiledQuery(result)) entry = result;
      }
      byOperation.set(key, entry);
    }
    return entry;
  };
  const executeBounded = (args: ExecutionArgs, fallback: typeof execute) => {
    const query = compiledFor(args);
    if (!query) return fallback(args);
    // Variables graphql-jit refuses never reach a resolver (no `data`): graphql-js refuses them
    // again, with its clearer message and HTTP 400, as for every other document.
    const refused = (result: ExecutionResult) => !('data' in result) && (result.errors?.length ?? 0) > 0;
    // yoga serialises with the compiled stringifier when the result carries one.
    const answer = (result: ExecutionResult) => (refused(result) ? fallback(args) : Object.assign(result, { stringify: query.stringify }));
    const result = query.query(args.rootValue, args.contextValue, args.variableValues);
    return result instanceof Promise ? result.then(answer) : answer(result);
  };
  return {
    onExecute({ executeFn, setExecuteFn }) {
      // The executor yoga would use otherwise (graphql-js's, with yoga's handling of its errors).
      setExecuteFn(((args: ExecutionArgs) => executeBounded(args, executeFn as typeof execute)) as typeof execute);
    },
  };
}

// What a cached document holds, estimated high (measured on this schema, heap after GC: a
// document and its validation result about 12 KB plus 40 bytes per character of source; a
// compiled one about 50 KB more plus 0.5 KB per expanded field). Too high an estimate only
// makes the cache hold fewer documents; too low would let it outgrow its bound.
const BYTES_PER_DOCUMENT = 16 * 1024;
const BYTES_PER_SOURCE_CHARACTER = 64;
const BYTES_PER_COMPILED_OPERATION = 64 * 1024;
/** Per expanded field, doubled: the response cache compiles its copy of the document with `__typename` added everywhere. */
const BYTES_PER_COMPILED_FIELD = 1024;

/**
 * yoga's parse (and, through it, validation and compile) cache, bounded by bytes: each document
 * counts its source, its syntax tree, and the compiled code it will have if it is small enough to
 * be compiled. Documents refused by the parser are kept in a smaller cache of the same kind.
 */
export function boundedParserCache(schema: GraphQLSchema, maxBytes: number) {
  const documentCache = new LRUCache<string, DocumentNode>({
    maxSize: maxBytes,
    sizeCalculation(document, source) {
      const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      // Every operation may be compiled (one per operation name); each is measured up to the budget.
      let compiled = 0;
      for (const operation of operations) {
        const size = operationsExpandedSize(schema, document, [operation], JIT_MAX_EXPANSION);
        if (size <= JIT_MAX_EXPANSION) compiled += BYTES_PER_COMPILED_OPERATION + size * BYTES_PER_COMPILED_FIELD;
      }
      return BYTES_PER_DOCUMENT + source.length * BYTES_PER_SOURCE_CHARACTER + compiled;
    },
  });
  const errorCache = new LRUCache<string, object>({
    maxSize: Math.max(1, Math.floor(maxBytes / 8)),
    sizeCalculation: (_error, source) => 2 * 1024 + source.length * 2,
  });
  return { documentCache, errorCache };
}
