/**
 * CSRF prevention (@graphql-yoga/plugin-csrf-prevention): a request a browser could send cross-site
 * without a CORS preflight (a GET, or a POST of a form or plain text) must carry one of
 * `CSRF_HEADERS`, which only a script can set; otherwise it is refused with 403.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';

/** Headers that mark a request as sent by a script, not a cross-site form or link. */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

export function useCsrfPrevention(): Plugin {
  return useCSRFPrevention({ requestHeaders: CSRF_HEADERS }) as Plugin;
}

const rule = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });

/**
 * Whether the plugin would refuse a request with these headers: its own rule, asked directly (for
 * the answers kept in front of the pipeline, which must refuse what the pipeline refuses).
 */
export function csrfPreventionRefuses(headers: Pick<Headers, 'get' | 'has'>): boolean {
  try {
    (rule.onRequestParse as (payload: { request: { headers: Pick<Headers, 'get' | 'has'> } }) => void)({ request: { headers } });
    return false;
  } catch {
    return true;
  }
}
