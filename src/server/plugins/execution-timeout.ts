/**
 * Cancels an operation that runs longer than the limit: the client gets a clear error instead of
 * waiting, and the operation's store becomes unusable, so no further field reaches the database.
 * (Cancelling through the store works whatever executes the operation, the compiled executor too.)
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { WRAPPED_STORE, type Store } from '../../data/store/store.js';
import type { GraphQLContext } from '../../schema/context.js';

export const EXECUTION_TIMEOUT = 'EXECUTION_TIMEOUT';

export function executionTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const context = args.contextValue as GraphQLContext;
        let timedOut: GraphQLError | undefined;
        context.store = cancellable(context.store, () => timedOut);
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            // Made only when needed: an error captures a stack trace, too dear for every request.
            timedOut = new GraphQLError(`Execution exceeded the time limit of ${timeoutMs.toLocaleString('en-US')} ms and was cancelled`, {
              extensions: { code: EXECUTION_TIMEOUT, http: { status: 504 } },
            });
            resolve({ errors: [timedOut] });
          }, timeoutMs);
        });
        try {
          return await Promise.race([executeFn(args) as Promise<ExecutionResult>, deadline]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}

/** The store, refusing every call once `cancelled` returns the reason. */
function cancellable(store: Store, cancelled: () => GraphQLError | undefined): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === WRAPPED_STORE) return target;
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const reason = cancelled();
        if (reason) return Promise.reject(reason);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
