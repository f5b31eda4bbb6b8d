/**
 * The service's resource limits and their defaults: one table, read by the server, the
 * configuration (each has an environment variable) and the README.
 */
export interface Limits {
  /** Deepest field nesting a query may have (a Relay query needs about 3 levels per relationship). */
  maxDepth: number;
  /** Most aliases in one query (an alias repeats a field: the alias bomb). */
  maxAliases: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
  /** Most directives in one document. */
  maxDirectives: number;
  /** Highest query cost: page sizes multiplied down the tree (see `src/schema/query-cost.ts`). */
  maxQueryCost: number;
  /**
   * Most field selections a query may expand to once its fragments are expanded and each selection
   * on an interface or union is counted once per possible type (see
   * `src/schema/document-expansion.ts`): what planning and compiling a query costs, as the query
   * cost is what executing it costs.
   */
  maxExpandedFields: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** How long one operation may execute, in milliseconds, before it is cancelled. */
  executionTimeoutMs: number;
  /** Most `graphChanged` subscriptions (event streams) open at once; one more is refused with 503. */
  maxEventStreams: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 50,
  maxQueryCost: 10_000,
  maxExpandedFields: 50_000,
  maxBodyBytes: 1_000_000,
  executionTimeoutMs: 10_000,
  maxEventStreams: 500,
};

/** The environment variable that sets each limit. */
export const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  maxDepth: 'MAX_DEPTH',
  maxAliases: 'MAX_ALIASES',
  maxTokens: 'MAX_TOKENS',
  maxDirectives: 'MAX_DIRECTIVES',
  maxQueryCost: 'MAX_QUERY_COST',
  maxExpandedFields: 'MAX_EXPANDED_FIELDS',
  maxBodyBytes: 'MAX_BODY_BYTES',
  executionTimeoutMs: 'EXECUTION_TIMEOUT_MS',
  maxEventStreams: 'MAX_EVENT_STREAMS',
};
