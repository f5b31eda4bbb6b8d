/**
 * A cap on the subscriptions open at once (each holds a connection and ~56 KB): one more is refused
 * with 503, `Retry-After` and a coded error, and the count goes down as each one ends however it
 * ends (client gone, shutdown, failure to start). Counted where subscriptions are made, so it
 * holds for every transport (server-sent events, multipart) and for `yoga.fetch`.
 */
import { setMaxListeners } from 'node:events';
import type { Plugin } from 'graphql-yoga';
import { codedError } from '../../schema/errors.js';
import type { GraphChangeEventTarget } from '../../schema/graph-changes.js';

/** Seconds a refused client is told to wait before trying again. */
const RETRY_AFTER_SECONDS = 30;

export function useEventStreamLimit(maxEventStreams: number): Plugin & { openStreams(): number } {
  let open = 0;
  return {
    openStreams: () => open,
    onSubscribe({ subscribeFn, setSubscribeFn, setResultAndStopExecution }) {
      if (open >= maxEventStreams) {
        setResultAndStopExecution({
          errors: [
            codedError(
              'TOO_MANY_EVENT_STREAMS',
              `Too many open event streams (the limit is ${maxEventStreams}); try again in ${RETRY_AFTER_SECONDS} s.`,
              {},
              { 'retry-after': String(RETRY_AFTER_SECONDS) },
            ),
          ],
        });
        return;
      }
      open++;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        open--;
      };
      // A subscription that fails to start ends here, before any result hook runs.
      setSubscribeFn(async (args) => {
        try {
          const result = await subscribeFn(args);
          if (!(Symbol.asyncIterator in Object(result))) release();
          return result;
        } catch (error) {
          release();
          throw error;
        }
      });
      return {
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in Object(result))) {
            release();
            return;
          }
          return { onEnd: release };
        },
      };
    },
  };
}

/**
 * The in-process change channel: one listener per open subscription is expected, up to the cap,
 * so Node's leak warning (at 11 listeners) would fire on every busy server. Set to the cap, it
 * fires only if listeners outlive their subscriptions: a real leak.
 */
export function localChangeTarget(maxEventStreams: number): GraphChangeEventTarget {
  const target = new EventTarget();
  setMaxListeners(maxEventStreams + 1, target);
  return target as unknown as GraphChangeEventTarget;
}
