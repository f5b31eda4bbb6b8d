/**
 * Cancels an operation that runs longer than the limit: its AbortSignal fires, so the executor
 * stops resolving further fields, and the client gets a clear error instead of waiting.
 */
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const EXECUTION_TIMEOUT = 'EXECUTION_TIMEOUT';

export function executionTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const timedOut = new GraphQLError(`Execution exceeded the time limit of ${timeoutMs.toLocaleString('en-US')} ms and was cancelled`, {
          extensions: { code: EXECUTION_TIMEOUT, http: { status: 504 } },
        });
        // graphql-yoga's executor (@graphql-tools/executor) honours `signal`, which graphql-js types lack.
        const { signal: requestSignal } = args as ExecutionArgs & { signal?: AbortSignal };
        const controller = new AbortController();
        const signal = requestSignal ? AbortSignal.any([requestSignal, controller.signal]) : controller.signal;
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            controller.abort(timedOut);
            resolve({ errors: [timedOut] });
          }, timeoutMs);
        });
        try {
          return await Promise.race([executeFn({ ...args, signal } as ExecutionArgs) as Promise<ExecutionResult>, deadline]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
