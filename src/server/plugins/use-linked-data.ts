/**
 * Serves one entity as JSON-LD: `GET /entities/{id}.jsonld`, where `{id}` is the entity's GraphQL
 * `id` (percent-encoded or not: a global ID may hold `/`). The document is the data layer's
 * (`src/data/linked-data/json-ld.ts`), the same as the `jsonLd` field's, so a portal can fetch it
 * here or in a query.
 *
 * Refuses what GraphQL would: a malformed ID is 400 (BAD_USER_INPUT), an ID no entity has is 404
 * (NOT_FOUND), a caller without the `read` scope when reads need a key is 403 (FORBIDDEN), another
 * method than GET or HEAD is 405; every refusal has a JSON error body. Answers carry an ETag (the
 * graph's version and a digest of the document) and a matching `If-None-Match` gets 304.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { scopeIncludes } from '../../data/curation.js';
import { type EntityKind, nodeId, type Store } from '../../data/index.js';
import { entityJsonLd } from '../../data/linked-data/json-ld.js';
import { type ApiErrorCode, errorResponseBody } from '../../schema/errors.js';
import { decodeGlobalID } from '../../schema/global-id.js';
import { ACTOR, type AuthenticatedServerContext, CLIENT_ADDRESS, guardedKeyCheck, type KeyGuardOptions } from '../key-guard.js';

export const LINKED_DATA_PATH = '/entities/';
export const JSON_LD_EXTENSION = '.jsonld';
export const JSON_LD_CONTENT_TYPE = 'application/ld+json; charset=utf-8';

export interface LinkedDataOptions {
  store: Store;
  /** Whether reading needs an API key with the `read` scope (as for GraphQL). */
  readRequiresKey?: boolean;
  /** Checks a presented key when the request arrives without its actor (only needed with `readRequiresKey`). */
  keyGuard?: Omit<KeyGuardOptions, 'store'>;
  /** The base IRI of entities without a URI of their own (default `urn:it-ops-kg:`). */
  base?: string;
}

/** The path of an entity's JSON-LD document, from its GraphQL `id`. */
export function jsonLdPath(globalId: string): string {
  return `${LINKED_DATA_PATH}${encodeURIComponent(globalId)}${JSON_LD_EXTENSION}`;
}

export function useLinkedData(options: LinkedDataOptions): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(LINKED_DATA_PATH)) return;
      const json = (status: number, body: string, headers: Record<string, string> = {}) =>
        endResponse(new fetchAPI.Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } }));
      const refuse = (status: number, code: ApiErrorCode, message: string) => json(status, errorResponseBody(code, message));
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return json(405, JSON.stringify({ errors: [{ message: 'Only GET and HEAD are answered here' }] }), { allow: 'GET, HEAD' });
      }

      const context = (serverContext ?? {}) as AuthenticatedServerContext & Record<string, unknown>;
      let actor = context[ACTOR] ?? null;
      if (options.readRequiresKey) {
        if (!(ACTOR in context) && options.keyGuard) {
          const guarded = await guardedKeyCheck(
            { ...options.keyGuard, store: options.store },
            context[CLIENT_ADDRESS] ?? 'unknown',
            request.headers.get('authorization'),
          );
          if (guarded.refusal) {
            const answer = guarded.refusal;
            return endResponse(new fetchAPI.Response(answer.body, { status: answer.status, headers: answer.headers }));
          }
          actor = guarded.actor;
          context[ACTOR] = actor;
        }
        if (!actor || !scopeIncludes(actor.scope, 'read')) return refuse(403, 'FORBIDDEN', 'Reading needs an API key with the read scope');
      }

      const rest = url.pathname.slice(LINKED_DATA_PATH.length);
      if (!rest.endsWith(JSON_LD_EXTENSION))
        return refuse(404, 'NOT_FOUND', `Entities are served at ${LINKED_DATA_PATH}{id}${JSON_LD_EXTENSION}`);
      let globalId: string;
      let storeId: string;
      try {
        globalId = decodeURIComponent(rest.slice(0, -JSON_LD_EXTENSION.length));
        const { typename, id } = decodeGlobalID(globalId);
        storeId = nodeId(typename as EntityKind, id);
      } catch {
        return refuse(
          400,
          'BAD_USER_INPUT',
          `"${rest.slice(0, -JSON_LD_EXTENSION.length)}" is not a valid ID: use an \`id\` value returned by this API`,
        );
      }
      const [node] = await options.store.nodesByIds([storeId]);
      if (!node) return refuse(404, 'NOT_FOUND', `No entity has the ID "${globalId}"`);

      const version = await options.store.graphVersion();
      const body = JSON.stringify(await entityJsonLd(options.store, node, options.base ? { base: options.base } : {}));
      const etag = `"${version}-${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const headers = {
        'content-type': JSON_LD_CONTENT_TYPE,
        etag,
        'cache-control': `${actor ? 'private' : 'public'}, max-age=0, must-revalidate`,
        vary: 'Authorization',
        'x-content-type-options': 'nosniff',
      };
      if (request.headers.get('if-none-match') === etag) return endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      return endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        }),
      );
    },
  };
}
