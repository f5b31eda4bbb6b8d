/** API keys for tests: made in the store, as an operator makes them (`npm run kg -- keys create`). */
import { newApiKey, type Scope } from '../../src/data/curation.js';
import type { Store } from '../../src/data/index.js';

export interface TestKey {
  /** The key's id (what `revokeApiKey` and the audit log name). */
  id: string;
  /** The whole key, as a caller sends it: `authorization: Bearer <key>`. */
  key: string;
}

/** Creates an API key of `scope` in the store; its label is what the audit log records as the actor. */
export async function createKey(store: Pick<Store, 'createApiKey'>, scope: Scope, label = `${scope} key`): Promise<TestKey> {
  const { id, key, secretHash } = newApiKey();
  await store.createApiKey({ id, label, scope, secretHash });
  return { id, key };
}
