/** Rows of the graph tables and the records they hold, mapped both ways. */
import type { Selectable } from 'kysely';
import {
  type ContentEdge,
  type ContentNode,
  type EdgeRecord,
  isEntityKind,
  type NodeRecord,
  type Provenance,
  type ProvenanceKind,
  RELATION_NAMES,
  type Relation,
} from '../model.js';
import type { EdgesTable, NodeCurationColumns, NodesTable, ProvenanceColumns } from './tables.js';

export class StoreSchemaError extends Error {
  override name = 'StoreSchemaError';
}

function provenanceKindOf(value: string): ProvenanceKind {
  if (value === 'STATED' || value === 'CURATED' || value === 'IMPORTED') return value;
  throw new StoreSchemaError(`A record has an unknown provenance kind "${value}"`);
}

function toProvenance(row: ProvenanceColumns): Provenance {
  return {
    kind: provenanceKindOf(row.provenance_kind),
    quote: row.quote,
    section: row.section,
    rationale: row.rationale,
    sourceId: row.source_id,
    record: row.record ?? null,
  };
}

function fromProvenance(provenance: Provenance): ProvenanceColumns {
  return {
    provenance_kind: provenance.kind,
    quote: provenance.quote,
    section: provenance.section,
    rationale: provenance.rationale,
    source_id: provenance.sourceId,
    record: provenance.record ?? null,
  };
}

export function toNode(row: Selectable<NodesTable> & Partial<Selectable<NodeCurationColumns>>): NodeRecord {
  if (!isEntityKind(row.kind)) throw new StoreSchemaError(`Node ${row.id} has an unknown kind "${row.kind}"`);
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    name: row.name,
    description: row.description,
    attributes: JSON.parse(row.attributes) as NodeRecord['attributes'],
    provenance: toProvenance(row),
    version: Number(row.version ?? 1),
    deprecatedAt: row.deprecated_at ?? null,
    replacedById: row.replaced_by ?? null,
  };
}

export function fromNode(node: ContentNode): NodesTable {
  return {
    id: node.id,
    kind: node.kind,
    slug: node.slug,
    name: node.name,
    description: node.description,
    // Keys in one order, at every depth, so the same attributes are always the same text (seeding and import compare it).
    attributes: JSON.stringify(node.attributes, sortedKeys),
    ...fromProvenance(node.provenance),
  };
}

/** A JSON.stringify replacer that writes every object's keys in sorted order. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function toEdge(row: Selectable<EdgesTable> & { version?: number }): EdgeRecord {
  if (!(RELATION_NAMES as string[]).includes(row.relation)) {
    throw new StoreSchemaError(`Edge ${row.id} has an unknown relation "${row.relation}"`);
  }
  return {
    id: row.id,
    relation: row.relation as Relation,
    fromId: row.from_id,
    toId: row.to_id,
    position: Number(row.position),
    statement: row.statement,
    qualifier: row.qualifier ?? null,
    provenance: toProvenance(row),
    version: Number(row.version ?? 1),
  };
}

export function fromEdge(edge: ContentEdge): EdgesTable {
  return {
    id: edge.id,
    relation: edge.relation,
    from_id: edge.fromId,
    to_id: edge.toId,
    position: edge.position,
    statement: edge.statement,
    qualifier: edge.qualifier,
    ...fromProvenance(edge.provenance),
  };
}
