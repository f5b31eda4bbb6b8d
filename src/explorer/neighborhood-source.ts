/** Loading what to draw: the focus entity (by slug) and neighbourhoods, through the public API. */
import type { EntityKind } from './entity-kinds.js';
import type { Neighborhood } from './graph-data.js';
import type { GraphQLClient } from './graphql-client.js';
import { FOCUS_QUERY, NEIGHBORHOOD_QUERY } from './queries.js';

/** The entity a drawing centres on. */
export interface Focus {
  id: string;
  kind: EntityKind;
}

/** The entity with this slug (roles first, then certifications, skill domains, …, ESCO kinds last), or null. */
export async function focusOfSlug(client: GraphQLClient, slug: string): Promise<Focus | null> {
  const found = await client.request(FOCUS_QUERY, { slug });
  const entity = Object.values(found).find((value) => typeof value === 'object' && value !== null);
  return entity ? { id: entity.id, kind: entity.kind } : null;
}

/** The kinds drawn around an ESCO occupation, skill or ISCO group: ESCO's own, and the article's roles matched to them. */
export const ESCO_KINDS: readonly EntityKind[] = ['OCCUPATION', 'SKILL', 'ISCO_GROUP', 'SKILL_GROUP', 'ROLE'];

const isEscoConcept = (kind: EntityKind) => kind === 'OCCUPATION' || kind === 'SKILL' || kind === 'ISCO_GROUP' || kind === 'SKILL_GROUP';

/** The kinds to draw around a focus when none are asked for: the ESCO kinds around an ESCO concept, else `otherwise`. */
export function defaultKindsFor(kind: EntityKind, otherwise: readonly EntityKind[]): EntityKind[] {
  return isEscoConcept(kind) ? [...ESCO_KINDS] : [...otherwise];
}

/**
 * The depth to draw around a focus when none is asked for: 1 around an ESCO concept (an occupation's
 * skills are shared by many occupations: at 2 the ICT operations manager draws about 200 entities), else 2.
 */
export function defaultDepthFor(kind: EntityKind): number {
  return isEscoConcept(kind) ? 1 : 2;
}

/** A `depth` parameter as asked (1–3), or null when it names none. */
export function parseDepth(text: string | null | undefined): number | null {
  const depth = Number(text);
  return text && Number.isFinite(depth) && depth > 0 ? Math.min(3, Math.max(1, Math.round(depth))) : null;
}

export async function loadNeighborhood(
  client: GraphQLClient,
  id: string,
  options: { depth: number; kinds?: readonly EntityKind[] | undefined },
): Promise<Neighborhood> {
  const { neighborhood } = await client.request(NEIGHBORHOOD_QUERY, {
    id,
    depth: options.depth,
    kinds: options.kinds && options.kinds.length > 0 ? [...options.kinds] : null,
  });
  return neighborhood;
}

/** `"ROLE, skill_domain"` → the kinds it names (unknown names are left out). */
export function parseKinds(text: string | null | undefined, known: readonly EntityKind[]): EntityKind[] {
  if (!text) return [];
  const names = text.split(',').map((name) => name.trim().toUpperCase());
  return known.filter((kind) => names.includes(kind));
}
