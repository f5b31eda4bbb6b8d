/**
 * Turns the curated content into a validated graph of nodes and typed edges.
 *
 * Validation is strict because the graph's promise is that every fact is cited: a record that
 * fails its schema, a link to a slug that does not exist, or a quote that is not the source's
 * exact words stops start-up with a message naming the record and the field.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { COLLECTIONS, CONTENT_LINKS, type Content, type ContentInput, contentSchema } from './content/schema.js';
import { ContentError } from './content-error.js';
import {
  type ContentEdge,
  type ContentNode,
  type EntityKind,
  edgeId,
  type Graph,
  type NodeAttributes,
  nodeId,
  type Provenance,
  RELATIONS,
  type Relation,
} from './model.js';
import { normaliseWhitespace, SourceText } from './source-text.js';

export { ContentError };

/** Relations whose content links give, as `statement`, the source's own definition (checked to be in the quote). */
const DEFINING_RELATIONS = new Set<Relation>(['HOLDS_RESPONSIBILITY', 'INCLUDES_RESPONSIBILITY']);

type ProvenanceInput = { quote: string; section?: string | undefined } | { rationale: string };
/** A link's citation: a record's, or (links into an imported dataset only) the dataset's own record of the linked entity. */
type LinkProvenanceInput = ProvenanceInput | { imported: { record: string } };
type LinkInput = LinkProvenanceInput & { to: string; statement?: string | undefined; qualifier?: string };

// Checked when the module loads: a content link table entry whose relation does not start at the
// collection's kind is a mistake in the table.
for (const [collection, fields] of Object.entries(CONTENT_LINKS) as [keyof typeof CONTENT_LINKS, Record<string, Relation>][]) {
  for (const [field, relation] of Object.entries(fields)) {
    if (RELATIONS[relation].from !== COLLECTIONS[collection]) {
      throw new Error(
        `CONTENT_LINKS.${collection}.${field}: ${relation} starts at ${RELATIONS[relation].from}, not ${COLLECTIONS[collection]}`,
      );
    }
  }
}

/**
 * The graph of the content. `base` is a graph built elsewhere (the ESCO slice) that the content's
 * links may point into: its nodes and edges come first in the result.
 */
export function buildGraph(
  input: ContentInput,
  sourceDirectory = new URL('./content/', import.meta.url),
  base: Graph = { nodes: [], edges: [] },
): Graph {
  const content = parseContent(input);
  const text = new SourceText(readFileSync(new URL(content.source.file, sourceDirectory), 'utf8'), content.source.sections);
  const sourceId = nodeId('Source', content.source.slug);

  const nodes: ContentNode[] = [...base.nodes];
  const edges: ContentEdge[] = [...base.edges];
  const ids = new Set<string>(base.nodes.map((node) => node.id));
  const edgeIds = new Set<string>(base.edges.map((edge) => edge.id));

  const provenanceOf = (value: ProvenanceInput, where: string): Provenance => {
    if ('rationale' in value) {
      return { kind: 'CURATED', quote: null, section: null, rationale: value.rationale, sourceId: null };
    }
    const found = text.locate(value.quote, value.section);
    if (!found.ok) throw new ContentError(`Invalid content: ${where}: ${found.reason}`);
    return { kind: 'STATED', quote: value.quote, section: found.section, rationale: null, sourceId };
  };

  const addNode = (
    kind: EntityKind,
    record: { slug: string; name: string; description: string; alternativeLabels: string[]; provenance: ProvenanceInput },
    attributes: NodeAttributes,
    where: string,
  ) => {
    const id = nodeId(kind, record.slug);
    if (ids.has(id)) throw new ContentError(`Invalid content: ${where}: slug "${record.slug}" is used twice`);
    ids.add(id);
    const withLabels = record.alternativeLabels.length ? { ...attributes, alternativeLabels: record.alternativeLabels } : attributes;
    nodes.push({
      id,
      kind,
      slug: record.slug,
      name: record.name,
      description: record.description,
      attributes: withLabels,
      provenance: provenanceOf(record.provenance, `${where} field "provenance"`),
    });
  };

  const { source } = content;
  const sourceAttributes: NodeAttributes = {
    author: source.author,
    authorDescription: source.authorDescription,
    sections: source.sections,
    text: text.raw.trim(),
  };
  if (source.url) sourceAttributes.url = source.url;
  if (source.publishedOn) sourceAttributes.publishedOn = source.publishedOn;
  if (source.licence) sourceAttributes.licence = source.licence;
  addNode('Source', source, sourceAttributes, `source (slug "${source.slug}")`);
  for (const [collection, kind] of Object.entries(COLLECTIONS) as [keyof typeof COLLECTIONS, EntityKind][]) {
    content[collection].forEach((record, index) => {
      const { acronym, attributedTo, horizon, topPercent } = record as NodeAttributes;
      const attributes: NodeAttributes = {};
      if (acronym) attributes.acronym = acronym;
      if (attributedTo) attributes.attributedTo = attributedTo;
      if (horizon) attributes.horizon = horizon;
      if (topPercent !== undefined) attributes.topPercent = topPercent;
      addNode(kind, record, attributes, `${collection}[${index}] (slug "${record.slug}")`);
    });
  }

  // Links are resolved after every node exists, so records may refer to each other in any order.
  const nodesById = new Map(nodes.map((node) => [node.id, node]));

  /**
   * A link cited by an imported dataset's record of the entity it links to (ESCO lists the role's
   * name among the occupation's labels): IMPORTED, naming the dataset the linked entity was imported
   * from; the record must be that entity's own URI.
   */
  const importedProvenanceOf = (target: ContentNode, record: string, field: string): Provenance => {
    if (target.provenance.kind !== 'IMPORTED' || target.provenance.sourceId === null) {
      throw new ContentError(`Invalid content: ${field} field "imported": "${target.slug}" is not an imported record`);
    }
    if (record !== target.attributes.uri) {
      throw new ContentError(
        `Invalid content: ${field} field "imported.record": "${record}" is not the URI of "${target.slug}" (${target.attributes.uri ?? 'none'})`,
      );
    }
    return { kind: 'IMPORTED', quote: null, section: null, rationale: null, sourceId: target.provenance.sourceId, record };
  };

  const addLinks = (relation: Relation, fromSlug: string, links: LinkInput[], where: string) => {
    const { from, to } = RELATIONS[relation];
    const fromId = nodeId(from, fromSlug);
    links.forEach((link, position) => {
      const field = `${where}[${position}]`;
      const toId = nodeId(to, link.to);
      if (!ids.has(toId)) throw new ContentError(`Invalid content: ${field}: no ${to} has the slug "${link.to}"`);
      const id = edgeId(relation, fromId, toId);
      if (edgeIds.has(id)) {
        throw new ContentError(`Invalid content: ${field}: links to "${link.to}" twice`);
      }
      if (link.statement !== undefined && 'quote' in link && DEFINING_RELATIONS.has(relation)) {
        // A role's definition of a responsibility is the source's words: it must stand in the link's quote.
        if (!normaliseWhitespace(link.quote).includes(normaliseWhitespace(link.statement))) {
          throw new ContentError(`Invalid content: ${field} field "statement": it does not occur verbatim in the link's quote`);
        }
      }
      edgeIds.add(id);
      edges.push({
        id,
        relation,
        fromId,
        toId,
        position,
        statement: link.statement ?? null,
        qualifier: link.qualifier ?? null,
        provenance:
          'imported' in link ? importedProvenanceOf(nodesById.get(toId)!, link.imported.record, field) : provenanceOf(link, field),
      });
    });
  };

  for (const [collection, fields] of Object.entries(CONTENT_LINKS) as [keyof typeof CONTENT_LINKS, Record<string, Relation>][]) {
    content[collection].forEach((record, i) => {
      for (const [field, relation] of Object.entries(fields)) {
        const value = (record as unknown as Record<string, LinkInput | LinkInput[]>)[field]!;
        const where = `${collection}[${i}] (slug "${record.slug}") field "${field}"`;
        addLinks(relation, record.slug, Array.isArray(value) ? value : [value], where);
      }
    });
  }

  return { nodes, edges };
}

/** Validates the content against its schema; the error names the record (by slug) and the field. */
function parseContent(input: ContentInput): Content {
  const result = contentSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${describeIssuePath(input, issue)}: ${issue.message}`);
  throw new ContentError(`Invalid content:\n${lines.join('\n')}`);
}

function describeIssuePath(input: unknown, issue: z.core.$ZodIssue): string {
  const [collection, index, ...field] = issue.path.map(String);
  if (collection === undefined) return 'content';
  if (index === undefined) return collection;
  const records = (input as Record<string, unknown>)[collection];
  if (Array.isArray(records)) {
    const slug = (records[Number(index)] as { slug?: unknown } | undefined)?.slug;
    const record = `${collection}[${index}]${typeof slug === 'string' ? ` (slug "${slug}")` : ''}`;
    return field.length ? `${record} field "${field.join('.')}"` : record;
  }
  return `${collection} field "${[index, ...field].join('.')}"`;
}
