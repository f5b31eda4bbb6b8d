/**
 * Sending GraphQL operations in tests: typed documents from codegen (`graphql()` from tests/graphql)
 * or plain text, to the service in process (`yoga.fetch`) or over HTTP (a URL), with or without an
 * API key. Every spec sends its operations through this one client.
 */
import { expect } from 'vitest';

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A typed document from codegen (`documentMode: 'string'`), or plain query text (hostile or generated documents). */
export type Operation<Data, Variables> = { toString(): string; __apiType?: (variables: Variables) => Data } | string;

export interface RequestOptions {
  /** An API key, sent as `authorization: Bearer <key>`. */
  key?: string | undefined;
  /** More request headers (they win over the client's own). */
  headers?: Record<string, string>;
  /** To give up on the request (a client that goes away). */
  signal?: AbortSignal;
}

export interface GraphQLClient {
  /** POSTs an operation as JSON and returns the response as it came (status, headers, body). */
  post<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
    operation: Operation<Data, Variables>,
    variables?: Variables,
    options?: RequestOptions,
  ): Promise<Response>;
  /** POSTs an operation (accepting application/graphql-response+json) and returns the parsed body; throws unless the status is 200. */
  query<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
    operation: Operation<Data, Variables>,
    variables?: Variables,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Data>>;
  /**
   * The operation's data; throws on any error, so a test of a mutation's typed answer (a change or
   * a refusal union member) reads the answer itself.
   */
  data<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
    operation: Operation<Data, Variables>,
    variables?: Variables,
    options?: RequestOptions,
  ): Promise<Data>;
}

/** How the client reaches the service: a GraphQL URL (real HTTP), or a fetch-like function such as `yoga.fetch`. */
export type GraphQLTarget = string | ((init: RequestInit) => Promise<Response>);

export function graphqlClient(target: GraphQLTarget): GraphQLClient {
  const send = typeof target === 'string' ? (init: RequestInit) => fetch(target, init) : target;
  const post: GraphQLClient['post'] = (operation, variables, options = {}) =>
    send({
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query: operation.toString(), variables }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  const query: GraphQLClient['query'] = async (operation, variables, options = {}) => {
    const response = await post(operation, variables, {
      ...options,
      headers: { accept: 'application/graphql-response+json', ...options.headers },
    });
    const body = (await response.json()) as GraphQLResponse<never>;
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`);
    return body;
  };
  const data: GraphQLClient['data'] = async (operation, variables, options) => {
    const body = await query(operation, variables, options);
    if (!body.data || body.errors) throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
    return body.data;
  };
  return { post, query, data };
}

/** A response's body, typed as the answer to `operation` (for tests that read the response itself: status, headers). */
export async function answerOf<Data, Variables>(
  response: Response,
  _operation: Operation<Data, Variables>,
): Promise<GraphQLResponse<Data>> {
  return (await response.json()) as GraphQLResponse<Data>;
}

/**
 * The member of a union answer (a mutation's change or one of its refusals) when it is `typename`,
 * typed as that member; fails the test when it is another.
 */
export function expectTypename<Answer extends { __typename?: string }, Typename extends string>(
  answer: Answer,
  typename: Typename,
): Extract<Answer, { __typename?: Typename }> {
  expect(answer.__typename, JSON.stringify(answer)).toBe(typename);
  return answer as Extract<Answer, { __typename?: Typename }>;
}
