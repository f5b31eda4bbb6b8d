/**
 * Cancels an operation that runs longer than the limit: the client gets a clear error instead of
 * waiting, the operation's store becomes unusable, so no further field reaches the database, and
 * the long loops of the analyses (which receive the deadline through the context) stop.
 *
 * The limit is enforced by the clock, not by a timer alone: on the SQLite store an operation runs
 * synchronously from one store call to the next, so a timer cannot fire until the operation has
 * finished. Every store call and every loop step reads the clock instead, and an operation that
 * finished past its deadline answers the timeout error, not its (late) data.
 * (Cancelling through the store works whatever executes the operation, the compiled executor too.)
 */
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Deadline } from '../../data/deadline.js';
import { type Store, WRAPPED_STORE } from '../../data/store/store.js';
import type { GraphQLContext } from '../../schema/context.js';
import { codedError } from '../../schema/errors.js';

export function useExecutionTimeout(timeoutMs: number): Plugin {
  // Made only when needed: an error captures a stack trace, too dear for every request.
  const timedOut = () =>
    codedError('EXECUTION_TIMEOUT', `Execution exceeded the time limit of ${timeoutMs.toLocaleString('en-US')} ms and was cancelled`);
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const context = args.contextValue as GraphQLContext;
        const deadline = Deadline.after(timeoutMs, timedOut);
        context.deadline = deadline;
        context.store = cancellable(context.store, deadline);
        let timer: NodeJS.Timeout | undefined;
        // Answers at the deadline when the operation waits on something asynchronous (PostgreSQL, a slow store).
        const late = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            deadline.expire();
            resolve({ errors: [deadline.error as GraphQLError] });
          }, timeoutMs);
        });
        try {
          const result = await Promise.race([executeFn(args) as Promise<ExecutionResult>, late]);
          // Finished, but past the deadline (synchronous work kept the timer from firing): the
          // operation was cut short somewhere, so its data is not to be trusted as complete.
          if (deadline.expired) return { errors: [deadline.error as GraphQLError] };
          return result;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}

/** The store, refusing every call once the deadline has passed. */
function cancellable(store: Store, deadline: Deadline): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === WRAPPED_STORE) return target;
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (deadline.expired) return Promise.reject(deadline.error!);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
