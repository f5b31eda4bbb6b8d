/**
 * The explorer's only way to the service: a POST of `application/json` to the GraphQL endpoint.
 * JSON bodies are preflighted by browsers, so the server's CSRF prevention accepts them without a
 * custom header, and cross-origin pages need only the origin in the server's CORS allow-list.
 */
export interface GraphQLClient {
  readonly endpoint: string;
  request<Data>(query: string, variables?: Record<string, unknown>): Promise<Data>;
}

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
    async request<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
          body: JSON.stringify({ query, variables }),
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
