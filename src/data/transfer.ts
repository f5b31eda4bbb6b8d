/**
 * The graph's export format (`npm run kg -- export`): the whole graph — every node and edge with
 * its provenance, version, deprecation and origin — as stable JSON, so that it can live in version
 * control and diff cleanly. Records are sorted by id, keys always in the same order, two-space
 * indentation, one trailing newline: exporting the same graph twice gives the same bytes.
 */
import { z } from 'zod';
import {
  type EdgeRecord,
  ENTITY_KINDS,
  type EntityKind,
  edgeId,
  kindOfNodeId,
  type NodeRecord,
  nodeId,
  type Provenance,
  type ProvenanceKind,
  RELATION_NAMES,
} from './model.js';
import {
  attributeRules,
  deprecatedAtRule,
  entityFieldRules,
  MAX_STORED_INTEGER,
  provenanceRules,
  qualifierProblem,
  relationProblem,
  replacementLoop,
  replacementProblem,
  slugField,
  statementRule,
  storableString,
} from './model-rules.js';
import { checkedProvenance, type QuotedSource, sourceTextOf } from './quote-check.js';

export const EXPORT_FORMAT = 'it-ops-knowledge-graph/1';

export type Origin = 'content' | 'api';

export interface ExportedNode extends NodeRecord {
  origin: Origin;
}

export interface ExportedEdge extends EdgeRecord {
  origin: Origin;
}

export interface GraphExport {
  format: typeof EXPORT_FORMAT;
  nodes: ExportedNode[];
  edges: ExportedEdge[];
}

/** What each kind of provenance must have and must leave null (the API's provenance input asks the same). */
const PROVENANCE_FIELDS = {
  STATED: {
    needs: { quote: 'a quote (the source’s exact words)', sourceId: 'a sourceId (the Source quoted)' },
    forbids: ['rationale', 'record'],
  },
  CURATED: { needs: { rationale: 'a rationale' }, forbids: ['quote', 'section', 'sourceId', 'record'] },
  IMPORTED: {
    needs: { sourceId: 'a sourceId (the dataset’s Source)', record: 'a record (the dataset record’s URI)' },
    forbids: ['quote', 'section', 'rationale'],
  },
} as const satisfies Record<ProvenanceKind, { needs: Partial<Record<keyof Provenance, string>>; forbids: readonly (keyof Provenance)[] }>;

const provenance = z
  .strictObject({
    kind: z.enum(['STATED', 'CURATED', 'IMPORTED']),
    quote: provenanceRules.quote.nullable(),
    section: provenanceRules.section.nullable(),
    rationale: provenanceRules.rationale.nullable(),
    sourceId: storableString.nullable(),
    /** Exports made before IMPORTED provenance existed have no `record`. */
    record: provenanceRules.record.nullable().default(null),
  })
  .superRefine((value, context) => {
    const { needs, forbids } = PROVENANCE_FIELDS[value.kind];
    for (const [field, what] of Object.entries(needs) as [keyof Provenance, string][]) {
      if (value[field] === null) context.addIssue({ code: 'custom', path: [field], message: `${value.kind} provenance needs ${what}` });
    }
    for (const field of forbids) {
      if (value[field] !== null) context.addIssue({ code: 'custom', path: [field], message: `must be null in ${value.kind} provenance` });
    }
  });

/** A version or position: a whole number a store column can hold. */
const storedInteger = (min: number) => z.number().int().min(min).max(MAX_STORED_INTEGER);

const nodeSchema = z.strictObject({
  id: storableString,
  kind: z.enum(ENTITY_KINDS),
  ...entityFieldRules,
  attributes: z.strictObject({
    acronym: attributeRules.acronym.optional(),
    alternativeLabels: attributeRules.alternativeLabels.optional(),
    attributedTo: attributeRules.attributedTo.optional(),
    author: attributeRules.author.optional(),
    authorDescription: attributeRules.authorDescription.optional(),
    sections: attributeRules.sections.optional(),
    text: attributeRules.text.optional(),
    url: attributeRules.url.optional(),
    publishedOn: attributeRules.publishedOn.optional(),
    licence: attributeRules.licence.optional(),
    horizon: attributeRules.horizon.optional(),
    topPercent: attributeRules.topPercent.optional(),
    uri: attributeRules.uri.optional(),
    hiddenLabels: attributeRules.hiddenLabels.optional(),
    code: attributeRules.code.optional(),
    skillType: attributeRules.skillType.optional(),
    reuseLevel: attributeRules.reuseLevel.optional(),
    externalIds: attributeRules.externalIds.optional(),
  }),
  provenance,
  version: storedInteger(1),
  deprecatedAt: deprecatedAtRule.nullable(),
  replacedById: storableString.nullable(),
  origin: z.enum(['content', 'api']),
});

const edgeSchema = z.strictObject({
  id: storableString,
  relation: z.enum(RELATION_NAMES as [string, ...string[]]),
  fromId: storableString,
  toId: storableString,
  position: storedInteger(0),
  statement: statementRule.nullable(),
  /** Exports made before edges had qualifiers have none. */
  qualifier: storableString.nullable().default(null),
  provenance,
  version: storedInteger(1),
  origin: z.enum(['content', 'api']),
});

export const graphExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

type RecordList = 'nodes' | 'edges';

/** Why an import was refused; names the record (its list, index and id) and the field when one is at fault. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    readonly at: { record: RecordList; index: number; id: string | null; field: string | null } | null = null,
  ) {
    super(message);
  }
}

/** Ids are quoted as JSON (control characters made visible) and cut short: a bad file may hold a huge one. */
function quotedId(id: unknown): string {
  if (typeof id !== 'string') return '(no id)';
  return JSON.stringify(id.length > 120 ? `${id.slice(0, 120)}…` : id);
}

/** Refuses the import for a problem with one record (and one of its fields). */
function refuseRecord(record: RecordList, index: number, id: unknown, field: string | null, problem: string): never {
  const where = `${record}[${index}] ${quotedId(id)}${field === null ? '' : ` field "${field}"`}`;
  throw new ImportError(`Invalid export: ${where}: ${problem}`, { record, index, id: typeof id === 'string' ? id : null, field });
}

/** Validates an export file's content: JSON, then everything `validateGraphExport` checks. */
export function parseGraphExport(json: string): GraphExport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ImportError(`Not JSON: ${(error as Error).message}`);
  }
  return validateGraphExport(data);
}

/**
 * Validates an export already parsed from JSON against the model's rules, record by record: each
 * field's shape and limits (`model-rules.ts`), ids that are what the model derives them from, and
 * no record twice. What needs the store too (references, kinds at either end, unique slugs,
 * replacement loops) is `checkImportAgainstStore`. Gives back the records as they will be stored
 * (text trimmed, as the API trims it).
 */
export function validateGraphExport(data: unknown): GraphExport {
  if (validatedExports.has(data as object)) return data as GraphExport;
  const result = graphExportSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [list, index, ...field] = issue.path;
    if ((list === 'nodes' || list === 'edges') && typeof index === 'number') {
      const record = (data as Record<RecordList, { id?: unknown }[]>)[list][index];
      refuseRecord(list, index, record?.id, field.length > 0 ? field.join('.') : null, issue.message);
    }
    throw new ImportError(`Invalid export at ${issue.path.join('.') || 'the top level'}: ${issue.message}`);
  }
  const graph = result.data as GraphExport;
  const ids = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    const slug = node.id.slice(node.id.indexOf(':') + 1);
    if (kindOfNodeId(node.id) !== node.kind || !slugField.safeParse(slug).success) {
      refuseRecord(
        'nodes',
        index,
        node.id,
        'id',
        `must be "${node.kind}:" followed by the slug the entity was created with (e.g. "${nodeId(node.kind, node.slug)}")`,
      );
    }
    const earlier = ids.get(node.id);
    if (earlier !== undefined) refuseRecord('nodes', index, node.id, 'id', `appears twice (also nodes[${earlier}])`);
    ids.set(node.id, index);
    if (node.replacedById !== null && node.deprecatedAt === null) {
      refuseRecord('nodes', index, node.id, 'replacedById', 'only a deprecated entity has a replacement (deprecatedAt is null)');
    }
  });
  const edgeIds = new Map<string, number>();
  graph.edges.forEach((edge, index) => {
    const derived = edgeId(edge.relation, edge.fromId, edge.toId);
    if (edge.id !== derived) refuseRecord('edges', index, edge.id, 'id', `must be "${derived}" (relation:fromId->toId)`);
    const earlier = edgeIds.get(edge.id);
    if (earlier !== undefined) refuseRecord('edges', index, edge.id, 'id', `appears twice (also edges[${earlier}])`);
    const qualifierRefusal = qualifierProblem(edge.relation, edge.qualifier, { required: false });
    if (qualifierRefusal) refuseRecord('edges', index, edge.id, 'qualifier', qualifierRefusal);
    edgeIds.set(edge.id, index);
  });
  validatedExports.add(deepFreeze(graph));
  return graph;
}

/**
 * The exports validated here, frozen so that they cannot have changed since: the CLI validates a
 * file before it opens the store, and the store's import, which validates whatever it is given,
 * then need not do it again (on a large file that takes seconds).
 */
const validatedExports = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** What `checkImportAgainstStore` needs to know of a node the store holds. */
export interface StoredNodeFacts {
  kind: EntityKind;
  slug: string;
  replacedById: string | null;
  origin: string;
}

/**
 * Checks a validated export against the graph it will be applied to (the store's records, with
 * the file's in their place): every reference resolves, to a record of the right kind; relations
 * join the kinds they join; replacements are of the same kind and never loop; no two entities of a
 * kind share a slug; and records marked as the content's are ones the content owns (seeding deletes
 * content records the content does not define, so such a record would vanish at the next start).
 */
export function checkImportAgainstStore(
  graph: GraphExport,
  stored: { nodes: ReadonlyMap<string, StoredNodeFacts>; edgeOrigins: ReadonlyMap<string, string> },
): void {
  const incoming = new Map(graph.nodes.map((node) => [node.id, node]));
  const kindOf = (id: string): EntityKind | undefined => incoming.get(id)?.kind ?? stored.nodes.get(id)?.kind;
  const replacedByOf = (id: string) => (incoming.has(id) ? incoming.get(id)!.replacedById : stored.nodes.get(id)?.replacedById);
  const missing = (id: string) => `refers to ${id}, which neither the file nor the store has`;
  const checkSource = (record: RecordList, index: number, id: string, sourceId: string | null) => {
    if (sourceId === null) return;
    const kind = kindOf(sourceId);
    if (kind === undefined) refuseRecord(record, index, id, 'provenance.sourceId', missing(sourceId));
    if (kind !== 'Source') refuseRecord(record, index, id, 'provenance.sourceId', `must name a Source; ${sourceId} is a ${kind}`);
  };
  const checkOrigin = (record: RecordList, index: number, id: string, origin: string, storedOrigin: string | undefined) => {
    if (origin === 'content' && storedOrigin !== 'content') {
      refuseRecord(
        record,
        index,
        id,
        'origin',
        'is "content", but this deployment’s content does not own the record, so the next start would delete it; mark it "api" to keep it as a curated record',
      );
    }
  };

  // Slugs are unique within a kind in the graph as it will be: stored entities the file does not
  // change keep theirs, the file's take the file's.
  const bySlug = new Map<string, string>();
  for (const [id, node] of stored.nodes) if (!incoming.has(id)) bySlug.set(`${node.kind}:${node.slug}`, id);
  graph.nodes.forEach((node, index) => {
    const key = nodeId(node.kind, node.slug);
    const holder = bySlug.get(key);
    if (holder !== undefined) {
      const where = incoming.has(holder) ? `nodes[${graph.nodes.findIndex((other) => other.id === holder)}]` : 'the store';
      refuseRecord(
        'nodes',
        index,
        node.id,
        'slug',
        `"${node.slug}" is already the slug of ${holder} (${where}); slugs are unique within a kind`,
      );
    }
    bySlug.set(key, node.id);
  });

  const settled = new Set<string>();
  graph.nodes.forEach((node, index) => {
    checkSource('nodes', index, node.id, node.provenance.sourceId);
    if (node.replacedById !== null) {
      const kind = kindOf(node.replacedById);
      if (kind === undefined) refuseRecord('nodes', index, node.id, 'replacedById', missing(node.replacedById));
      const problem = replacementProblem(node, { id: node.replacedById, kind });
      if (problem) refuseRecord('nodes', index, node.id, 'replacedById', problem);
      const loop = replacementLoop(node.id, replacedByOf, settled);
      if (loop) refuseRecord('nodes', index, node.id, 'replacedById', `replacements must not loop: ${loop.join(' → ')}`);
    }
    checkOrigin('nodes', index, node.id, node.origin, stored.nodes.get(node.id)?.origin);
  });

  graph.edges.forEach((edge, index) => {
    const fromKind = kindOf(edge.fromId);
    if (fromKind === undefined) refuseRecord('edges', index, edge.id, 'fromId', missing(edge.fromId));
    const toKind = kindOf(edge.toId);
    if (toKind === undefined) refuseRecord('edges', index, edge.id, 'toId', missing(edge.toId));
    const problem = relationProblem(edge.relation, { id: edge.fromId, kind: fromKind }, { id: edge.toId, kind: toKind });
    if (problem) refuseRecord('edges', index, edge.id, 'relation', problem);
    checkSource('edges', index, edge.id, edge.provenance.sourceId);
    checkOrigin('edges', index, edge.id, edge.origin, stored.edgeOrigins.get(edge.id));
  });
}

/** What `checkImportQuotes` needs of the store: its sources, and its STATED records citing one. */
export interface StoredQuotes {
  source: (id: string) => QuotedSource | undefined;
  /** The store's records (nodes and edges) whose STATED provenance cites the source. */
  citing: (sourceId: string) => { id: string; provenance: Provenance }[];
}

/**
 * Checks every STATED quote of an export against the text of the source it cites, as the graph will
 * be: the file's own Source when the file has it, else the store's. A quote its source does not hold
 * refuses the import, naming the record and `provenance.quote` (or `provenance.section`,
 * `provenance.sourceId`). A Source in the file must have sections that are lines of its text, and
 * must not change a stored source's text so that a stored quote that stood in it no longer does.
 * Runs after `checkImportAgainstStore` (every source named exists and is a Source).
 */
export async function checkImportQuotes(graph: GraphExport, stored: StoredQuotes): Promise<void> {
  const incoming = new Map(graph.nodes.map((node) => [node.id, node]));
  const sourceOf = (id: string): QuotedSource | null => {
    const own = incoming.get(id);
    return own ? { id: own.id, kind: own.kind, attributes: own.attributes } : (stored.source(id) ?? null);
  };
  const fields = { quote: 'provenance.quote', section: 'provenance.section', source: 'provenance.sourceId' } as const;
  const check = async (record: RecordList, index: number, id: string, provenance: Provenance) => {
    const checked = await checkedProvenance(provenance, sourceOf);
    if (!checked.ok) refuseRecord(record, index, id, fields[checked.field], checked.reason);
  };
  for (const [index, node] of graph.nodes.entries()) {
    if (node.kind === 'Source' && node.attributes.text !== undefined) {
      const text = sourceTextOf({ id: node.id, kind: node.kind, attributes: node.attributes });
      if ('problem' in text) {
        refuseRecord('nodes', index, node.id, 'attributes.sections', `every heading must be a line of the text (${text.problem})`);
      }
    }
    await check('nodes', index, node.id, node.provenance);
  }
  for (const [index, edge] of graph.edges.entries()) await check('edges', index, edge.id, edge.provenance);

  // A source the file rewrites must still hold the stored quotes that stood in it (the file's own were checked above).
  const inFile = new Set([...incoming.keys(), ...graph.edges.map((edge) => edge.id)]);
  for (const [index, node] of graph.nodes.entries()) {
    const before = node.kind === 'Source' ? stored.source(node.id) : undefined;
    if (
      !before ||
      JSON.stringify([before.attributes.text, before.attributes.sections]) ===
        JSON.stringify([node.attributes.text, node.attributes.sections])
    )
      continue;
    for (const record of stored.citing(node.id)) {
      if (inFile.has(record.id) || !(await checkedProvenance(record.provenance, () => before)).ok) continue;
      const after = await checkedProvenance(record.provenance, sourceOf);
      if (!after.ok) {
        refuseRecord('nodes', index, node.id, 'attributes.text', `would no longer hold the stored quote of ${record.id}: ${after.reason}`);
      }
    }
  }
}

function sortedKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) as T;
}

/** The stable text of an export. */
export function serializeGraphExport(graph: GraphExport): string {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const nodes = [...graph.nodes].sort(byId).map((node) => ({
    id: node.id,
    kind: node.kind,
    slug: node.slug,
    name: node.name,
    description: node.description,
    attributes: sortedKeys(node.attributes),
    provenance: {
      kind: node.provenance.kind,
      quote: node.provenance.quote,
      section: node.provenance.section,
      rationale: node.provenance.rationale,
      sourceId: node.provenance.sourceId,
      ...(node.provenance.record ? { record: node.provenance.record } : {}),
    },
    version: node.version,
    deprecatedAt: node.deprecatedAt,
    replacedById: node.replacedById,
    origin: node.origin,
  }));
  const edges = [...graph.edges].sort(byId).map((edge) => ({
    id: edge.id,
    relation: edge.relation,
    fromId: edge.fromId,
    toId: edge.toId,
    position: edge.position,
    statement: edge.statement,
    qualifier: edge.qualifier,
    provenance: {
      kind: edge.provenance.kind,
      quote: edge.provenance.quote,
      section: edge.provenance.section,
      rationale: edge.provenance.rationale,
      sourceId: edge.provenance.sourceId,
      ...(edge.provenance.record ? { record: edge.provenance.record } : {}),
    },
    version: edge.version,
    origin: edge.origin,
  }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, nodes, edges }, null, 2)}\n`;
}

export interface ImportSummary {
  nodesAdded: number;
  nodesUpdated: number;
  nodesUnchanged: number;
  edgesAdded: number;
  edgesUpdated: number;
  edgesUnchanged: number;
  dryRun: boolean;
}
