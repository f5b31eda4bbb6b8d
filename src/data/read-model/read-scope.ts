/**
 * A read scope: the reads of one request share one check of the graph's version. The first read in
 * a scope asks the store for its version (one round-trip) and pins the snapshot of that version;
 * every later read in the scope is answered from that snapshot, without asking again, so a request
 * sees one consistent version of the graph. A write in the scope unpins it (the request's next read
 * sees its own write). The scope closes when the function run in it settles: a subscription's later
 * events, which outlive it, check the version again for each read.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export class ReadScope {
  /** The pinned snapshot per read model (a process may hold several stores). */
  readonly pins = new Map<object, Promise<unknown>>();
  open = true;
}

const scopes = new AsyncLocalStorage<ReadScope>();

/** The open scope the caller runs in, if any. */
export function currentReadScope(): ReadScope | undefined {
  const scope = scopes.getStore();
  return scope?.open ? scope : undefined;
}

/**
 * Runs `work` in a read scope: a new one, or the caller's when it already runs in an open one (the
 * Node listener's scope spans the GraphQL pipeline's).
 */
export async function inReadScope<T>(work: () => T | Promise<T>): Promise<T> {
  if (currentReadScope()) return work();
  const scope = new ReadScope();
  return scopes.run(scope, async () => {
    try {
      return await work();
    } finally {
      scope.open = false;
      scope.pins.clear();
    }
  });
}
