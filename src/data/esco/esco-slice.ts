/**
 * The IT slice of ESCO that ships with the service (`src/data/content/esco-it-slice.json`), so that
 * `npm start` has it with nothing to download. `npm run esco:slice` generates it reproducibly from
 * the official archives (`scripts/generate-esco-slice.ts`); seeding loads it with the curated content.
 * The file is compact: provenance is the same for every record (IMPORTED from the dataset named in
 * the file, the record's concept URI), so it is written once and filled in here.
 */
import { readFileSync } from 'node:fs';
import type { ContentEdge, ContentNode, EntityKind, Graph, NodeAttributes, Relation } from '../model.js';
import { edgeId, nodeId } from '../model.js';
import type { EscoGraph } from './esco-graph.js';

export const ESCO_SLICE_FORMAT = 'esco-slice/1';
/** The ISCO-08 groups of the shipped slice: ICT operations managers, ICT professionals, ICT technicians. */
export const IT_SLICE_ISCO_PREFIXES = ['133', '25', '35'] as const;

interface SliceFile {
  format: typeof ESCO_SLICE_FORMAT;
  dataset: { version: string; iscoPrefixes: string[] };
  /** The dataset's Source and the crosswalk's, whole. */
  sources: ContentNode[];
  /** `[kind, slug, name, description, attributes]`. */
  nodes: [EntityKind, string, string, string, NodeAttributes][];
  /** `[relation, fromId, toId, qualifier]`, in each `from` entity's order. */
  edges: [Relation, string, string, string | null][];
}

/** The slice file's text for a graph made by `escoGraph` (sorted, so the same archives give the same bytes). */
export function serializeEscoSlice(graph: EscoGraph, dataset: SliceFile['dataset']): string {
  const sources = graph.nodes.filter((node) => node.kind === 'Source');
  const nodes = graph.nodes
    .filter((node) => node.kind !== 'Source')
    .map((node) => [node.kind, node.slug, node.name, node.description, node.attributes] as SliceFile['nodes'][number])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  const edges = [...graph.edges]
    .sort((a, b) =>
      a.relation !== b.relation
        ? a.relation < b.relation
          ? -1
          : 1
        : a.fromId !== b.fromId
          ? a.fromId < b.fromId
            ? -1
            : 1
          : a.position - b.position,
    )
    .map((edge) => [edge.relation, edge.fromId, edge.toId, edge.qualifier] as SliceFile['edges'][number]);
  const lines = [
    '{',
    `"format": ${JSON.stringify(ESCO_SLICE_FORMAT)},`,
    `"dataset": ${JSON.stringify(dataset)},`,
    `"sources": ${JSON.stringify(sources)},`,
    '"nodes": [',
    nodes.map((node) => JSON.stringify(node)).join(',\n'),
    '],',
    '"edges": [',
    edges.map((edge) => JSON.stringify(edge)).join(',\n'),
    ']',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

/** The slice as nodes and edges with their provenance, from the file at `url`. */
export function loadEscoSlice(url: URL): Graph {
  const file = JSON.parse(readFileSync(url, 'utf8')) as SliceFile;
  if (file.format !== ESCO_SLICE_FORMAT) throw new Error(`${url.pathname}: not an ESCO slice file (format "${String(file.format)}")`);
  const datasetId = file.sources[0]!.id;
  const imported = (record: string) => ({
    kind: 'IMPORTED' as const,
    quote: null,
    section: null,
    rationale: null,
    sourceId: datasetId,
    record,
  });
  const nodes: ContentNode[] = [...file.sources];
  const uriOf = new Map<string, string>();
  for (const [kind, slug, name, description, attributes] of file.nodes) {
    const id = nodeId(kind, slug);
    uriOf.set(id, attributes.uri!);
    nodes.push({ id, kind, slug, name, description, attributes, provenance: imported(attributes.uri!) });
  }
  const positions = new Map<string, number>();
  const edges: ContentEdge[] = file.edges.map(([relation, fromId, toId, qualifier]) => {
    const key = `${relation}:${fromId}`;
    const position = positions.get(key) ?? 0;
    positions.set(key, position + 1);
    return {
      id: edgeId(relation, fromId, toId),
      relation,
      fromId,
      toId,
      position,
      statement: null,
      qualifier,
      provenance: imported(uriOf.get(fromId)!),
    };
  });
  return { nodes, edges };
}
