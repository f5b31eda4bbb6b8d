/**
 * yoga's cache of parsed documents (and, through weak references, their validation results and
 * compiled forms), bounded by an estimate of the bytes they hold, not by their number.
 */
import { type DocumentNode, type GraphQLSchema, Kind } from 'graphql';
import { LRUCache } from 'lru-cache';
import { operationsExpandedSize } from '../../schema/document-expansion.js';
import { JIT_MAX_EXPANSION } from './use-bounded-jit.js';

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
