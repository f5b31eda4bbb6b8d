/**
 * Who is calling: the API key in `Authorization: Bearer <key>`, checked against its stored hash in
 * constant time. A missing, malformed, unknown or revoked key is no actor (reads stay open unless
 * configured otherwise; anything that needs a scope is refused).
 */
import { parseApiKey, secretMatches } from '../data/curation.js';
import type { Store } from '../data/index.js';
import type { GraphQLContext } from '../schema/context.js';

export async function authenticate(store: Store, authorization: string | null): Promise<GraphQLContext['actor']> {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  const parsed = presented ? parseApiKey(presented) : null;
  if (!parsed) return null;
  const key = await store.apiKeyById(parsed.id);
  if (!key || key.revokedAt || !secretMatches(parsed.secret, key.secretHash)) return null;
  return { keyId: key.id, label: key.label, scope: key.scope };
}
