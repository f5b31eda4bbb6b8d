/**
 * Trusted documents (`TRUSTED_DOCUMENTS`), through @graphql-yoga/plugin-persisted-operations:
 * - `allow` (default): a request may name a trusted document by its `documentId` (the
 *   GraphQL-over-HTTP persisted-documents appendix: `{"documentId": "sha256:…", "variables": …}` in
 *   a POST JSON body, or `?documentId=sha256:…&variables=…` in a GET, which the answer cache keeps
 *   like any GET) or send any document's text as before;
 * - `only`: a request must name a trusted document; a text is refused (TRUSTED_DOCUMENT_REQUIRED)
 *   in `onParams`, before it is parsed, validated or costed;
 * - `off`: ids are refused (TRUSTED_DOCUMENTS_DISABLED); texts run as before.
 * An id the manifest lacks is TRUSTED_DOCUMENT_NOT_FOUND, whatever the mode that accepts ids.
 * A request naming no document (no text, a blank one, no id) is refused with a 400 saying what to
 * send. Under `allow`, a text sent beside an id runs when it is that document's text, else is refused.
 *
 * It must come before every plugin that reads the document's text in `onParams` (the response
 * cache keys on it): the plugin puts the trusted text in the params there.
 */
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { badRequestError, codedError } from '../../schema/errors.js';
import type { TrustedDocuments, TrustedDocumentsMode } from '../trusted-documents.js';

/** The id a request names: `documentId` in a JSON body, or in the query string of a GET. */
export function documentIdOf(params: GraphQLParams, request: Request): string | null {
  const fromBody = (params as { documentId?: unknown }).documentId;
  if (typeof fromBody === 'string') return fromBody;
  if (request.method !== 'GET') return null;
  const queryStart = request.url.indexOf('?');
  return queryStart === -1 ? null : new URLSearchParams(request.url.slice(queryStart + 1)).get('documentId');
}

/** The answer to a request that names no document at all (no text, or only blanks, and no id). */
function noDocument(mode: TrustedDocumentsMode) {
  return mode === 'only'
    ? codedError(
        'TRUSTED_DOCUMENT_REQUIRED',
        'The request names no document: this service runs only trusted documents (TRUSTED_DOCUMENTS=only), send the `documentId` of a document in its manifest.',
      )
    : badRequestError('The request names no document: send its text as `query`, or the `documentId` of a trusted document.');
}

/** Ids are short; an unknown one is echoed in the error only up to this length. */
const ECHOED_ID_LENGTH = 80;

export function useTrustedDocuments(mode: TrustedDocumentsMode, documents: TrustedDocuments): Plugin {
  if (mode === 'off') {
    return {
      onParams({ params, request }) {
        if (documentIdOf(params, request) !== null) {
          throw codedError(
            'TRUSTED_DOCUMENTS_DISABLED',
            'This service does not run documents by id (TRUSTED_DOCUMENTS=off): send the document’s text as `query`.',
          );
        }
      },
    };
  }
  const persisted = usePersistedOperations({
    allowArbitraryOperations: mode === 'allow',
    extractPersistedOperationId: documentIdOf,
    getPersistedOperation: (id) => documents.get(id) ?? null,
    customErrors: {
      persistedQueryOnly: () =>
        codedError(
          'TRUSTED_DOCUMENT_REQUIRED',
          'This service runs only trusted documents (TRUSTED_DOCUMENTS=only): send the `documentId` of a document in its manifest, not the text.',
        ),
      // Never reached through the wrapper below, which answers a request without text or id itself;
      // kept so that the plugin's own default (a 200 with a plugin-internal message) cannot appear.
      keyNotFound: () => noDocument(mode),
      notFound: ({ params, request }) => {
        const id = documentIdOf(params, request) ?? '';
        const shown = id.length > ECHOED_ID_LENGTH ? `${id.slice(0, ECHOED_ID_LENGTH)}…` : id;
        return codedError('TRUSTED_DOCUMENT_NOT_FOUND', `No trusted document has the id "${shown}".`);
      },
    },
  }) as Plugin;
  return {
    ...persisted,
    onParams(payload) {
      const { params, request, setParams } = payload;
      const id = documentIdOf(params, request);
      // A blank text is no text (the plugin would look for an id and answer 200 with its own error).
      const text = typeof params.query === 'string' && params.query.trim() !== '' ? params.query : null;
      if (text === null && id === null) throw noDocument(mode);
      if (text === null && params.query != null) {
        const { query: _blank, ...rest } = params;
        setParams(rest);
        return persisted.onParams?.({ ...payload, params: rest });
      }
      // Both a text and an id (a migrating client sending a hash beside its text, as the appendix's
      // note on persisting suggests): the same document runs; different ones are refused, since
      // which one the client meant cannot be known. Under `only` a text is refused anyway.
      if (mode === 'allow' && text !== null && id !== null) {
        if (documents.get(id) !== text) {
          throw badRequestError(
            'The request sends both `documentId` and `query`, and `query` is not the text of the trusted document with that id: send only one of them.',
          );
        }
        setParams({ query: text, operationName: params.operationName, variables: params.variables, extensions: params.extensions });
        return;
      }
      return persisted.onParams?.(payload);
    },
  };
}
