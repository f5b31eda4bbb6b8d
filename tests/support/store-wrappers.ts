/** Stores wrapped for tests and benchmarks: calls counted, or some methods replaced (no test framework needed). */
import type { Store } from '../../src/data/index.js';

/**
 * Wraps a store so that every call to it is counted: each store method is one round-trip, so
 * this measures how a query's round-trips grow.
 */
export function countingStore(store: Store): { store: Store; calls: () => number; reset: () => void; log: string[] } {
  const log: string[] = [];
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        log.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: counted, calls: () => log.length, reset: () => void log.splice(0), log };
}

/** The store with some methods replaced (a slow or failing store); the others call the store itself. */
export function alteredStore(store: Store, changes: Partial<Record<keyof Store, (...args: never[]) => Promise<unknown>>>): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const change = changes[property as keyof Store];
      if (change) return change;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
