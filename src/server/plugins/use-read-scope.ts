/**
 * One read scope per request (see `src/data/read-model/read-scope.ts`): the store's reads during a
 * request share one check of the graph's version and see one version of the graph. The scope ends
 * when the response is ready; an event stream's later reads check the version each time.
 */
import type { Plugin } from 'graphql-yoga';
import { inReadScope } from '../../data/index.js';

export function useReadScope(): Plugin {
  return {
    instrumentation: {
      request: (_payload, handle) => inReadScope(handle),
    },
  };
}
