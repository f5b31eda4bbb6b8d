/** Loading what to draw: the focus entity (by slug) and neighbourhoods, through the public API. */
import type { EntityKind } from './entity-kinds.js';
import type { Neighborhood } from './graph-data.js';
import type { GraphQLClient } from './graphql-client.js';
import { FOCUS_QUERY, NEIGHBORHOOD_QUERY } from './queries.js';

/** The ID of the entity with this slug (roles first, then certifications, skill domains, …), or null. */
export async function idOfSlug(client: GraphQLClient, slug: string): Promise<string | null> {
  const found = await client.request(FOCUS_QUERY, { slug });
  return Object.values(found).find((entity) => typeof entity === 'object' && entity !== null)?.id ?? null;
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
