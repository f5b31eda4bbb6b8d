/**
 * Curation in SQL: each change runs in one transaction that checks the expected version, writes
 * the record, and appends the audit-log entry, or writes nothing at all.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Actor, ApiKeyRecord, Change, ChangeOutcome, ChangePageQuery, ChangeRecord, Scope } from '../curation.js';
import { kindOfNodeId, RELATIONS, type EdgeRecord, type NodeRecord } from '../model.js';
import type { Page } from './store.js';
import { fromEdge, fromNode, toEdge, toNode } from './rows.js';
import { bumpGraphVersion } from './graph-version.js';
import type { Database } from './tables.js';

/** Records curators make or change are theirs: content seeding leaves them alone. */
const CURATOR_ORIGIN = 'api';

type Refusal = Extract<ChangeOutcome, { ok: false }>;
const refuse = (refusal: Refusal['refusal'], message: string, currentVersion?: number): Refusal => ({
  ok: false,
  refusal,
  message,
  ...(currentVersion === undefined ? {} : { currentVersion }),
});

export async function applyChange(db: Kysely<Database>, change: Change, actor: Actor): Promise<ChangeOutcome> {
  return db.transaction().execute(async (trx) => {
    const result = await write(trx, change);
    if (!result.ok) return result;
    const at = new Date().toISOString();
    const inserted = await trx
      .insertInto('changes')
      .values({
        at,
        actor_key_id: actor.keyId,
        actor_label: actor.label,
        action: change.action,
        subject_id: result.subjectId,
        before: result.before ? JSON.stringify(result.before) : null,
        after: result.after ? JSON.stringify(result.after) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await bumpGraphVersion(trx);
    const record: ChangeRecord = {
      id: Number(inserted.id),
      at,
      actor,
      action: change.action,
      subjectId: result.subjectId,
      before: result.before,
      after: result.after,
    };
    return { ok: true, change: record };
  });
}

type Written = { ok: true; subjectId: string; before: NodeRecord | EdgeRecord | null; after: NodeRecord | EdgeRecord | null } | Refusal;

async function write(trx: Transaction<Database>, change: Change): Promise<Written> {
  switch (change.action) {
    case 'CREATE_ENTITY': {
      const { node } = change;
      const clash = await trx.selectFrom('nodes').select('id').where((eb) => eb.or([eb('id', '=', node.id), eb.and([eb('kind', '=', node.kind), eb('slug', '=', node.slug)])])).executeTakeFirst();
      if (clash) return refuse('INVALID', `A ${node.kind} with the slug "${node.slug}" exists already`);
      await trx.insertInto('nodes').values({ ...fromNode(node), origin: CURATOR_ORIGIN }).execute();
      return { ok: true, subjectId: node.id, before: null, after: await nodeById(trx, node.id) };
    }
    case 'UPDATE_ENTITY': {
      const before = await nodeById(trx, change.id);
      if (!before) return refuse('NOT_FOUND', `No entity has the id "${change.id}"`);
      if (before.version !== change.expectedVersion) {
        return refuse('CONFLICT', `The entity is at version ${before.version}, not ${change.expectedVersion}: reload it and apply your change again`, before.version);
      }
      const { slug, name, description, attributes, provenance } = change.patch;
      if (slug !== undefined && slug !== before.slug) {
        const clash = await trx.selectFrom('nodes').select('id').where('kind', '=', before.kind).where('slug', '=', slug).executeTakeFirst();
        if (clash) return refuse('INVALID', `A ${before.kind} with the slug "${slug}" exists already`);
      }
      const next = fromNode({
        ...before,
        ...(slug === undefined ? {} : { slug }),
        ...(name === undefined ? {} : { name }),
        ...(description === undefined ? {} : { description }),
        ...(attributes === undefined ? {} : { attributes: { ...before.attributes, ...attributes } }),
        ...(provenance === undefined ? {} : { provenance }),
      });
      await trx.updateTable('nodes').set({ ...next, origin: CURATOR_ORIGIN, version: before.version + 1 }).where('id', '=', before.id).execute();
      return { ok: true, subjectId: before.id, before, after: await nodeById(trx, before.id) };
    }
    case 'DEPRECATE_ENTITY': {
      const before = await nodeById(trx, change.id);
      if (!before) return refuse('NOT_FOUND', `No entity has the id "${change.id}"`);
      if (before.version !== change.expectedVersion) {
        return refuse('CONFLICT', `The entity is at version ${before.version}, not ${change.expectedVersion}: reload it and apply your change again`, before.version);
      }
      if (change.replacedById !== null) {
        if (change.replacedById === before.id) return refuse('INVALID', 'An entity cannot replace itself');
        const replacement = await nodeById(trx, change.replacedById);
        if (!replacement) return refuse('NOT_FOUND', `No entity has the id "${change.replacedById}" (replacedBy)`);
        if (replacement.kind !== before.kind) return refuse('INVALID', `A ${before.kind} can only be replaced by a ${before.kind}, not a ${replacement.kind}`);
      }
      await trx
        .updateTable('nodes')
        .set({ deprecated_at: before.deprecatedAt ?? new Date().toISOString(), replaced_by: change.replacedById, origin: CURATOR_ORIGIN, version: before.version + 1 })
        .where('id', '=', before.id)
        .execute();
      return { ok: true, subjectId: before.id, before, after: await nodeById(trx, before.id) };
    }
    case 'LINK': {
      const { edge } = change;
      const { from, to } = RELATIONS[edge.relation];
      if (kindOfNodeId(edge.fromId) !== from || kindOfNodeId(edge.toId) !== to) {
        return refuse('INVALID', `${edge.relation} links a ${from} to a ${to}`);
      }
      const ends = await trx.selectFrom('nodes').select('id').where('id', 'in', [edge.fromId, edge.toId]).execute();
      for (const id of [edge.fromId, edge.toId]) if (!ends.some((row) => row.id === id)) return refuse('NOT_FOUND', `No entity has the id "${id}"`);
      if (await edgeById(trx, edge.id)) return refuse('INVALID', `The ${edge.relation} relationship between these entities exists already`);
      const position = await trx
        .selectFrom('edges')
        .select((eb) => eb.fn.max('position').as('last'))
        .where('from_id', '=', edge.fromId)
        .where('relation', '=', edge.relation)
        .executeTakeFirst();
      const last = position?.last;
      await trx.insertInto('edges').values({ ...fromEdge({ ...edge, position: last == null ? 0 : Number(last) + 1 }), origin: CURATOR_ORIGIN }).execute();
      return { ok: true, subjectId: edge.id, before: null, after: await edgeById(trx, edge.id) };
    }
    case 'REVERT':
      return revert(trx, change.changeId);
    case 'UNLINK': {
      const before = await edgeById(trx, change.id);
      if (!before) return refuse('NOT_FOUND', `No relationship has the id "${change.id}"`);
      if (before.version !== change.expectedVersion) {
        return refuse('CONFLICT', `The relationship is at version ${before.version}, not ${change.expectedVersion}`, before.version);
      }
      // A relationship is referred to by nothing but the audit log, which keeps its last state.
      await trx.deleteFrom('edges').where('id', '=', before.id).execute();
      return { ok: true, subjectId: before.id, before, after: null };
    }
  }
}

/** Puts back what an earlier change replaced, provided nothing has changed it since. */
async function revert(trx: Transaction<Database>, changeId: number): Promise<Written> {
  const row = await trx.selectFrom('changes').selectAll().where('id', '=', changeId).executeTakeFirst();
  if (!row) return refuse('NOT_FOUND', `No change has the id "${changeId}"`);
  const before = row.before ? (JSON.parse(row.before) as NodeRecord | EdgeRecord) : null;
  const after = row.after ? (JSON.parse(row.after) as NodeRecord | EdgeRecord) : null;
  const isEdge = row.action === 'LINK' || row.action === 'UNLINK';
  const current = isEdge ? await edgeById(trx, row.subject_id) : await nodeById(trx, row.subject_id);
  const stale = () => refuse('CONFLICT', `Change ${changeId} cannot be reverted: its subject has changed since`, current?.version);
  if (row.action === 'REVERT') return refuse('INVALID', 'A revert cannot itself be reverted; revert the original change again instead');
  if (after === null) {
    // It removed a relationship: put it back as it was.
    if (current) return stale();
    await trx.insertInto('edges').values({ ...fromEdge(before as EdgeRecord), origin: CURATOR_ORIGIN, version: (before as EdgeRecord).version + 1 }).execute();
    return { ok: true, subjectId: row.subject_id, before: null, after: await edgeById(trx, row.subject_id) };
  }
  if (!current || current.version !== after.version) return stale();
  if (before === null) {
    // It created something: remove it, unless something now refers to it.
    if (isEdge) {
      await trx.deleteFrom('edges').where('id', '=', current.id).execute();
    } else {
      const referred = await trx.selectFrom('edges').select('id').where((eb) => eb.or([eb('from_id', '=', current.id), eb('to_id', '=', current.id)])).executeTakeFirst();
      const replacing = await trx.selectFrom('nodes').select('id').where('replaced_by', '=', current.id).executeTakeFirst();
      if (referred || replacing) return refuse('INVALID', `Change ${changeId} cannot be reverted: other records refer to ${current.id}; deprecate it instead`);
      await trx.deleteFrom('nodes').where('id', '=', current.id).execute();
    }
    return { ok: true, subjectId: row.subject_id, before: current, after: null };
  }
  const previous = before as NodeRecord;
  await trx
    .updateTable('nodes')
    .set({ ...fromNode(previous), deprecated_at: previous.deprecatedAt, replaced_by: previous.replacedById, origin: CURATOR_ORIGIN, version: current.version + 1 })
    .where('id', '=', current.id)
    .execute();
  return { ok: true, subjectId: row.subject_id, before: current, after: await nodeById(trx, current.id) };
}

async function nodeById(db: Kysely<Database>, id: string): Promise<NodeRecord | null> {
  const row = await db.selectFrom('nodes').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toNode(row) : null;
}

async function edgeById(db: Kysely<Database>, id: string): Promise<EdgeRecord | null> {
  const row = await db.selectFrom('edges').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEdge(row) : null;
}

export async function listChanges(db: Kysely<Database>, query: ChangePageQuery): Promise<Page<ChangeRecord>> {
  let matching = db.selectFrom('changes');
  if (query.since) matching = matching.where('at', '>=', query.since);
  if (query.subjectId) matching = matching.where('subject_id', '=', query.subjectId);
  const [rows, total] = await Promise.all([
    matching.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
    matching.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    totalCount: Number(total.count),
    items: rows.map((row) => ({
      id: Number(row.id),
      at: row.at,
      actor: { keyId: row.actor_key_id, label: row.actor_label },
      action: row.action as ChangeRecord['action'],
      subjectId: row.subject_id,
      before: row.before ? (JSON.parse(row.before) as ChangeRecord['before']) : null,
      after: row.after ? (JSON.parse(row.after) as ChangeRecord['after']) : null,
    })),
  };
}

export async function insertApiKey(db: Kysely<Database>, key: { id: string; label: string; scope: Scope; secretHash: string }): Promise<ApiKeyRecord> {
  const createdAt = new Date().toISOString();
  await db.insertInto('api_keys').values({ id: key.id, label: key.label, scope: key.scope, secret_hash: key.secretHash, created_at: createdAt, revoked_at: null }).execute();
  return { id: key.id, label: key.label, scope: key.scope, createdAt, revokedAt: null };
}

export async function revokeApiKey(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.updateTable('api_keys').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function apiKeyById(db: Kysely<Database>, id: string): Promise<(ApiKeyRecord & { secretHash: string }) | null> {
  const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { id: row.id, label: row.label, scope: row.scope as Scope, createdAt: row.created_at, revokedAt: row.revoked_at, secretHash: row.secret_hash } : null;
}

export async function listApiKeys(db: Kysely<Database>): Promise<ApiKeyRecord[]> {
  const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at').execute();
  return rows.map((row) => ({ id: row.id, label: row.label, scope: row.scope as Scope, createdAt: row.created_at, revokedAt: row.revoked_at }));
}
