/**
 * The whole graph as SKOS in Turtle, written with n3's Writer as it is read: a page of entities at a
 * time, each followed by the relationships it starts, so memory holds one page (with its edges and
 * the IRIs they point to), whatever the graph's size.
 *
 * - Every entity is a `skos:Concept` and an instance of its kind's class (`kg:Role`, `kg:Skill`, …):
 *   ESCO concepts under their own URIs, the rest under the base (`iris.ts`). `skos:prefLabel` is the
 *   name, `skos:altLabel` / `skos:hiddenLabel` the other labels, `skos:definition` the description,
 *   `skos:notation` an ESCO or ISCO-08 code; a deprecated entity is `owl:deprecated true`.
 * - Hierarchies (BROADER_OCCUPATION, BROADER_ISCO_GROUP, BROADER_SKILL, IN_SKILL_GROUP, BROADER_SKILL_GROUP) are `skos:broader`, each with
 *   its `skos:narrower` the other way; a role's MATCHES_OCCUPATION is the SKOS mapping property of
 *   its match type (`skos:exactMatch`, `closeMatch`, `broadMatch`, `narrowMatch`, `relatedMatch`).
 * - Every other relation is a property of this service's vocabulary, `kg:<RELATION>`, or
 *   `kg:<RELATION>.<QUALIFIER>` for a qualified edge (`kg:REQUIRES_SKILL.ESSENTIAL`), declared at the
 *   top (`rdfs:comment` the relation's description; a qualified one `rdfs:subPropertyOf` its relation).
 * - Provenance, simply: `dct:source` names the Source an entity was quoted or imported from (its
 *   record is the ESCO concept itself). Edge-level provenance (quotes, rationales) stays in the JSON
 *   export and the API: Turtle triples cannot carry it without reification.
 */
import type { Writable } from 'node:stream';
import { DataFactory, type Quad_Object, type Quad_Subject, Writer } from 'n3';
import {
  type EdgeRecord,
  ENTITY_KINDS,
  KINDS,
  type NodeRecord,
  qualifiersOf,
  RELATION_QUALIFIERS,
  RELATIONS,
  type Relation,
} from '../model.js';
import type { Store } from '../store/store.js';
import { DEFAULT_LINKED_DATA_BASE, entityIri, NAMESPACES, vocabularyNamespace } from './iris.js';

const { namedNode, literal, quad } = DataFactory;
const { rdf, rdfs, owl, skos, dct, xsd } = NAMESPACES;

const LANGUAGE = 'en';
const PAGE_SIZE = 1000;

const SKOS_HIERARCHY: ReadonlySet<Relation> = new Set([
  'BROADER_OCCUPATION',
  'BROADER_ISCO_GROUP',
  'BROADER_SKILL',
  'IN_SKILL_GROUP',
  'BROADER_SKILL_GROUP',
]);
const SKOS_MATCHES: Record<string, string> = {
  EXACT: 'exactMatch',
  CLOSE: 'closeMatch',
  BROAD: 'broadMatch',
  NARROW: 'narrowMatch',
  RELATED: 'relatedMatch',
};

export interface TurtleExportOptions {
  /** The base IRI of entities without a URI of their own, and of this service's vocabulary (default `urn:it-ops-kg:`). */
  base?: string;
}

/** What was written: how many entities and relationships. */
export interface TurtleExportSummary {
  entities: number;
  relationships: number;
}

/** The predicate an edge is written with (the SKOS one where SKOS has it). */
export function edgePredicate(edge: Pick<EdgeRecord, 'relation' | 'qualifier'>, base: string = DEFAULT_LINKED_DATA_BASE): string {
  if (SKOS_HIERARCHY.has(edge.relation)) return `${skos}broader`;
  if (edge.relation === 'MATCHES_OCCUPATION' && edge.qualifier && SKOS_MATCHES[edge.qualifier])
    return `${skos}${SKOS_MATCHES[edge.qualifier]}`;
  return `${vocabularyNamespace(base)}${edge.relation}${edge.qualifier ? `.${edge.qualifier}` : ''}`;
}

/** Writes the store's whole graph to `output` as Turtle; resolves when all is written (the stream is left open). */
export async function writeSkosTurtle(store: Store, output: Writable, options: TurtleExportOptions = {}): Promise<TurtleExportSummary> {
  const base = options.base ?? DEFAULT_LINKED_DATA_BASE;
  const kg = vocabularyNamespace(base);
  const writer = new Writer(output, { end: false, prefixes: { rdf, rdfs, owl, skos, dct, xsd, kg } });
  const add = (subject: string, predicate: string, object: Quad_Object) =>
    writer.addQuad(quad(namedNode(subject) as Quad_Subject, namedNode(predicate), object));
  const text = (value: string) => literal(value, LANGUAGE);
  const drained = () => (output.writableNeedDrain ? new Promise<void>((resolve) => output.once('drain', resolve)) : Promise.resolve());

  // The vocabulary: a class per kind, a property per relation (and per qualifier of a relation).
  for (const kind of ENTITY_KINDS) {
    add(`${kg}${kind}`, `${rdf}type`, namedNode(`${owl}Class`));
    add(`${kg}${kind}`, `${rdfs}comment`, text(KINDS[kind].description));
  }
  for (const [relation, entry] of Object.entries(RELATIONS) as [Relation, (typeof RELATIONS)[Relation]][]) {
    if (SKOS_HIERARCHY.has(relation)) continue;
    const property = `${kg}${relation}`;
    add(property, `${rdf}type`, namedNode(`${rdf}Property`));
    add(property, `${rdfs}comment`, text(entry.description));
    add(property, `${rdfs}domain`, namedNode(`${kg}${entry.from}`));
    add(property, `${rdfs}range`, namedNode(`${kg}${entry.to}`));
    const qualifiers = (RELATION_QUALIFIERS as Partial<Record<Relation, { values: Record<string, string> }>>)[relation];
    for (const qualifier of qualifiersOf(relation)) {
      const qualified = edgePredicate({ relation, qualifier }, base);
      if (!qualified.startsWith(kg)) continue;
      add(qualified, `${rdfs}subPropertyOf`, namedNode(property));
      add(qualified, `${rdfs}comment`, text(qualifiers!.values[qualifier]!));
    }
  }
  await drained();

  // The entities, a page at a time, each followed by the relationships it starts (read through the
  // edge indexes, so each page costs the same however far in it is).
  const sourceIris = new Map<string, string>();
  const sources = await store.listNodes({ kinds: ['Source'], limit: PAGE_SIZE, offset: 0, filter: { includeDeprecated: true } });
  for (const source of sources.items) sourceIris.set(source.id, entityIri(source, base));
  let entities = 0;
  let relationships = 0;
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await store.listNodes({
      kinds: ENTITY_KINDS,
      limit: PAGE_SIZE,
      offset,
      filter: { includeDeprecated: true },
      order: { field: 'kind', direction: 'asc' },
    });
    const iris = new Map(page.items.map((node) => [node.id, entityIri(node, base)]));
    const outgoing = new Map<string, EdgeRecord[]>();
    for (const edge of await store.edgesTouching([...iris.keys()])) {
      if (!iris.has(edge.fromId)) continue;
      outgoing.set(edge.fromId, [...(outgoing.get(edge.fromId) ?? []), edge]);
    }
    const elsewhere = [...new Set([...outgoing.values()].flat().map((edge) => edge.toId))].filter((id) => !iris.has(id));
    for (const node of await store.nodesByIds(elsewhere)) iris.set(node.id, entityIri(node, base));
    for (const node of page.items) {
      writeNode(node, iris.get(node.id)!);
      const edges = (outgoing.get(node.id) ?? []).sort(
        (a, b) => a.relation.localeCompare(b.relation) || a.position - b.position || a.toId.localeCompare(b.toId),
      );
      for (const edge of edges) {
        const from = iris.get(edge.fromId)!;
        const to = iris.get(edge.toId);
        if (!to) throw new Error(`Relationship ${edge.id} names an entity the store does not hold`);
        add(from, edgePredicate(edge, base), namedNode(to));
        if (SKOS_HIERARCHY.has(edge.relation)) add(to, `${skos}narrower`, namedNode(from));
      }
      relationships += edges.length;
    }
    entities += page.items.length;
    await drained();
    if (page.items.length < PAGE_SIZE) break;
  }
  function writeNode(node: NodeRecord, subject: string): void {
    add(subject, `${rdf}type`, namedNode(`${skos}Concept`));
    add(subject, `${rdf}type`, namedNode(`${kg}${node.kind}`));
    add(subject, `${skos}prefLabel`, text(node.name));
    for (const label of node.attributes.alternativeLabels ?? []) add(subject, `${skos}altLabel`, text(label));
    for (const label of node.attributes.hiddenLabels ?? []) add(subject, `${skos}hiddenLabel`, text(label));
    if (node.description) add(subject, `${skos}definition`, text(node.description));
    if (node.attributes.code) add(subject, `${skos}notation`, literal(node.attributes.code));
    if (node.deprecatedAt) add(subject, `${owl}deprecated`, literal('true', namedNode(`${xsd}boolean`)));
    if (node.attributes.url) add(subject, `${rdfs}seeAlso`, namedNode(node.attributes.url));
    const source = node.provenance.sourceId ? sourceIris.get(node.provenance.sourceId) : undefined;
    if (source) add(subject, `${dct}source`, namedNode(source));
  }

  await new Promise<void>((resolve, reject) => writer.end((error) => (error ? reject(error) : resolve())));
  return { entities, relationships };
}
