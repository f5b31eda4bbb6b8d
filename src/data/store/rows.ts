/** Rows of the graph tables and the records they hold, mapped both ways. */
import type { Selectable } from 'kysely';
import {
  type ContentEdge,
  type ContentNode,
  type EdgeRecord,
  isEntityKind,
  type NodeRecord,
  type Provenance,
  RELATION_NAMES,
  type Relation,
} from '../model.js';
import type { EdgesTable, NodeCurationColumns, NodesTable, ProvenanceColumns } from './tables.js';

export class StoreSchemaError extends Error {
  override name = 'StoreSchemaError';
}

function toProvenance(row: ProvenanceColumns): Provenance {
  return {
    kind: row.provenance_kind === 'STATED' ? 'STATED' : 'CURATED',
    quote: row.quote,
    section: row.section,
    rationale: row.rationale,
    sourceId: row.source_id,
  };
}

function fromProvenance(provenance: Provenance): ProvenanceColumns {
  return {
    provenance_kind: provenance.kind,
    quote: provenance.quote,
    section: provenance.section,
    rationale: provenance.rationale,
    source_id: provenance.sourceId,
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
    // Keys in one order, so the same attributes are always the same text (seeding and import compare it).
    attributes: JSON.stringify(Object.fromEntries(Object.entries(node.attributes).sort(([a], [b]) => a.localeCompare(b)))),
    ...fromProvenance(node.provenance),
  };
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
