/**
 * The package's entry (`import { … } from 'it-ops-knowledge-graph'`): what a portal needs to embed
 * the knowledge graph in its own server. Built by `npm run build:library` into dist/library/ (one ES
 * module, packages left to node_modules, the curated content and the ESCO slice beside it) with
 * declarations in dist/types/; `package.json`'s `exports` map points here. Everything else under
 * src/ is internal: the repository's own code imports modules directly, never this file.
 */
export {
  DatabaseUrlError,
  DEFAULT_DATABASE_URL,
  type OpenedKnowledgeGraph,
  openKnowledgeGraph,
  parseDatabaseUrl,
  type Store,
  type StoreLocation,
  type UnverifiedQuote,
  verifyStoredQuotes,
} from './data/index.js';
export type { SeedResult } from './data/store/store.js';
export type { GraphChangeEventTarget } from './schema/graph-changes.js';
export { AuthThrottle } from './server/auth-throttle.js';
export {
  CSRF_HEADERS,
  createKnowledgeGraphServer,
  type KnowledgeGraphServer,
  type KnowledgeGraphServerOptions,
} from './server/create-server.js';
export { HEADLINE_QUERY } from './server/headline-query.js';
export type { JwtOptions } from './server/jwt-verifier.js';
export { DEFAULT_LIMITS, type Limits } from './server/limits.js';
export { DEFAULT_KNOWN_OPERATION_NAMES } from './server/metrics.js';
export { createKnowledgeGraphListener, type KnowledgeGraphListener } from './server/node-listener.js';
export { type FeedStatus, type RedisChangeFeed, redisChangeFeed } from './server/redis-change-feed.js';
export { createOtlpTracerProvider } from './server/tracing.js';
export {
  loadTrustedDocuments,
  shippedTrustedDocuments,
  type TrustedDocuments,
  type TrustedDocumentsMode,
  trustedDocumentId,
} from './server/trusted-documents.js';
