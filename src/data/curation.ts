/**
 * Curation through the API: the changes a curator can make, what they answer, API keys and the
 * audit log's records. The store applies a change in one transaction, checking the expected
 * version (optimistic concurrency), and records it with who made it and the record before and after.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ContentEdge, ContentNode, EdgeRecord, NodeRecord } from './model.js';

/** Scopes, each including the ones before it: `admin` can edit, `edit` can read. */
export const SCOPES = ['read', 'edit', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export function scopeIncludes(held: Scope, wanted: Scope): boolean {
  return SCOPES.indexOf(held) >= SCOPES.indexOf(wanted);
}

export interface ApiKeyRecord {
  id: string;
  label: string;
  scope: Scope;
  createdAt: string;
  revokedAt: string | null;
}

/**
 * Who made a change: the API key used, by id and label; or a token from the identity provider,
 * whose `keyId` is `TOKEN_ACTOR_PREFIX` and the token's subject (`jwt:<sub>`).
 */
export interface Actor {
  keyId: string;
  label: string;
}

/** Starts the `keyId` of an actor signed in with a token (API key ids are `[a-z0-9]{12}`: never alike). */
export const TOKEN_ACTOR_PREFIX = 'jwt:';

/** Whether an actor signed in with a token from the identity provider rather than an API key. */
export function isTokenActor(actor: Pick<Actor, 'keyId'>): boolean {
  return actor.keyId.startsWith(TOKEN_ACTOR_PREFIX);
}

/** Fields of an entity a curator may change (all optional: only those given change). */
export type EntityPatch = Partial<Pick<NodeRecord, 'slug' | 'name' | 'description' | 'attributes' | 'provenance'>>;

export type Change =
  | { action: 'CREATE_ENTITY'; node: ContentNode }
  | { action: 'UPDATE_ENTITY'; id: string; expectedVersion: number; patch: EntityPatch }
  | { action: 'DEPRECATE_ENTITY'; id: string; expectedVersion: number; replacedById: string | null }
  | { action: 'LINK'; edge: ContentEdge }
  | { action: 'UNLINK'; id: string; expectedVersion: number }
  /** Undoes an earlier change, if what it changed has not changed since. */
  | { action: 'REVERT'; changeId: number };

export type ChangeAction = Change['action'];

export interface ChangeRecord {
  id: number;
  /** ISO 8601. */
  at: string;
  actor: Actor;
  action: ChangeAction;
  /** The entity's or relationship's store id. */
  subjectId: string;
  /** The record before the change; null when the change created it. */
  before: NodeRecord | EdgeRecord | null;
  /** The record after the change; null when the change removed it. */
  after: NodeRecord | EdgeRecord | null;
}

export type ChangeRefusal = 'NOT_FOUND' | 'CONFLICT' | 'INVALID';

export type ChangeOutcome =
  | { ok: true; change: ChangeRecord }
  | {
      ok: false;
      refusal: ChangeRefusal;
      message: string;
      currentVersion?: number;
      /**
       * INVALID: the part of the change at fault, as a path within it (`provenance.quote`,
       * `provenance.section`, `provenance.source`), when one is.
       */
      field?: string;
    };

export interface ChangePageQuery {
  limit: number;
  offset: number;
  /** Only changes at or after this instant (ISO 8601). */
  since?: string;
  /** Only changes to this entity or relationship (store id). */
  subjectId?: string;
}

/** API keys read `kg_<id>_<secret>`; only a hash of the secret is stored. */
const KEY_FORMAT = /^kg_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function newApiKey(): { id: string; key: string; secretHash: string } {
  const id = randomBytes(9)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  return { id, key: `kg_${id}_${secret}`, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Splits a presented key into its id and secret; null when it is not in the key format. */
export function parseApiKey(key: string): { id: string; secret: string } | null {
  const match = KEY_FORMAT.exec(key);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
