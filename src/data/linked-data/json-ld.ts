/**
 * One entity as a JSON-LD document in schema.org terms, for portals to embed in their pages
 * (`<script type="application/ld+json">`) and for the HTTP route and the `jsonLd` field to serve.
 *
 *   Role, Occupation      schema:Occupation, with `occupationalCategory`: ISCO-08 and O*NET-SOC codes
 *                         as `CategoryCode`s `inCodeSet`. An occupation's come from its own
 *                         `externalIds` (and its ISCO group); a role's from its own and from the ESCO
 *                         occupations it matches EXACT, CLOSE or BROAD (a role falls within those
 *                         occupations' categories; not within a NARROW or merely RELATED one's).
 *   Certification         schema:EducationalOccupationalCredential, `recognizedBy` its issuer.
 *   Skill                 schema:DefinedTerm in ESCO's skills scheme; the article's skill domains,
 *                         responsibilities, functions, … DefinedTerms in a term set of their kind.
 *   IscoGroup             schema:CategoryCode in ISCO-08.
 *   Issuer, Organization  schema:Organization; Person: schema:Person; Claim, OutlookStatement:
 *                         schema:Claim; Source, Publication: schema:CreativeWork.
 *
 * Every document names where the entity comes from: `isBasedOn` the Source (the dataset for
 * IMPORTED records, the article for STATED ones, with the quote as a `citation`); a CURATED entity
 * names no source, because it has none.
 */
import { type EdgeRecord, type EntityKind, type ExternalId, KINDS, type NodeRecord } from '../model.js';
import type { Store } from '../store/store.js';
import { DEFAULT_LINKED_DATA_BASE, entityIri, vocabularyNamespace } from './iris.js';

/** A JSON-LD document (or node object): plain JSON. */
export type JsonLdObject = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLdObject | JsonLdValue[];

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';
const ESCO_SKILLS_SCHEME = 'http://data.europa.eu/esco/concept-scheme/skills';

/** The code sets of `occupationalCategory`, by `ExternalId.scheme`. */
const CODE_SETS: Record<string, JsonLdObject> = {
  'ISCO-08': { '@type': 'CategoryCodeSet', name: 'ISCO-08', url: 'https://www.ilo.org/public/english/bureau/stat/isco/isco08/' },
  'O*NET-SOC-2010': { '@type': 'CategoryCodeSet', name: 'O*NET-SOC 2010', url: 'https://www.onetcenter.org/taxonomy/2010.html' },
};

/** Match types under which a role falls within the matched occupation's categories. */
const CATEGORY_MATCHES: ReadonlySet<string> = new Set(['EXACT', 'CLOSE', 'BROAD']);

const SCHEMA_TYPES: Record<EntityKind, string> = {
  Role: 'Occupation',
  Occupation: 'Occupation',
  Certification: 'EducationalOccupationalCredential',
  Skill: 'DefinedTerm',
  IscoGroup: 'CategoryCode',
  SkillGroup: 'DefinedTerm',
  Issuer: 'Organization',
  Organization: 'Organization',
  Person: 'Person',
  Claim: 'Claim',
  OutlookStatement: 'Claim',
  Source: 'CreativeWork',
  Publication: 'CreativeWork',
  Responsibility: 'DefinedTerm',
  SkillDomain: 'DefinedTerm',
  ItilFunction: 'DefinedTerm',
  ComparisonDimension: 'DefinedTerm',
  TechnicalArea: 'DefinedTerm',
  Competency: 'DefinedTerm',
};

export interface JsonLdOptions {
  /** The base IRI of entities without a URI of their own (default `urn:it-ops-kg:`). */
  base?: string;
}

/** The relations a document shows the `to` end of (essential skills: `REQUIRES_SKILL` with `ESSENTIAL`). */
const SHOWN_RELATIONS: ReadonlySet<string> = new Set(['MATCHES_OCCUPATION', 'IN_ISCO_GROUP', 'ISSUED_BY', 'CERTIFIES_SKILL']);
const shown = (edge: EdgeRecord) =>
  SHOWN_RELATIONS.has(edge.relation) || (edge.relation === 'REQUIRES_SKILL' && edge.qualifier === 'ESSENTIAL');

/** The JSON-LD document of one entity, reading what it links to (its issuer, matches, skills, source) from the store. */
export async function entityJsonLd(store: Store, node: NodeRecord, options: JsonLdOptions = {}): Promise<JsonLdObject> {
  return (await entitiesJsonLd(store, [node], options))[0]!;
}

/**
 * The JSON-LD documents of several entities, in their order, in two store calls whatever their
 * number (what they link to, then those entities and their sources), so a list of entities that
 * each select `jsonLd` costs what one does.
 */
export async function entitiesJsonLd(store: Store, nodes: readonly NodeRecord[], options: JsonLdOptions = {}): Promise<JsonLdObject[]> {
  const base = options.base ?? DEFAULT_LINKED_DATA_BASE;
  const edgesFrom = new Map<string, EdgeRecord[]>(nodes.map((node) => [node.id, []]));
  for (const edge of await store.edgesTouching([...edgesFrom.keys()])) if (shown(edge)) edgesFrom.get(edge.fromId)?.push(edge);
  const neighbourIds = new Set<string>();
  for (const edges of edgesFrom.values()) {
    edges.sort((a, b) => a.relation.localeCompare(b.relation) || a.position - b.position);
    for (const edge of edges) neighbourIds.add(edge.toId);
  }
  for (const node of nodes) if (node.provenance.sourceId) neighbourIds.add(node.provenance.sourceId);
  const neighbours = new Map((await store.nodesByIds([...neighbourIds])).map((other) => [other.id, other]));
  return nodes.map((node) => documentOf(node, edgesFrom.get(node.id)!, neighbours, base));
}

function documentOf(
  node: NodeRecord,
  edges: readonly EdgeRecord[],
  neighbours: ReadonlyMap<string, NodeRecord>,
  base: string,
): JsonLdObject {
  const linked = (relation: string, qualifiers?: ReadonlySet<string>) =>
    edges
      .filter((edge) => edge.relation === relation && (!qualifiers || (edge.qualifier !== null && qualifiers.has(edge.qualifier))))
      .map((edge) => neighbours.get(edge.toId))
      .filter((other): other is NodeRecord => other !== undefined);
  const term = (other: NodeRecord): JsonLdObject => ({ '@type': 'DefinedTerm', '@id': entityIri(other, base), name: other.name });

  const document: JsonLdObject = {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': SCHEMA_TYPES[node.kind],
    '@id': entityIri(node, base),
    name: node.name,
  };
  if (node.description) document['description'] = node.description;
  const alternateNames = node.attributes.alternativeLabels ?? [];
  if (alternateNames.length > 0) document['alternateName'] = alternateNames;
  const identifiers: JsonLdObject[] = [{ '@type': 'PropertyValue', propertyID: 'it-ops-kg', value: node.id }];
  if (node.attributes.code && node.kind === 'Occupation')
    identifiers.push({ '@type': 'PropertyValue', propertyID: 'ESCO', value: node.attributes.code });
  document['identifier'] = identifiers;

  const sameAs = new Set<string>();
  if (node.attributes.uri) sameAs.add(node.attributes.uri);

  if (node.kind === 'Role' || node.kind === 'Occupation') {
    const ids: ExternalId[] = [...(node.attributes.externalIds ?? [])];
    if (node.kind === 'Occupation') {
      // The ISCO-08 unit group the occupation is in names the code (and gives it when no external id does).
      for (const group of linked('IN_ISCO_GROUP')) {
        const code = group.attributes.code;
        if (!code) continue;
        const known = ids.findIndex((id) => id.scheme === 'ISCO-08' && id.code === code);
        const named: ExternalId = {
          scheme: 'ISCO-08',
          code,
          ...(group.attributes.uri ? { uri: group.attributes.uri } : {}),
          label: group.name,
        };
        if (known < 0) ids.push(named);
        else ids[known] = { ...named, ...ids[known] };
      }
    }
    for (const occupation of linked('MATCHES_OCCUPATION', CATEGORY_MATCHES)) ids.push(...(occupation.attributes.externalIds ?? []));
    for (const occupation of linked('MATCHES_OCCUPATION', new Set(['EXACT'])))
      if (occupation.attributes.uri) sameAs.add(occupation.attributes.uri);
    const categories = occupationalCategories(ids);
    if (categories.length > 0) document['occupationalCategory'] = categories;
    const skills = linked('REQUIRES_SKILL');
    if (skills.length > 0) document['skills'] = skills.map(term);
  }
  if (node.kind === 'Certification') {
    document['credentialCategory'] = 'certification';
    const issuers = linked('ISSUED_BY');
    if (issuers.length > 0) {
      document['recognizedBy'] = issuers.map((issuer) => ({
        '@type': 'Organization',
        '@id': entityIri(issuer, base),
        name: issuer.name,
        ...((issuer.attributes.alternativeLabels ?? []).length > 0 ? { alternateName: issuer.attributes.alternativeLabels ?? [] } : {}),
      }));
    }
    const skills = linked('CERTIFIES_SKILL');
    if (skills.length > 0) document['competencyRequired'] = skills.map(term);
  }
  if (node.kind === 'Skill') {
    document['inDefinedTermSet'] = { '@type': 'DefinedTermSet', '@id': ESCO_SKILLS_SCHEME, name: 'ESCO skills' };
  } else if (SCHEMA_TYPES[node.kind] === 'DefinedTerm') {
    document['inDefinedTermSet'] = {
      '@type': 'DefinedTermSet',
      '@id': `${vocabularyNamespace(base)}${node.kind}`,
      name: `The ${KINDS[node.kind].plural} of the IT-operations knowledge graph`,
    };
  }
  if (node.kind === 'IscoGroup' && node.attributes.code) {
    document['codeValue'] = node.attributes.code;
    document['inCodeSet'] = CODE_SETS['ISCO-08']!;
  }
  if (sameAs.size > 0) document['sameAs'] = [...sameAs];

  const source = node.provenance.sourceId ? neighbours.get(node.provenance.sourceId) : undefined;
  if (source) {
    const work: JsonLdObject = {
      '@type': node.provenance.kind === 'IMPORTED' ? 'Dataset' : 'CreativeWork',
      '@id': entityIri(source, base),
      name: source.name,
    };
    if (source.attributes.url) work['url'] = source.attributes.url;
    if (source.attributes.author) work['author'] = source.attributes.author;
    if (source.attributes.publishedOn) work['datePublished'] = source.attributes.publishedOn;
    if (source.attributes.licence) work['license'] = source.attributes.licence;
    document['isBasedOn'] = work;
    if (node.provenance.kind === 'STATED' && node.provenance.quote) {
      document['citation'] = {
        '@type': 'Quotation',
        text: node.provenance.quote,
        ...(node.provenance.section ? { name: node.provenance.section } : {}),
        isPartOf: { '@id': work['@id'] as string },
      };
    }
  }
  return document;
}

/** ISCO-08 and O*NET-SOC codes as schema.org CategoryCodes, each code once. */
function occupationalCategories(ids: readonly ExternalId[]): JsonLdObject[] {
  const seen = new Set<string>();
  const categories: JsonLdObject[] = [];
  for (const id of ids) {
    const codeSet = CODE_SETS[id.scheme];
    if (!codeSet || seen.has(`${id.scheme}\n${id.code}`)) continue;
    seen.add(`${id.scheme}\n${id.code}`);
    categories.push({
      '@type': 'CategoryCode',
      ...(id.uri ? { '@id': id.uri } : {}),
      codeValue: id.code,
      ...(id.label ? { name: id.label } : {}),
      inCodeSet: codeSet,
    });
  }
  return categories;
}
