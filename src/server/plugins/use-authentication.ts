/**
 * Authentication, once per request: the API key or identity provider's token a request presents is checked where the request
 * first arrives — by the Node listener before its kept answers (`node-listener.ts`), or by this
 * plugin when the request reaches yoga without that check — and the outcome travels in the server
 * context (`ACTOR`, read with `actorOf`), where the response cache's session and the GraphQL
 * context read it. Nothing else looks the key up. The check itself, with the throttle of failed
 * checks, is `guardedKeyCheck` (`key-guard.ts`).
 */
import type { Plugin } from 'graphql-yoga';
import { ACTOR, clientAddressOf, guardedKeyCheck, type KeyGuardOptions } from '../key-guard.js';

export { ACTOR, actorOf } from '../key-guard.js';

/**
 * Checks the key of every GraphQL request the Node listener has not checked: in `onRequest` at the
 * GraphQL endpoint (before the body limit, CSRF prevention and GraphiQL answer), and, for a request
 * yoga also serves as GraphQL at another path (`/graphql/`, `…/graphql`), when it is parsed.
 */
export function useAuthentication(options: KeyGuardOptions & { graphqlEndpoint: string }): Plugin {
  const guard = async (
    request: Request,
    serverContext: Record<string, unknown> | undefined,
    endResponse: (response: Response) => void,
    fetchAPI: { Response: typeof Response },
  ) => {
    if (!serverContext || ACTOR in serverContext) return;
    const guarded = await guardedKeyCheck(options, clientAddressOf(serverContext), request.headers.get('authorization'));
    if (guarded.refusal) {
      const answer = guarded.refusal;
      endResponse(new fetchAPI.Response(answer.body, { status: answer.status, headers: answer.headers }));
      return;
    }
    serverContext[ACTOR] = guarded.actor;
  };
  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI, url }) {
      // Keys are checked only where GraphQL is served; nothing else reads them.
      if (url.pathname === options.graphqlEndpoint) await guard(request, serverContext as Record<string, unknown>, endResponse, fetchAPI);
    },
    async onRequestParse({ request, serverContext, endResponse, fetchAPI }) {
      await guard(request, serverContext as Record<string, unknown>, endResponse, fetchAPI);
    },
  };
}
