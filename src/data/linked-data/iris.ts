/**
 * The IRIs linked-data output names things by. ESCO concepts keep their own URIs
 * (`attributes.uri`); everything else is named under this service's base IRI, `urn:it-ops-kg:` by
 * default (a URN: stable, and promising no web address; a deployment that serves its entities on
 * the web passes its own base, such as `https://kg.example.org/`).
 *
 *   entity            <base><Kind>:<slug at creation>   (its store id, each part percent-encoded)
 *   vocabulary        <base>vocab#<Kind>, <base>vocab#<RELATION>, <base>vocab#<RELATION>.<QUALIFIER>
 */
import type { NodeRecord } from '../model.js';

export const DEFAULT_LINKED_DATA_BASE = 'urn:it-ops-kg:';

/** Well-known namespaces, with the prefixes Turtle output declares. */
export const NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'https://schema.org/',
} as const;

/** A base IRI must be absolute and end where a name can be appended (`:`, `/` or `#`). */
export function checkLinkedDataBase(base: string): string {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(base) || !/[:/#]$/.test(base)) {
    throw new Error(
      `The linked-data base "${base}" must be an absolute IRI ending in ":", "/" or "#" (e.g. urn:it-ops-kg: or https://kg.example.org/)`,
    );
  }
  return base;
}

/** An entity's IRI from its store id alone: under the base (ESCO URIs need the record: `entityIri`). */
export function storeIdIri(id: string, base: string = DEFAULT_LINKED_DATA_BASE): string {
  return base + id.split(':').map(encodeURIComponent).join(':');
}

/** An entity's IRI: its ESCO (or other) concept URI when it has one, otherwise under the base. */
export function entityIri(node: Pick<NodeRecord, 'id' | 'attributes'>, base: string = DEFAULT_LINKED_DATA_BASE): string {
  return node.attributes.uri ?? storeIdIri(node.id, base);
}

/** The namespace of this service's classes (one per kind) and properties (one per relation). */
export function vocabularyNamespace(base: string = DEFAULT_LINKED_DATA_BASE): string {
  return `${base}vocab#`;
}
