/**
 * A response cache for queries (@graphql-yoga/plugin-response-cache) that can never serve a stale
 * answer: each entry's key includes the graph's version, which every change moves on (mutations,
 * seeding, imports, changes made by another process on the same store), and the scope the caller's
 * key has now (read from the actor the request carries, checked once per request by
 * `use-authentication.ts`, so a revoked key loses its answers at once).
 */
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Store } from '../../data/index.js';
import { isCacheableOperation } from '../cacheable.js';
import { byteBoundedResponseStore } from './byte-bounded-response-store.js';
import { actorOf } from './use-authentication.js';

/** Bytes the cached responses may hold in all (estimated from their JSON). */
export const RESPONSE_CACHE_BYTES = 32 * 1024 * 1024;

/** How long an entry lives at most; changes make it unreachable sooner. */
const TTL_MS = 5 * 60_000;

export function useVersionedResponseCache(store: Store): Plugin {
  // Executions whose answers must not be kept (see `cacheable.ts`), marked before the cache sees them.
  const uncacheable = new WeakSet<object>();
  const responseCache = useResponseCache({
    ttl: TTL_MS,
    cache: byteBoundedResponseStore(RESPONSE_CACHE_BYTES),
    // The version is read per request (one cheap store call); the key never outlives a change.
    session: async (_request, serverContext) => `${actorOf(serverContext)?.scope ?? '-'}:${await store.graphVersion()}`,
    invalidateViaMutation: false,
    // Entries are never invalidated one by one (the version does it), so the cache need not add
    // `id` to every selection to track entities (which would also raise every query's cost).
    idFields: [],
    // A conditional request (If-None-Match) would be answered 304 from an entry of an older graph
    // version; such requests are answered afresh instead. Mutations and reads of non-graph state
    // are neither looked up nor kept (before the fix a second identical createApiKey got the
    // first one's secret).
    enabled: (request, context) => !request.headers.has('if-none-match') && !uncacheable.has(context as object),
    includeExtensionMetadata: false,
  }) as Plugin;
  return {
    // Added after this plugin, so that `onExecute` below has marked the execution when the cache's runs.
    onPluginInit({ addPlugin }) {
      addPlugin(responseCache);
    },
    onExecute({ args }) {
      if (!isCacheableOperation(args.schema, args.document, args.operationName)) uncacheable.add(args.contextValue as object);
    },
  };
}
