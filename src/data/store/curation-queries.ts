/**
 * Curation in SQL: each change runs in one transaction that checks the expected version, writes
 * the record, and appends the audit-log entry, or writes nothing at all. The version check is part
 * of the write itself (`… where id = ? and version = ?`, counting the rows it changed), so that
 * under PostgreSQL's READ COMMITTED two transactions that both read version n cannot both write
 * n + 1; a unique or foreign-key violation caused by a concurrent change is answered as a conflict.
 */
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Actor, ApiKeyRecord, Change, ChangeOutcome, ChangePageQuery, ChangeRecord, Scope } from '../curation.js';
import { type ContentNode, type EdgeRecord, kindOfNodeId, type NodeRecord, type Provenance } from '../model.js';
import { relationProblem, replacementProblem as replacementRule } from '../model-rules.js';
import { checkedProvenance } from '../quote-check.js';
import { isForeignKeyViolation, isTransactionConflict, isUniqueViolation } from './constraint-errors.js';
import { bumpGraphVersion } from './graph-version.js';
import { isPostgres } from './migrations.js';
import { fromEdge, fromNode, toEdge, toNode } from './rows.js';
import type { Page } from './store.js';
import type { Database } from './tables.js';

/** Records curators make or change are theirs: content seeding leaves them alone. */
const CURATOR_ORIGIN = 'api';

/** How far a replacement chain is followed before it is taken to be broken (imported data may loop). */
const MAX_REPLACEMENT_CHAIN = 1000;

type Refusal = Extract<ChangeOutcome, { ok: false }>;
const refuse = (refusal: Refusal['refusal'], message: string, currentVersion?: number): Refusal => ({
  ok: false,
  refusal,
  message,
  ...(currentVersion === undefined ? {} : { currentVersion }),
});

export async function applyChange(db: Kysely<Database>, change: Change, actor: Actor): Promise<ChangeOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
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
      await bumpGraphVersion(trx, { wholesale: false });
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
  } catch (error) {
    // The checks above passed, but a transaction running at the same time wrote first.
    if (isUniqueViolation(error)) return duplicateRefusal(db, change);
    if (isForeignKeyViolation(error) || isTransactionConflict(error)) {
      return refuse(
        'CONFLICT',
        'Another change to the records this change names was made at the same time: reload them and apply your change again',
        await subjectVersion(db, change),
      );
    }
    throw error;
  }
}

/** The refusal of a change that would write a record whose identity (id, slug) another record holds. */
async function duplicateRefusal(db: Kysely<Database>, change: Change): Promise<Refusal> {
  switch (change.action) {
    case 'CREATE_ENTITY':
      return (
        (await createClash(db, change.node)) ??
        refuse('CONFLICT', `A ${change.node.kind} with the slug "${change.node.slug}" exists already`, 1)
      );
    case 'LINK': {
      const existing = await edgeById(db, change.edge.id);
      return refuse('CONFLICT', `The ${change.edge.relation} relationship between these entities exists already`, existing?.version ?? 1);
    }
    case 'UPDATE_ENTITY':
      return refuse(
        'CONFLICT',
        `A ${kindOfNodeId(change.id)} with the slug "${change.patch.slug}" exists already`,
        await subjectVersion(db, change),
      );
    case 'REVERT':
      return refuse(
        'CONFLICT',
        `Change ${change.changeId} cannot be reverted: its subject has changed since (another change was made at the same time)`,
        await subjectVersion(db, change),
      );
    default:
      return refuse(
        'CONFLICT',
        'A record this change would write exists already (another change made it at the same time): reload it and try again',
        await subjectVersion(db, change),
      );
  }
}

/** The version of the record a change names (0 when it does not exist), for a conflict's answer. */
async function subjectVersion(db: Kysely<Database>, change: Change): Promise<number> {
  switch (change.action) {
    case 'CREATE_ENTITY':
      return (await nodeById(db, change.node.id))?.version ?? 0;
    case 'LINK':
      return (await edgeById(db, change.edge.id))?.version ?? 0;
    case 'UNLINK':
      return (await edgeById(db, change.id))?.version ?? 0;
    case 'REVERT': {
      const row = await db.selectFrom('changes').select('subject_id').where('id', '=', change.changeId).executeTakeFirst();
      if (!row) return 0;
      return ((await nodeById(db, row.subject_id)) ?? (await edgeById(db, row.subject_id)))?.version ?? 0;
    }
    default:
      return (await nodeById(db, change.id))?.version ?? 0;
  }
}

/** Why a new node cannot have its id and slug (another node holds one of them), or null. */
async function createClash(db: Kysely<Database>, node: Pick<ContentNode, 'id' | 'kind' | 'slug'>): Promise<Refusal | null> {
  const clash = await db
    .selectFrom('nodes')
    .select(['id', 'slug', 'version'])
    .where((eb) => eb.or([eb('id', '=', node.id), eb.and([eb('kind', '=', node.kind), eb('slug', '=', node.slug)])]))
    .executeTakeFirst();
  if (!clash) return null;
  if (clash.slug === node.slug)
    return refuse('CONFLICT', `A ${node.kind} with the slug "${node.slug}" exists already`, Number(clash.version));
  // Ids keep the slug an entity was created with, so a renamed entity still holds its first one.
  return refuse(
    'CONFLICT',
    `The id ${node.id} belongs to the ${node.kind} now called "${clash.slug}" (ids keep an entity's first slug): choose another slug`,
    Number(clash.version),
  );
}

/** Why another node of `kind` holds `slug` already (so `id` cannot take it), or null. */
async function slugClash(db: Kysely<Database>, kind: string, slug: string, id: string): Promise<Refusal | null> {
  const clash = await db
    .selectFrom('nodes')
    .select(['id', 'version'])
    .where('kind', '=', kind)
    .where('slug', '=', slug)
    .where('id', '!=', id)
    .executeTakeFirst();
  return clash ? refuse('CONFLICT', `A ${kind} with the slug "${slug}" exists already`, Number(clash.version)) : null;
}

/**
 * Locks nodes for the rest of the transaction, in id order (so two changes locking the same nodes
 * never deadlock). PostgreSQL only: on SQLite a writing transaction has the whole database to itself.
 * A change whose checks read other rows than the one it writes (a replacement's deprecation) locks
 * them, so that no concurrent change can invalidate a check it has passed.
 */
async function lockNodes(trx: Transaction<Database>, ids: readonly (string | null)[]): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))].sort();
  if (wanted.length === 0 || !isPostgres(trx)) return;
  await sql`select id from nodes where id in (${sql.join(wanted)}) order by id for update`.execute(trx);
}

/**
 * Writes `values` to a node (a curator's record from now on, one version on) if it is still at
 * `version`; false when another change got there first.
 */
async function updateNodeAt(trx: Transaction<Database>, id: string, version: number, values: Partial<Database['nodes']>): Promise<boolean> {
  const result = await trx
    .updateTable('nodes')
    .set({ ...values, origin: CURATOR_ORIGIN, version: version + 1 } as never)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a row if it is still at `version`; false when another change got there first. */
async function deleteAt(trx: Transaction<Database>, table: 'nodes' | 'edges', id: string, version: number): Promise<boolean> {
  // biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time; Kysely types one table at a time
  const result = await (trx as Kysely<any>).deleteFrom(table).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The refusal of a change whose record another change moved on from under it. */
async function staleNode(trx: Transaction<Database>, id: string, expectedVersion: number): Promise<Refusal> {
  const current = await nodeById(trx, id);
  if (!current) return refuse('NOT_FOUND', `No entity has the id "${id}"`);
  return refuse(
    'CONFLICT',
    `The entity is at version ${current.version}, not ${expectedVersion}: reload it and apply your change again`,
    current.version,
  );
}

/**
 * Why `replacedById` cannot be the replacement of `subject`, or null when it can. A replacement must
 * be live: replacing by a deprecated entity would start a detour (or, through the subject, a loop),
 * so the chain of replacements is followed to name its live end instead.
 */
async function replacementProblem(
  trx: Transaction<Database>,
  subject: Pick<NodeRecord, 'id' | 'kind'>,
  replacedById: string,
): Promise<Refusal | null> {
  if (replacedById === subject.id) return refuse('INVALID', 'An entity cannot replace itself');
  const replacement = await nodeById(trx, replacedById);
  if (!replacement) return refuse('NOT_FOUND', `No entity has the id "${replacedById}" (replacedBy)`);
  const mismatch = replacementRule(subject, replacement);
  if (mismatch) return refuse('INVALID', mismatch);
  if (replacement.deprecatedAt === null) return null;
  const deprecated = `The replacement ${replacement.id} is deprecated itself`;
  if (replacement.replacedById === null) return refuse('INVALID', `${deprecated} (with no replacement): name a live entity instead`);
  const seen = new Set([replacement.id]);
  let next: string | null = replacement.replacedById;
  while (next !== null && seen.size <= MAX_REPLACEMENT_CHAIN) {
    if (next === subject.id)
      return refuse('INVALID', `${deprecated} (replaced by ${replacement.replacedById}): replacing ${subject.id} by it would loop`);
    if (seen.has(next)) break;
    seen.add(next);
    const node = await nodeById(trx, next);
    if (!node) break;
    if (node.deprecatedAt === null)
      return refuse('INVALID', `${deprecated} (replaced by ${replacement.replacedById}): name ${node.id} instead`);
    next = node.replacedById;
  }
  return refuse(
    'INVALID',
    `${deprecated} (replaced by ${replacement.replacedById}), and its replacements lead to no live entity: name a live entity instead`,
  );
}

/**
 * The provenance checked against its source as the transaction sees it: a STATED quote must stand
 * verbatim in the cited Source's text (in the section it names), or the change is refused, naming
 * the part at fault. Gives the provenance with the section the quote stands in.
 */
async function verifiedProvenance(
  trx: Transaction<Database>,
  provenance: Provenance,
): Promise<{ ok: true; provenance: Provenance } | Refusal> {
  const checked = await checkedProvenance(provenance, (id) => nodeById(trx, id));
  if (checked.ok) return checked;
  return { ...refuse('INVALID', checked.reason), field: `provenance.${checked.field}` };
}

/** The same check for a record a revert would put back (no input field to name: the message says it all). */
async function revertableProvenance(trx: Transaction<Database>, changeId: number, provenance: Provenance): Promise<Refusal | null> {
  const checked = await verifiedProvenance(trx, provenance);
  return checked.ok ? null : refuse('INVALID', `Change ${changeId} cannot be reverted: ${checked.message}`);
}

type Written = { ok: true; subjectId: string; before: NodeRecord | EdgeRecord | null; after: NodeRecord | EdgeRecord | null } | Refusal;

async function write(trx: Transaction<Database>, change: Change): Promise<Written> {
  switch (change.action) {
    case 'CREATE_ENTITY': {
      const { node } = change;
      const clash = await createClash(trx, node);
      if (clash) return clash;
      const checked = await verifiedProvenance(trx, node.provenance);
      if (!checked.ok) return checked;
      await trx
        .insertInto('nodes')
        .values({ ...fromNode({ ...node, provenance: checked.provenance }), origin: CURATOR_ORIGIN })
        .execute();
      return { ok: true, subjectId: node.id, before: null, after: await nodeById(trx, node.id) };
    }
    case 'UPDATE_ENTITY': {
      const before = await nodeById(trx, change.id);
      if (!before) return refuse('NOT_FOUND', `No entity has the id "${change.id}"`);
      if (before.version !== change.expectedVersion) return staleNode(trx, before.id, change.expectedVersion);
      const { slug, name, description, attributes } = change.patch;
      if (slug !== undefined && slug !== before.slug) {
        const clash = await slugClash(trx, before.kind, slug, before.id);
        if (clash) return { ...clash, currentVersion: before.version };
      }
      let provenance: Provenance | undefined;
      if (change.patch.provenance !== undefined) {
        const checked = await verifiedProvenance(trx, change.patch.provenance);
        if (!checked.ok) return checked;
        provenance = checked.provenance;
      }
      const next = fromNode({
        ...before,
        ...(slug === undefined ? {} : { slug }),
        ...(name === undefined ? {} : { name }),
        ...(description === undefined ? {} : { description }),
        ...(attributes === undefined ? {} : { attributes: { ...before.attributes, ...attributes } }),
        ...(provenance === undefined ? {} : { provenance }),
      });
      if (!(await updateNodeAt(trx, before.id, before.version, next))) return staleNode(trx, before.id, change.expectedVersion);
      return { ok: true, subjectId: before.id, before, after: await nodeById(trx, before.id) };
    }
    case 'DEPRECATE_ENTITY': {
      await lockNodes(trx, [change.id, change.replacedById]);
      const before = await nodeById(trx, change.id);
      if (!before) return refuse('NOT_FOUND', `No entity has the id "${change.id}"`);
      if (before.version !== change.expectedVersion) return staleNode(trx, before.id, change.expectedVersion);
      if (change.replacedById !== null) {
        const problem = await replacementProblem(trx, before, change.replacedById);
        if (problem) return problem;
      }
      const deprecated = { deprecated_at: before.deprecatedAt ?? new Date().toISOString(), replaced_by: change.replacedById };
      if (!(await updateNodeAt(trx, before.id, before.version, deprecated))) return staleNode(trx, before.id, change.expectedVersion);
      return { ok: true, subjectId: before.id, before, after: await nodeById(trx, before.id) };
    }
    case 'LINK': {
      const { edge } = change;
      const problem = relationProblem(
        edge.relation,
        { id: edge.fromId, kind: kindOfNodeId(edge.fromId) },
        { id: edge.toId, kind: kindOfNodeId(edge.toId) },
      );
      if (problem) return refuse('INVALID', problem);
      const ends = await trx.selectFrom('nodes').select('id').where('id', 'in', [edge.fromId, edge.toId]).execute();
      for (const id of [edge.fromId, edge.toId])
        if (!ends.some((row) => row.id === id)) return refuse('NOT_FOUND', `No entity has the id "${id}"`);
      const checked = await verifiedProvenance(trx, edge.provenance);
      if (!checked.ok) return checked;
      const existing = await edgeById(trx, edge.id);
      if (existing) return refuse('CONFLICT', `The ${edge.relation} relationship between these entities exists already`, existing.version);
      const position = await trx
        .selectFrom('edges')
        .select((eb) => eb.fn.max('position').as('last'))
        .where('from_id', '=', edge.fromId)
        .where('relation', '=', edge.relation)
        .executeTakeFirst();
      const last = position?.last;
      await trx
        .insertInto('edges')
        .values({
          ...fromEdge({ ...edge, provenance: checked.provenance, position: last == null ? 0 : Number(last) + 1 }),
          origin: CURATOR_ORIGIN,
        })
        .execute();
      return { ok: true, subjectId: edge.id, before: null, after: await edgeById(trx, edge.id) };
    }
    case 'REVERT':
      return revert(trx, change.changeId);
    case 'UNLINK': {
      const before = await edgeById(trx, change.id);
      if (!before) return refuse('NOT_FOUND', `No relationship has the id "${change.id}"`);
      const stale = async () => {
        const current = await edgeById(trx, change.id);
        if (!current) return refuse('NOT_FOUND', `No relationship has the id "${change.id}"`);
        return refuse('CONFLICT', `The relationship is at version ${current.version}, not ${change.expectedVersion}`, current.version);
      };
      if (before.version !== change.expectedVersion) return stale();
      // A relationship is referred to by nothing but the audit log, which keeps its last state.
      if (!(await deleteAt(trx, 'edges', before.id, before.version))) return stale();
      return { ok: true, subjectId: before.id, before, after: null };
    }
  }
}

/**
 * Puts back what an earlier change replaced, provided nothing has changed it since: the record
 * before it, or no record where it made one. A revert is a change like any other, so reverting a
 * revert puts back what the revert undid (the original change's result), under the same checks.
 */
async function revert(trx: Transaction<Database>, changeId: number): Promise<Written> {
  const row = await trx.selectFrom('changes').selectAll().where('id', '=', changeId).executeTakeFirst();
  if (!row) return refuse('NOT_FOUND', `No change has the id "${changeId}"`);
  const before = row.before ? (JSON.parse(row.before) as NodeRecord | EdgeRecord) : null;
  const after = row.after ? (JSON.parse(row.after) as NodeRecord | EdgeRecord) : null;
  // Store ids of nodes start with their kind; ids of edges with their relation.
  const isEdge = kindOfNodeId(row.subject_id) === null;
  const restoring = !isEdge && before ? (before as NodeRecord) : null;
  if (!isEdge) await lockNodes(trx, [row.subject_id, restoring?.deprecatedAt ? restoring.replacedById : null]);
  const current = isEdge ? await edgeById(trx, row.subject_id) : await nodeById(trx, row.subject_id);
  const stale = async () => {
    const latest = await trx
      .selectFrom('changes')
      .select((eb) => eb.fn.max('id').as('id'))
      .where('subject_id', '=', row.subject_id)
      .executeTakeFirst();
    const last = latest?.id == null ? null : Number(latest.id);
    const advice = last !== null && last !== changeId ? ` (last by change ${last}: revert that one instead)` : '';
    return refuse('CONFLICT', `Change ${changeId} cannot be reverted: its subject has changed since${advice}`, current?.version ?? 0);
  };

  if (after === null) {
    // It removed the record: put it back as it was.
    if (current || before === null) return stale();
    if (isEdge) {
      const edge = before as EdgeRecord;
      const problem = relationProblem(
        edge.relation,
        { id: edge.fromId, kind: kindOfNodeId(edge.fromId) },
        { id: edge.toId, kind: kindOfNodeId(edge.toId) },
      );
      if (problem) return refuse('INVALID', `Change ${changeId} cannot be reverted: ${problem}`);
      const ends = await trx.selectFrom('nodes').select('id').where('id', 'in', [edge.fromId, edge.toId]).execute();
      for (const id of [edge.fromId, edge.toId]) {
        if (!ends.some((end) => end.id === id))
          return refuse('INVALID', `Change ${changeId} cannot be reverted: the relationship's end ${id} no longer exists`);
      }
      const unquotable = await revertableProvenance(trx, changeId, edge.provenance);
      if (unquotable) return unquotable;
      await trx
        .insertInto('edges')
        .values({ ...fromEdge(edge), origin: CURATOR_ORIGIN, version: edge.version + 1 })
        .execute();
      return { ok: true, subjectId: row.subject_id, before: null, after: await edgeById(trx, row.subject_id) };
    }
    const node = before as NodeRecord;
    const clash = await createClash(trx, node);
    if (clash) return clash;
    const unquotable = await revertableProvenance(trx, changeId, node.provenance);
    if (unquotable) return unquotable;
    if (node.deprecatedAt !== null && node.replacedById !== null) {
      const problem = await replacementProblem(trx, node, node.replacedById);
      if (problem) return { ...problem, message: `Change ${changeId} cannot be reverted: ${problem.message}` };
    }
    await trx
      .insertInto('nodes')
      .values({
        ...fromNode(node),
        deprecated_at: node.deprecatedAt,
        replaced_by: node.replacedById,
        origin: CURATOR_ORIGIN,
        version: node.version + 1,
      })
      .execute();
    return { ok: true, subjectId: row.subject_id, before: null, after: await nodeById(trx, row.subject_id) };
  }

  if (!current || current.version !== after.version) return stale();
  if (before === null) {
    // It made the record: remove it, unless something now refers to it.
    if (!isEdge) {
      const referred = await trx
        .selectFrom('edges')
        .select('id')
        .where((eb) => eb.or([eb('from_id', '=', current.id), eb('to_id', '=', current.id)]))
        .executeTakeFirst();
      const replacing = await trx.selectFrom('nodes').select('id').where('replaced_by', '=', current.id).executeTakeFirst();
      const citing = await trx.selectFrom('nodes').select('id').where('source_id', '=', current.id).executeTakeFirst();
      if (referred || replacing || citing)
        return refuse('INVALID', `Change ${changeId} cannot be reverted: other records refer to ${current.id}; deprecate it instead`);
    }
    if (!(await deleteAt(trx, isEdge ? 'edges' : 'nodes', current.id, current.version))) return stale();
    return { ok: true, subjectId: row.subject_id, before: current, after: null };
  }

  // It changed the record: restore the fields it had.
  if (isEdge) return refuse('INVALID', `Change ${changeId} cannot be reverted: no change rewrites a relationship in place`);
  const previous = before as NodeRecord;
  if (previous.slug !== (current as NodeRecord).slug) {
    const clash = await slugClash(trx, previous.kind, previous.slug, previous.id);
    if (clash) return { ...clash, message: `Change ${changeId} cannot be reverted: ${clash.message}`, currentVersion: current.version };
  }
  if (previous.deprecatedAt !== null && previous.replacedById !== null) {
    const problem = await replacementProblem(trx, previous, previous.replacedById);
    if (problem) return { ...problem, message: `Change ${changeId} cannot be reverted: ${problem.message}` };
  }
  // A quote it would put back is checked (one the record still has was checked when it was written).
  if (JSON.stringify(previous.provenance) !== JSON.stringify(current.provenance)) {
    const unquotable = await revertableProvenance(trx, changeId, previous.provenance);
    if (unquotable) return unquotable;
  }
  const restored = { ...fromNode(previous), deprecated_at: previous.deprecatedAt, replaced_by: previous.replacedById };
  if (!(await updateNodeAt(trx, current.id, current.version, restored))) return stale();
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

/** Up to `limit` audit-log entries after the one with id `afterId`, oldest first. */
export async function changesAfter(db: Kysely<Database>, afterId: number, limit: number): Promise<ChangeRecord[]> {
  const rows = await db.selectFrom('changes').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map(toChangeRecord);
}

export async function listChanges(db: Kysely<Database>, query: ChangePageQuery): Promise<Page<ChangeRecord>> {
  let matching = db.selectFrom('changes');
  if (query.since) matching = matching.where('at', '>=', query.since);
  if (query.subjectId) matching = matching.where('subject_id', '=', query.subjectId);
  const [rows, total] = await Promise.all([
    matching.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
    matching.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { totalCount: Number(total.count), items: rows.map(toChangeRecord) };
}

function toChangeRecord(row: Selectable<Database['changes']>): ChangeRecord {
  return {
    id: Number(row.id),
    at: row.at,
    actor: { keyId: row.actor_key_id, label: row.actor_label },
    action: row.action as ChangeRecord['action'],
    subjectId: row.subject_id,
    before: row.before ? (JSON.parse(row.before) as ChangeRecord['before']) : null,
    after: row.after ? (JSON.parse(row.after) as ChangeRecord['after']) : null,
  };
}

export async function insertApiKey(
  db: Kysely<Database>,
  key: { id: string; label: string; scope: Scope; secretHash: string },
): Promise<ApiKeyRecord> {
  const createdAt = new Date().toISOString();
  await db
    .insertInto('api_keys')
    .values({ id: key.id, label: key.label, scope: key.scope, secret_hash: key.secretHash, created_at: createdAt, revoked_at: null })
    .execute();
  return { id: key.id, label: key.label, scope: key.scope, createdAt, revokedAt: null };
}

export async function revokeApiKey(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function apiKeyById(db: Kysely<Database>, id: string): Promise<(ApiKeyRecord & { secretHash: string }) | null> {
  const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  return row
    ? {
        id: row.id,
        label: row.label,
        scope: row.scope as Scope,
        createdAt: row.created_at,
        revokedAt: row.revoked_at,
        secretHash: row.secret_hash,
      }
    : null;
}

export async function listApiKeys(db: Kysely<Database>): Promise<ApiKeyRecord[]> {
  const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at').execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    scope: row.scope as Scope,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }));
}
