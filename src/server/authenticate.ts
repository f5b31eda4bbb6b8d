/**
 * Who is calling: the API key in `Authorization: Bearer <key>`, checked against its stored hash in
 * constant time. A missing, malformed, unknown or revoked key is no actor (reads stay open unless
 * configured otherwise; anything that needs a scope is refused).
 */
import { parseApiKey, secretMatches } from '../data/curation.js';
import type { Store } from '../data/index.js';
import type { GraphQLContext } from '../schema/context.js';

export type Actor = NonNullable<GraphQLContext['actor']>;

/** The outcome of checking a presented key: the actor, or why the key was refused (never the secret). */
export type KeyCheck = { actor: Actor } | { actor: null; refused: 'malformed' | 'unknown' | 'revoked' | 'wrong secret'; keyId?: string };

/**
 * Checks the key in an `Authorization` header; null when it presents none (no header, or another
 * scheme, such as the Basic credentials a proxy in front may pass on).
 */
export async function checkApiKey(store: Store, authorization: string | null): Promise<KeyCheck | null> {
  if (!authorization || !/^Bearer(\s|$)/i.test(authorization)) return null;
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  const parsed = presented ? parseApiKey(presented) : null;
  if (!parsed) return { actor: null, refused: 'malformed' };
  const key = await store.apiKeyById(parsed.id);
  if (!key) return { actor: null, refused: 'unknown', keyId: parsed.id.slice(0, 40) };
  if (key.revokedAt) return { actor: null, refused: 'revoked', keyId: key.id };
  if (!secretMatches(parsed.secret, key.secretHash)) return { actor: null, refused: 'wrong secret', keyId: key.id };
  return { actor: { keyId: key.id, label: key.label, scope: key.scope } };
}
