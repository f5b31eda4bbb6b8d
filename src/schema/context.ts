import type { Store } from '../data/index.js';

/**
 * What every resolver receives. A fresh object per request: the DataLoader plugin keys its
 * per-request loaders (and so its batching and caching) on this object.
 */
export interface GraphQLContext {
  store: Store;
  /** The most a query may cost (see `query-cost.ts`); checked before any field resolves. */
  maxQueryCost: number;
}
