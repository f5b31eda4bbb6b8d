/**
 * The explorer's only way to the service: a POST of `application/json` to the GraphQL endpoint.
 * JSON bodies are preflighted by browsers, so the server's CSRF prevention accepts them without a
 * custom header, and cross-origin pages need only the origin in the server's CORS allow-list.
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

export function createGraphQLClient(endpoint: string): GraphQLClient {
  return {
    endpoint,
    async request<Data, Variables>(document: TypedDocumentString<Data, Variables>, ...[variables]: VariablesArgument<Variables>) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
          body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        });
      } catch (error) {
        throw new GraphQLRequestError(`Cannot reach ${endpoint}: ${error instanceof Error ? error.message : String(error)}`, 'NETWORK');
      }
      const body = (await response.json().catch(() => ({}))) as GraphQLResponseBody<Data>;
      const [first] = body.errors ?? [];
      if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
      if (!response.ok || !body.data) throw new GraphQLRequestError(`The service answered HTTP ${response.status}`, undefined);
      return body.data;
    },
  };
}
