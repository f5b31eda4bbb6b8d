/**
 * The explorer's only way to the service: a POST of `application/json` to the GraphQL endpoint.
 * JSON bodies are preflighted by browsers, so the server's CSRF prevention accepts them without a
 * custom header, and cross-origin pages need only the origin in the server's CORS allow-list.
 *
 * It sends each operation as a trusted document: its `documentId` (codegen puts it in the typed
 * document's `__meta__.hash`; the server's manifest lists it), not its text, so the explorer and the
 * widget work on a service with TRUSTED_DOCUMENTS=only. A service that does not know the id (an
 * older or newer one, or one with TRUSTED_DOCUMENTS=off) gets the text once more.
 */
import type { TypedDocumentString } from './graphql/graphql.js';

export interface GraphQLClient {
  readonly endpoint: string;
  /** Sends a typed document (src/explorer/queries.ts): its variables and its answer are typed from the schema. */
  request<Data, Variables>(document: TypedDocumentString<Data, Variables>, ...variables: VariablesArgument<Variables>): Promise<Data>;
}

/** No variables argument for an operation without variables; a required one otherwise. */
type VariablesArgument<Variables> = Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponseBody<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Codes of a service that cannot run this id, though it may run the text (error codes: src/schema/errors.ts). */
const ID_NOT_RUN = new Set(['TRUSTED_DOCUMENT_NOT_FOUND', 'TRUSTED_DOCUMENTS_DISABLED']);

export function createGraphQLClient(endpoint: string): GraphQLClient {
  async function send<Data>(payload: Record<string, unknown>): Promise<{ response: Response; body: GraphQLResponseBody<Data> }> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify(payload),
      });
    } catch (error) {
      throw new GraphQLRequestError(`Cannot reach ${endpoint}: ${error instanceof Error ? error.message : String(error)}`, 'NETWORK');
    }
    return { response, body: (await response.json().catch(() => ({}))) as GraphQLResponseBody<Data> };
  }

  return {
    endpoint,
    async request<Data, Variables>(document: TypedDocumentString<Data, Variables>, ...[variables]: VariablesArgument<Variables>) {
      const documentId = document.__meta__?.['hash'] as string | undefined;
      let answer = await send<Data>(
        documentId ? { documentId, variables: variables ?? {} } : { query: document.toString(), variables: variables ?? {} },
      );
      if (documentId && ID_NOT_RUN.has(answer.body.errors?.[0]?.extensions?.code ?? '')) {
        answer = await send<Data>({ query: document.toString(), variables: variables ?? {} });
      }
      const { response, body } = answer;
      const [first] = body.errors ?? [];
      if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
      if (!response.ok || !body.data) throw new GraphQLRequestError(`The service answered HTTP ${response.status}`, undefined);
      return body.data;
    },
  };
}
