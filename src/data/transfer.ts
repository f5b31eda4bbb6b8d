/**
 * The graph's export format (`npm run kg -- export`): the whole graph — every node and edge with
 * its provenance, version, deprecation and origin — as stable JSON, so that it can live in version
 * control and diff cleanly. Records are sorted by id, keys always in the same order, two-space
 * indentation, one trailing newline: exporting the same graph twice gives the same bytes.
 */
import { z } from 'zod';
import { ENTITY_KINDS, RELATION_NAMES, type EdgeRecord, type NodeRecord } from './model.js';

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

const text = z.string().min(1);
const provenance = z.strictObject({
  kind: z.enum(['STATED', 'CURATED']),
  quote: z.string().nullable(),
  section: z.string().nullable(),
  rationale: z.string().nullable(),
  sourceId: z.string().nullable(),
});

const nodeSchema = z.strictObject({
  id: text,
  kind: z.enum(ENTITY_KINDS),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: text,
  description: text,
  attributes: z.strictObject({
    acronym: z.string().optional(),
    alternativeLabels: z.array(z.string()).optional(),
    attributedTo: z.string().optional(),
    author: z.string().optional(),
    authorDescription: z.string().optional(),
    sections: z.array(z.string()).optional(),
  }),
  provenance,
  version: z.number().int().positive(),
  deprecatedAt: z.string().nullable(),
  replacedById: z.string().nullable(),
  origin: z.enum(['content', 'api']),
});

const edgeSchema = z.strictObject({
  id: text,
  relation: z.enum(RELATION_NAMES as [string, ...string[]]),
  fromId: text,
  toId: text,
  position: z.number().int().nonnegative(),
  statement: z.string().nullable(),
  provenance,
  version: z.number().int().positive(),
  origin: z.enum(['content', 'api']),
});

export const graphExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

export class ImportError extends Error {
  override name = 'ImportError';
}

/** Validates an export file's content: its shape, then that every reference resolves within it or the store. */
export function parseGraphExport(json: string): GraphExport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ImportError(`Not JSON: ${(error as Error).message}`);
  }
  return validateGraphExport(data);
}

/** Validates an export already parsed from JSON: its shape, and that no record appears twice. */
export function validateGraphExport(data: unknown): GraphExport {
  const result = graphExportSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ImportError(`Invalid export at ${issue.path.join('.') || 'the top level'}: ${issue.message}`);
  }
  const graph = result.data as GraphExport;
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (ids.has(node.id)) throw new ImportError(`Node ${node.id} appears twice`);
    ids.add(node.id);
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    if (edgeIds.has(edge.id)) throw new ImportError(`Edge ${edge.id} appears twice`);
    edgeIds.add(edge.id);
  }
  return graph;
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
    provenance: { kind: node.provenance.kind, quote: node.provenance.quote, section: node.provenance.section, rationale: node.provenance.rationale, sourceId: node.provenance.sourceId },
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
    provenance: { kind: edge.provenance.kind, quote: edge.provenance.quote, section: edge.provenance.section, rationale: edge.provenance.rationale, sourceId: edge.provenance.sourceId },
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
