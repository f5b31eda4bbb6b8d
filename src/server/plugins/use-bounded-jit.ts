/**
 * graphql-jit for the documents it compiles cheaply, graphql-js for the rest.
 *
 * graphql-jit compiles a document into code specialised for every possible type, so its compile
 * time and memory grow with the expanded size (fragments expanded, abstract selections once per
 * possible type: see `src/schema/document-expansion.ts`; about 0.3 ms and 30 KB per expanded field
 * while compiling): a 250-byte query nesting `... on Entity { replacedBy { … } }` five levels
 * expands to 1.2 million fields and took the process down. Only documents expanding to at most
 * `JIT_MAX_EXPANSION` fields are compiled; any other runs on graphql-js's executor, whose work
 * follows the objects actually resolved (which the cost limit bounds), not the possible types.
 * (The other bounds on a document's work: `use-document-expansion-limit.ts`, `bounded-parser-cache.ts`.)
 */
import type { DocumentNode, ExecutionArgs, ExecutionResult, execute } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { expandedSizeWithRepeats } from '../../schema/document-expansion.js';

/**
 * The largest expanded size graphql-jit compiles (measured: 211 fields compile in about 20 ms to
 * about 100 KB of code; every example query in the README expands to under 50).
 */
export const JIT_MAX_EXPANSION = 300;

/**
 * graphql-jit for the queries and mutations it compiles cheaply; graphql-js for the rest (and for
 * subscriptions, which are few and long-lived).
 *
 * Not @envelop/graphql-jit: it pins graphql-jit 0.8.7, whose memoised `joinOriginPaths` keeps
 * every compiled document's paths forever (zalando-incubator/graphql-jit#287, fixed in 0.8.9): a
 * heap of 128 MB ran out after about 2,000 distinct documents even with every cache bounded.
 */
export function useBoundedJit(): Plugin {
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
