/**
 * Where the response cache keeps its entries: an LRU bounded by the bytes the entries hold, not by
 * their number (the plugin's own store keeps 1,000 entries whatever their size, so 1,000 large
 * answers could hold gigabytes).
 */
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * Bytes an answer keeps in memory per character of its JSON (objects, arrays and strings as V8
 * holds them take about two to three times their serialised length).
 */
const BYTES_PER_JSON_CHARACTER = 3;
const BYTES_PER_ENTRY = 512;

export function byteBoundedResponseStore(maxBytes: number): Cache {
  const responses = new LRUCache<string, ExecutionResult>({
    maxSize: maxBytes,
    sizeCalculation: (result, key) => BYTES_PER_ENTRY + key.length * 2 + JSON.stringify(result).length * BYTES_PER_JSON_CHARACTER,
    allowStale: false,
  });
  return {
    set(id, result, _entities, ttl) {
      responses.set(id, result, Number.isFinite(ttl) && ttl > 0 ? { ttl } : {});
    },
    get(id) {
      return responses.get(id);
    },
    // Entries are not tracked per entity; dropping them all is always correct.
    invalidate() {
      responses.clear();
    },
  };
}
