/**
 * A deterministic synthetic graph `scale` times the seed, for the growth benchmark
 * (`npm run bench -- --scale N`). The seed graph stays exactly as it is (so every benchmark question
 * has the same answer at every scale); beside it come `scale - 1` copies of it, each with 20 more
 * certifications and about 860 more relationships, drawn with a seeded random generator between
 * entities of any copy but the seed, of the kinds each relation joins. Per copy: 101 entities and
 * about 1,000 relationships, so 1,000× is ≈100,000 entities and ≈1,000,000 relationships.
 * Everything added is marked CURATED with a rationale that says it is synthetic; nothing is STATED.
 * Only the article's entities are copied: the seeded ESCO slice (IMPORTED records, 1,200 entities and
 * 7,000 relationships) stays once, in the seed, so that a copy keeps the size it always had.
 */
import { type EntityKind, edgeId, nodeId, type Provenance, RELATIONS, type Relation } from '../src/data/model.js';
import { EXPORT_FORMAT, type ExportedEdge, type ExportedNode, type GraphExport } from '../src/data/transfer.js';

const EXTRA_CERTIFICATIONS_PER_COPY = 20;
/** The relations synthetic relationships are drawn from (the model's first twelve). */
const SYNTHETIC_RELATIONS: readonly Relation[] = [
  'LEADS',
  'HOLDS_RESPONSIBILITY',
  'HAS_PRIMARY_AREA',
  'NEEDS_SKILL_DOMAIN',
  'WORKS_IN_FUNCTION',
  'TAKES_STANCE_ON',
  'NEEDS_TECHNICAL_AREA',
  'SUPPORTED_BY_SKILL_DOMAIN',
  'INCLUDES_RESPONSIBILITY',
  'COVERED_BY_CERTIFICATION',
  'ISSUED_BY',
  'DESCRIBES_OUTLOOK_FOR',
];
const EXTRA_EDGES_PER_COPY = 856;

/** mulberry32: a small, fast, seeded generator; the same seed gives the same graph. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(seedGraph: GraphExport, scale: number, seed = 20261128): GraphExport {
  if (scale <= 1) return seedGraph;
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const synthetic = (what: string): Provenance => ({
    kind: 'CURATED',
    quote: null,
    section: null,
    rationale: `Synthetic ${what} for the growth benchmark; not from any source.`,
    sourceId: null,
  });

  const nodes: ExportedNode[] = [...seedGraph.nodes];
  const edges: ExportedEdge[] = [...seedGraph.edges];
  const edgeIds = new Set(edges.map((edge) => edge.id));
  const positions = new Map<string, number>();
  const copied = new Map<EntityKind, string[]>(); // ids of every copy's entities, by kind
  const add = (list: string[] | undefined, kind: EntityKind, id: string) => (list ? list.push(id) : copied.set(kind, [id]));
  const link = (relation: ExportedEdge['relation'], fromId: string, toId: string, provenance: Provenance) => {
    const id = edgeId(relation, fromId, toId);
    if (fromId === toId || edgeIds.has(id)) return false;
    edgeIds.add(id);
    const key = `${relation}:${fromId}`;
    const position = positions.get(key) ?? 1000;
    positions.set(key, position + 1);
    edges.push({ id, relation, fromId, toId, position, statement: null, qualifier: null, provenance, version: 1, origin: 'api' });
    return true;
  };

  for (let copy = 1; copy < scale; copy++) {
    const copyId = new Map<string, string>();
    for (const node of seedGraph.nodes) {
      if (node.kind === 'Source' || node.provenance.kind === 'IMPORTED') continue;
      const slug = `${node.slug}-s${copy}`;
      const id = nodeId(node.kind, slug);
      copyId.set(node.id, id);
      nodes.push({
        ...node,
        id,
        slug,
        name: `${node.name} (copy ${copy})`,
        provenance: synthetic('copy of a seed entity'),
        deprecatedAt: null,
        replacedById: null,
        version: 1,
        origin: 'api',
      });
      add(copied.get(node.kind), node.kind, id);
    }
    for (const edge of seedGraph.edges) {
      const fromId = copyId.get(edge.fromId);
      const toId = copyId.get(edge.toId);
      if (fromId && toId) link(edge.relation, fromId, toId, synthetic('copy of a seed relationship'));
    }
    const issuers = seedGraph.nodes.filter((node) => node.kind === 'Issuer').map((node) => copyId.get(node.id)!);
    for (let i = 1; i <= EXTRA_CERTIFICATIONS_PER_COPY; i++) {
      const slug = `synthetic-certification-${copy}-${i}`;
      const id = nodeId('Certification', slug);
      nodes.push({
        id,
        kind: 'Certification',
        slug,
        name: `Synthetic certification ${copy}-${i}`,
        description: 'A certification made up for the growth benchmark.',
        attributes: {},
        provenance: synthetic('certification'),
        version: 1,
        deprecatedAt: null,
        replacedById: null,
        origin: 'api',
      });
      add(copied.get('Certification'), 'Certification', id);
      link('ISSUED_BY', id, pick(issuers), synthetic('relationship'));
    }
  }
  // Relationships between the copies' entities (never the seed's), of the kinds each relation joins,
  // drawn from a fixed list of relations so that the graph (and what is measured on it) stays the
  // same when the model gains relations.
  const relations = SYNTHETIC_RELATIONS.filter((relation) => copied.has(RELATIONS[relation].from) && copied.has(RELATIONS[relation].to));
  for (let made = 0, attempts = 0; made < EXTRA_EDGES_PER_COPY * (scale - 1) && attempts < 20 * EXTRA_EDGES_PER_COPY * scale; attempts++) {
    const relation = pick(relations);
    if (link(relation, pick(copied.get(RELATIONS[relation].from)!), pick(copied.get(RELATIONS[relation].to)!), synthetic('relationship')))
      made++;
  }
  return { format: EXPORT_FORMAT, nodes, edges };
}
