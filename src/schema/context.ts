import type { Scope } from '../data/curation.js';
import type { Deadline } from '../data/deadline.js';
import type { Store } from '../data/index.js';
import type { GraphChanges } from './graph-changes.js';

/**
 * What every resolver receives. A fresh object per request: the DataLoader plugin keys its
 * per-request loaders (and so its batching and caching) on this object.
 */
export interface GraphQLContext {
  store: Store;
  /** Who is calling: the API key the request presented (valid, not revoked), or the identity provider's verified token (`keyId` `jwt:<sub>`). */
  actor: { keyId: string; label: string; scope: Scope } | null;
  /** Whether reading needs a key with the `read` scope (by default reads are open). */
  readRequiresKey: boolean;
  /** The base IRI of linked-data output for entities without a URI of their own (default `urn:it-ops-kg:`). */
  linkedDataBase?: string;
  /** Where made changes are published for `graphChanged` subscribers. */
  graphChanges: GraphChanges;
  /**
   * When the operation's work must stop (set by the server's execution time limit): the analyses
   * and searches check it inside their loops. Absent, nothing is cut short.
   */
  deadline?: Deadline;
}
