/**
 * The crosswalk between the article's roles and the classifications other systems join on: each
 * role's matches to ESCO occupations (SKOS match types, cited), the identifiers of an entity in
 * ESCO, ISCO-08 and O*NET-SOC (2010), and the entities that carry a given identifier.
 *
 * An occupation's identifiers are its own (`attributes.externalIds`, imported with it: its ESCO URI,
 * its ISCO-08 unit group, the O*NET-SOC codes of Nesta's crosswalk with their confidence). A role
 * has none of its own: it carries those of the occupations it matches EXACT or CLOSE, each marked
 * with the match it comes through — a BROAD, NARROW or RELATED match does not make the
 * occupation's codes the role's.
 */
import type { EdgeRecord, ExternalId, NodeRecord } from '../model.js';
import { type Store, unwrapStore } from '../store/store.js';
import { WALKS } from '../walks.js';

/** The classifications an identifier may come from, as the model stores their names. */
export const EXTERNAL_ID_SCHEMES = ['ESCO', 'ISCO-08', 'O*NET-SOC-2010'] as const;
export type ExternalIdScheme = (typeof EXTERNAL_ID_SCHEMES)[number];

/** The match types through which a role carries an occupation's identifiers. */
export const IDENTIFYING_MATCH_TYPES: readonly string[] = ['EXACT', 'CLOSE'];

/** A role's match to an ESCO occupation: the MATCHES_OCCUPATION relationship, its type and its provenance. */
export interface OccupationMatch {
  role: NodeRecord;
  occupation: NodeRecord;
  /** The SKOS match type (`OccupationMatchType`); null only for a relationship stored without one. */
  matchType: string | null;
  relationship: EdgeRecord;
}

/** An identifier of an entity in another classification. */
export interface ExternalIdentifier {
  scheme: ExternalIdScheme;
  code: string;
  uri: string | null;
  confidence: number | null;
  label: string | null;
  /** For a role: the occupation match it is derived through. Null: the entity's own identifier. */
  derivedFrom: OccupationMatch | null;
}

function isScheme(scheme: string): scheme is ExternalIdScheme {
  return (EXTERNAL_ID_SCHEMES as readonly string[]).includes(scheme);
}

function identifier(id: ExternalId, derivedFrom: OccupationMatch | null): ExternalIdentifier | null {
  if (!isScheme(id.scheme)) return null; // a scheme this version of the API does not know: left out
  return { scheme: id.scheme, code: id.code, uri: id.uri ?? null, confidence: id.confidence ?? null, label: id.label ?? null, derivedFrom };
}

/** An entity's own identifiers (an occupation's, as imported), in the order stored. */
export function ownExternalIds(node: NodeRecord): ExternalIdentifier[] {
  return (node.attributes.externalIds ?? []).flatMap((id) => identifier(id, null) ?? []);
}

/** Each role's occupation matches, in the order curated; one store call for all the roles. */
export async function occupationMatchesOf(store: Store, roles: readonly NodeRecord[]): Promise<Map<string, OccupationMatch[]>> {
  const byId = new Map(roles.map((role) => [role.id, role]));
  const rows = await store.traverse([...byId.keys()], WALKS.Role.occupations.steps);
  const matches = new Map<string, OccupationMatch[]>(roles.map((role) => [role.id, []]));
  for (const row of rows) {
    const relationship = row.hops[0]!;
    matches.get(row.startId)!.push({ role: byId.get(row.startId)!, occupation: row.node, matchType: relationship.qualifier, relationship });
  }
  for (const list of matches.values()) list.sort((a, b) => a.relationship.position - b.relationship.position);
  return matches;
}

/** A role's identifiers: those of the occupations it matches EXACT or CLOSE, each marked with its match. */
export function derivedExternalIds(matches: readonly OccupationMatch[]): ExternalIdentifier[] {
  return matches
    .filter((match) => match.matchType !== null && IDENTIFYING_MATCH_TYPES.includes(match.matchType))
    .flatMap((match) => (match.occupation.attributes.externalIds ?? []).flatMap((id) => identifier(id, match) ?? []));
}

/** Which entities carry each identifier, for one graph version. */
interface ExternalIdIndex {
  version: string;
  entityIds: Map<string, string[]>;
}

const PAGE = 1000;
/** The kinds that carry identifiers (`NodeAttributes.externalIds`): occupations their own, roles through matches. */
const IDENTIFIED_KINDS = ['Occupation', 'Role'] as const;
const keyOf = (scheme: string, code: string) => `${scheme}\u0000${code}`;

async function buildIndex(store: Store): Promise<ExternalIdIndex> {
  const version = await store.graphVersion();
  const entityIds = new Map<string, string[]>();
  const add = (scheme: string, code: string, id: string) => {
    const ids = entityIds.get(keyOf(scheme, code)) ?? [];
    if (!ids.includes(id)) ids.push(id);
    entityIds.set(keyOf(scheme, code), ids);
  };
  // Every occupation's own identifiers (imported with it); the roles, for their matches.
  const roles: NodeRecord[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listNodes({
      kinds: IDENTIFIED_KINDS,
      limit: PAGE,
      offset,
      order: { field: 'kind', direction: 'asc' },
      filter: { includeDeprecated: true },
    });
    for (const node of page.items) {
      if (node.kind === 'Role') roles.push(node);
      for (const id of ownExternalIds(node)) add(id.scheme, id.code, node.id);
    }
    if (offset + PAGE >= page.totalCount) break;
  }
  const matches = await occupationMatchesOf(store, roles);
  for (const [roleId, list] of matches) for (const id of derivedExternalIds(list)) add(id.scheme, id.code, roleId);
  return { version, entityIds };
}

/** One index per store, rebuilt (once, however many requests ask) when the graph changes. */
const indexes = new WeakMap<Store, Promise<ExternalIdIndex>>();

async function indexFor(wrapped: Store): Promise<ExternalIdIndex> {
  const store = unwrapStore(wrapped);
  const cached = indexes.get(store);
  if (cached) {
    const [index, version] = await Promise.all([cached, store.graphVersion()]);
    if (index.version === version) return index;
    if (indexes.get(store) !== cached) return indexFor(store); // another request is rebuilding
  }
  const building = buildIndex(store);
  indexes.set(store, building);
  building.catch(() => indexes.delete(store));
  return building;
}

/**
 * The entities (occupations, and the roles that carry the identifier through a match) whose
 * identifier in `scheme` is `code`, exactly (surrounding spaces aside): occupations first, each
 * group by name. Deprecated entities are left out unless asked for.
 */
export async function entitiesByExternalId(
  store: Store,
  scheme: ExternalIdScheme,
  code: string,
  options: { includeDeprecated?: boolean } = {},
): Promise<NodeRecord[]> {
  const ids = (await indexFor(store)).entityIds.get(keyOf(scheme, code.trim())) ?? [];
  if (ids.length === 0) return [];
  const nodes = await store.nodesByIds(ids);
  return nodes
    .filter((node) => options.includeDeprecated === true || node.deprecatedAt === null)
    .sort((a, b) =>
      a.kind !== b.kind
        ? a.kind === 'Occupation'
          ? -1
          : b.kind === 'Occupation'
            ? 1
            : a.kind < b.kind
              ? -1
              : 1
        : a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1),
    );
}
